package dev.tally.check;

/** Resolves the names of a check to values: a table's rows and columns, or a report's blocks. */
public interface Scope {

    /**
     * @param ref the reference
     * @param summing true inside {@code sum(...)}, where a group of values stands for the sum of its numbers
     */
    Value resolve(Expr.Ref ref, boolean summing) throws EvalException;
}
