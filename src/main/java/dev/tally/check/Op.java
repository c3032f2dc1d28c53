package dev.tally.check;

/** The comparison operators of a check. */
public enum Op {
    EQ("=", "!="), NE("!=", "="), LT("<", ">="), LE("<=", ">"), GT(">", "<="), GE(">=", "<");

    private final String symbol;
    private final String negation;

    Op(String symbol, String negation) {
        this.symbol = symbol;
        this.negation = negation;
    }

    public String symbol() {
        return symbol;
    }

    /** The symbol that states what was found when the comparison fails: {@code 170 != 169}. */
    public String negation() {
        return negation;
    }

    /**
     * The relation that holds when the comparison fails, {@code comparison} being the sign of left against right:
     * the negation, but for {@code <} and {@code >} the exact one, {@code 10 = 10} rather than {@code 10 >= 10}
     * (trial AM, 8).
     */
    public String found(int comparison) {
        if (this == LT || this == GT) {
            return comparison == 0 ? "=" : comparison > 0 ? ">" : "<";
        }
        return negation;
    }

    public boolean holds(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
