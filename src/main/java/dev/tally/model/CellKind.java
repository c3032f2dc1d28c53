package dev.tally.model;

import java.math.BigDecimal;
import java.util.Locale;

/** What a table cell may hold. */
public enum CellKind {
    /** Any exact decimal. */
    NUMBER,
    /** A whole number, 0 or more. */
    COUNT,
    /** A decimal, 0 or more. */
    AMOUNT;

    public static CellKind parse(String text) {
        for (CellKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
                return k;
            }
        }
        return null;
    }

    public boolean accepts(BigDecimal value) {
        return switch (this) {
            case NUMBER -> true;
            case AMOUNT -> value.signum() >= 0;
            case COUNT -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
