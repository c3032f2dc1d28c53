package dev.tally.template;

import dev.tally.model.Block;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Template;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the rows, columns and values named by a template's {@code carry:} entries, in a template or a report.
 */
final class Carrying {

    /** A whole row or a whole column of a table, or a required value of a values block ({@code value}). */
    record Line(String table, boolean row, KeyPath path, boolean value) {

        Line(String table, boolean row, KeyPath path) {
            this(table, row, path, false);
        }

        /** Whether a line may be carried to this one: a row to a row, a column to a column, a value to a value. */
        boolean takes(Line from) {
            return value == from.value && row == from.row;
        }
    }

    private Carrying() {
    }

    /** The row or column {@code id.path} names in the template, or null. */
    static Line locate(Template template, String dotted) {
        List<String> keys = Arrays.asList(dotted.split("\\."));
        if (keys.size() < 2) {
            return null;
        }
        KeyPath path = new KeyPath(keys.subList(1, keys.size()));
        Template.ValuesSpec values = template.values().get(keys.get(0));
        if (values != null) {
            // a running figure kept as a value (sites in service, staff at the year's end: trial AD, 8)
            return values.required().contains(path) ? new Line(values.id(), false, path, true) : null;
        }
        Template.TableSpec spec = template.tables().get(keys.get(0));
        if (spec == null) {
            return null;
        }
        Header.Node row = spec.rows().find(path);
        Header.Node column = spec.columns().find(path);
        if (row != null && row.isLeaf() && column == null) {
            return new Line(spec.id(), true, path);
        }
        if (column != null && column.isLeaf() && row == null) {
            return new Line(spec.id(), false, path);
        }
        return null;
    }

    /**
     * The values of a line in a report: for a row, one per leaf column; for a column, one per leaf row.
     * Null when the report lacks the table or line, or a cell is unreadable.
     */
    static BigDecimal[] values(Report report, Line line) {
        Block block = report.block(line.table());
        if (line.value()) {
            return block instanceof dev.tally.model.Values v && v.find(line.path()) instanceof dev.tally.model.Values.Number n
                    ? new BigDecimal[] {n.value()} : null;
        }
        if (!(block instanceof Table table)) {
            return null;
        }
        Header own = line.row() ? table.rows() : table.columns();
        Header.Node node = own.find(line.path());
        if (node == null) {
            return null;
        }
        List<Header.Node> across = line.row() ? table.columns().leaves() : table.rows().leaves();
        BigDecimal[] out = new BigDecimal[across.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = line.row() ? table.sum(node, across.get(i)) : table.sum(across.get(i), node);
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }
}
