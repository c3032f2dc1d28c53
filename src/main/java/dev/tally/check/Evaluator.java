package dev.tally.check;

import dev.tally.diagnostic.Messages;
import dev.tally.model.Header;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Evaluates expressions exactly, with {@link BigDecimal}; series combine element by element. */
public final class Evaluator {

    private Evaluator() {
    }

    /** One place where a comparison does not hold: the index (null for a scalar) and both sides. */
    public record Failure(Value.Series where, int index, Exact left, Exact right) {
    }

    /** The result of a comparison: where it fails (empty when it holds everywhere). */
    /**
     * What a comparison gave: its sides, where it does not hold, and how many places were compared. A series
     * skips the places where a side has no number (a cell reported unreadable, a row the report lacks): when it
     * skips them all, nothing was checked.
     */
    public record Outcome(Value left, Value right, List<Failure> failures, int compared,
            Value.Series shape, List<ByZero> divisionsByZero) {

        public Outcome(Value left, Value right, List<Failure> failures, int compared) {
            this(left, right, failures, compared, null, List.of());
        }

        public boolean holds() {
            return failures.isEmpty() && divisionsByZero.isEmpty();
        }
    }

    /** A zero divisor in one place of a series: the table it is in and its row or column there. */
    public record ByZero(String table, Header.Node node) {
    }

    public static Outcome compare(Comparison c, Scope scope) throws EvalException {
        Value left = eval(c.left(), scope, false);
        Value right = inOrderOf(eval(c.right(), scope, false), left);
        Value.Series shape = shape(left, right, c.right().at());
        List<Failure> failures = new ArrayList<>();
        int compared = 0;
        if (shape == null) {
            Exact l = ((Value.Scalar) left).value();
            Exact r = ((Value.Scalar) right).value();
            compared++;
            if (!c.op().holds(l.compareTo(r))) {
                failures.add(new Failure(null, -1, l, r));
            }
        } else {
            List<ByZero> undefined = new ArrayList<>();
            for (int i = 0; i < shape.index().size(); i++) {
                Exact l = element(left, i);
                Exact r = element(right, i);
                if (l != null && l.isUndefined() || r != null && r.isUndefined()) {
                    // divided by zero here: reported at the zero's row or column, the others compared
                    undefined.add(l != null && l.isUndefined() ? l.byZero() : r.byZero());
                } else if (l != null && r != null) {
                    compared++;
                    if (!c.op().holds(l.compareTo(r))) {
                        failures.add(new Failure(shape, i, l, r));
                    }
                }
            }
            return new Outcome(left, right, failures, compared, shape, List.copyOf(undefined));
        }
        return new Outcome(left, right, failures, compared);
    }

    public static Value eval(Expr e, Scope scope, boolean summing) throws EvalException {
        if (e instanceof Expr.Number n) {
            return new Value.Scalar(Exact.of(n.value()), null);
        }
        if (e instanceof Expr.Ref r) {
            return scope.resolve(r, summing);
        }
        if (e instanceof Expr.Negate n) {
            return map(eval(n.operand(), scope, summing), Exact::negate);
        }
        if (e instanceof Expr.Round r) {
            return map(eval(r.arg(), scope, summing), x -> x.round(r.places()));
        }
        if (e instanceof Expr.Binary b) {
            List<Expr.Binary> chain = b.chain();
            Value acc = eval(chain.get(0).left(), scope, summing);
            for (Expr.Binary step : chain) {
                try {
                    acc = combine(step.op(), acc, inOrderOf(eval(step.right(), scope, summing), acc), step.at());
                } catch (EvalException x) {
                    if (x.code().equals("check.division-by-zero") && step.right() instanceof Expr.Ref divisor) {
                        // which of several divisors is 0, at it, not at the / (trial AM, 9)
                        throw new EvalException("check.division-by-zero-by", divisor.at(), divisor.text());
                    }
                    throw x;
                }
            }
            return acc;
        }
        Value total = null;
        for (Expr arg : ((Expr.Sum) e).args()) {
            Value v = eval(arg, scope, true);
            total = total == null ? v : combine('+', total, inOrderOf(v, total), arg.at());
        }
        return total;
    }

    /**
     * {@code v} with its rows or columns in the order of {@code like}'s, when both are series of the same rows or
     * columns in another order (two tables listing them differently are matched by key); otherwise {@code v}.
     */
    private static Value inOrderOf(Value v, Value like) {
        if (v instanceof Value.Series vs && like instanceof Value.Series ls && !vs.sameShape(ls)) {
            Value.Series aligned = vs.inOrderOf(ls);
            return aligned != null ? aligned : v;
        }
        return v;
    }

