package dev.tally.check;

import dev.tally.diagnostic.Location;
import dev.tally.model.Header;

import java.util.List;

/** What an expression evaluates to: one number, or one number per row or per column of a table. */
public sealed interface Value {

    /**
     * {@code v} as one number, for a figure: a scalar, or a series of one place that holds a number (the row of a
     * table of one column, trial AM, 7); else null.
     */
    static Scalar single(Value v) {
        if (v instanceof Scalar s) {
            return s;
        }
        if (v instanceof Series s && s.values().length == 1 && s.values()[0] != null && !s.values()[0].isUndefined()) {
            return new Scalar(s.values()[0], s.index().get(0).location());
        }
        return null;
    }

    /**
     * One number; {@code origin} is where it comes from (a cell's row, a values key), null when computed
     * from nothing in the data.
     */
    record Scalar(Exact value, Location origin) implements Value {

        public Scalar(java.math.BigDecimal value, Location origin) {
            this(Exact.of(value), origin);
        }
    }

    /**
     * One number per leaf row ({@link Axis#ROWS}: what a column stands for) or per leaf column
     * ({@link Axis#COLUMNS}: what a row stands for) of a table. A null element is an unreadable cell.
     */
    record Series(Axis axis, String table, List<Header.Node> index, Exact[] values) implements Value {

        /** A series of decimals (a null element is an unreadable cell). */
        public static Series of(Axis axis, String table, List<Header.Node> index, java.math.BigDecimal[] decimals) {
            Exact[] v = new Exact[decimals.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Exact.of(decimals[i]);
            }
            return new Series(axis, table, index, v);
        }

        /**
         * This series in the order of {@code other}'s index, when both have the same rows or columns in another
         * order (two tables that list them differently: matched by key, as a reader matches them); null when the
         * keys differ.
         */
        public Series inOrderOf(Series other) {
            if (axis != other.axis || index.size() != other.index.size()) {
                return null;
            }
            java.util.Map<dev.tally.model.KeyPath, Integer> at = new java.util.HashMap<>();
            for (int i = 0; i < index.size(); i++) {
                at.put(index.get(i).path(), i);
            }
            Exact[] out = new Exact[values.length];
            List<Header.Node> nodes = new java.util.ArrayList<>(out.length);
            for (int i = 0; i < out.length; i++) {
                Integer mine = at.get(other.index.get(i).path());
                if (mine == null) {
                    return null;
                }
                out[i] = values[mine];
                nodes.add(index.get(mine)); // this table's own rows or columns: a place is shown where it is written
            }
            return new Series(axis, table, nodes, out);
        }

        public boolean sameShape(Series other) {
            if (axis != other.axis || index.size() != other.index.size()) {
                return false;
            }
            for (int i = 0; i < index.size(); i++) {
                if (!index.get(i).path().equals(other.index.get(i).path())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What a series is indexed by. */
    enum Axis {
        /** One value per leaf row: a column check holds in every row. */
        ROWS,
        /** One value per leaf column: a row check holds in every column. */
        COLUMNS
    }
}
