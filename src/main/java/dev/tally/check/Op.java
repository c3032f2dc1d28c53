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