    private static Value combine(char op, Value l, Value r, int at) throws EvalException {
        Value.Series shape = shape(l, r, at);
        if (shape == null) {
            Value.Scalar ls = (Value.Scalar) l;
            Value.Scalar rs = (Value.Scalar) r;
            return new Value.Scalar(apply(op, ls.value(), rs.value(), at),
                    ls.origin() != null ? ls.origin() : rs.origin());
        }
        if (op == '/' && r instanceof Value.Scalar rs && rs.value().signum() == 0) {
            throw new EvalException("check.division-by-zero", at); // by zero everywhere: one error, not one a place
        }
        Exact[] out = new Exact[shape.index().size()];
        for (int i = 0; i < out.length; i++) {
            Exact a = element(l, i);
            Exact b = element(r, i);
            if (a != null && a.isUndefined()) {
                out[i] = a;
            } else if (b != null && b.isUndefined()) {
                out[i] = a == null ? null : b;
            } else if (op == '/' && b != null && b.signum() == 0) {
                // one place divided by zero: the others go on; the zero is the divisor's, in its table
                Value.Series divisor = (Value.Series) r;
                out[i] = a == null ? null : Exact.undefined(new ByZero(divisor.table(), divisor.index().get(i)));
            } else {
                out[i] = a == null || b == null ? null : apply(op, a, b, at);
            }
        }
        return new Value.Series(shape.axis(), shape.table(), shape.index(), out);
    }

    private static Exact apply(char op, Exact a, Exact b, int at) throws EvalException {
        try {
            return applyExact(op, a, b, at);
        } catch (Exact.TooComplex e) {
            throw new EvalException("check.too-complex", at);
        }
    }

    private static Exact applyExact(char op, Exact a, Exact b, int at) throws EvalException {
        return switch (op) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            case '/' -> divide(a, b, at);
            default -> throw new IllegalArgumentException(String.valueOf(op));
        };
    }

    private static Exact divide(Exact a, Exact b, int at) throws EvalException {
        if (b.signum() == 0) {
            throw new EvalException("check.division-by-zero", at);
        }
        return a.divide(b);
    }

    private static Value map(Value v, java.util.function.UnaryOperator<Exact> f) {
        if (v instanceof Value.Scalar s) {
            return new Value.Scalar(f.apply(s.value()), s.origin());
        }
        Value.Series s = (Value.Series) v;
        Exact[] out = new Exact[s.values().length];
        for (int i = 0; i < out.length; i++) {
            Exact x = s.values()[i];
            out[i] = x == null || x.isUndefined() ? x : f.apply(x);
        }
        return new Value.Series(s.axis(), s.table(), s.index(), out);
    }

    /** The keys of {@code a}'s series that {@code b}'s lacks (a few, then "…"), or null when there are none. */
    private static String onlyIn(Value.Series a, Value.Series b) {
        java.util.Set<dev.tally.model.KeyPath> theirs = new java.util.HashSet<>();
        for (var n : b.index()) {
            theirs.add(n.path());
        }
        List<String> only = new ArrayList<>();
        for (var n : a.index()) {
            if (!theirs.contains(n.path())) {
                only.add(n.path().dotted());
            }
        }
        if (only.isEmpty()) {
            return null;
        }
        return only.size() <= 5 ? String.join(", ", only) : String.join(", ", only.subList(0, 5)) + ", …";
    }

    private static Exact element(Value v, int i) {
        return v instanceof Value.Scalar s ? s.value() : ((Value.Series) v).values()[i];
    }

    private static final String PREVIOUS = "previous.";

    /** The series shape of a combination, null when both are scalars; an error when shapes differ. */
    private static Value.Series shape(Value l, Value r, int at) throws EvalException {
        if (l instanceof Value.Series ls && r instanceof Value.Series rs) {
            if (ls.axis() != rs.axis()) {
                throw new EvalException("check.mixed-rows-columns", at);
            }
            if (!ls.sameShape(rs)) {
                String left = onlyIn(ls, rs);
                String right = onlyIn(rs, ls);
                // the same rows or columns in another order were put in order before (inOrderOf): the keys differ
                if (left != null && right != null) {
                    throw new EvalException("check.shape-mismatch", at, ls.table(), rs.table(), left, right);
                }
                // one side has rows or columns the other lacks: that side first
                throw left != null ? new EvalException("check.shape-extra", at, ls.table(), rs.table(), left)
                        : new EvalException("check.shape-extra", at, rs.table(), ls.table(), right);
            }
            // this report's rows rather than the previous report's: a place without a number is this report's to
            // say (a row run only in part, trial AM, 2), and a failure is shown at this report's row
            return ls.table().startsWith(PREVIOUS) && !rs.table().startsWith(PREVIOUS) ? rs : ls;
        }
        if (l instanceof Value.Series ls) {
            return ls;
        }
        if (r instanceof Value.Series rs) {
            return rs;
        }
        return null;
    }

    /** Shows a number as people write it: no exponent, no trailing zeros after the point. */
    public static String show(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }
}
