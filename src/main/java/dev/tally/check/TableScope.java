package dev.tally.check;

import dev.tally.diagnostic.Suggest;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Table;

import java.math.BigDecimal;

/**
 * Names inside a table's own checks: row paths and column paths from the top, {@code row[column]} and
 * {@code row@column} for a cell. A group stands for the sum of its leaves. A name that is both a row and
 * a column is ambiguous. Names that start with a block id or {@code previous.} go to the document.
 */
public final class TableScope implements Scope {

    private final Table table;
    private final DocumentScope document;

    public TableScope(Table table, DocumentScope document) {
        this.table = table;
        this.document = document;
    }

    public Table table() {
        return table;
    }

    @Override
    public Value resolve(Expr.Ref ref, boolean summing) throws EvalException {
        KeyPath path = ref.path();
        boolean known = table.rows().find(path) != null || table.columns().find(path) != null;
        if (!known && document != null && (ref.isPrevious() || path.size() > 1 || ref.column() != null)) {
            try {
                return document.resolve(ref, summing);
            } catch (EvalException.NoPrevious e) {
                throw e;
            } catch (EvalException e) {
                if (ref.isPrevious() || !e.code().equals("check.unknown-block")) {
                    throw e;
                }
            }
        }
        return local(path, ref);
    }

    /** The table as messages name it: {@code previous.t} for the previous report's (trial Q, 4). */
    private String name() {
        return document != null ? document.named(table.id()) : table.id();
    }

    /** Resolves a path that is known to name this table's rows or columns. */
    Value local(KeyPath path, Expr.Ref ref) throws EvalException {
        Header.Node row = table.rows().find(path);
        if (ref.column() != null) {
            if (row == null && path.isEmpty() && table.columns().find(ref.column()) != null) {
                // t[share]: a whole column is named as a path, t.share, not as a cell without its row
                throw new EvalException("check.column-without-row", ref.at(), ref.text(),
                        name() + "." + ref.column());
            }
            if (row == null) {
                throw new EvalException("check.unknown-row", ref.at(), path.toString(), name(),
                        suggest(table.rows(), path));
            }
            Header.Node column = table.columns().find(ref.column());
            if (column == null) {
                throw new EvalException("check.unknown-column", ref.at(), ref.column().toString(), name(),
                        suggest(table.columns(), ref.column()));
            }
            BigDecimal v = table.sum(row, column);
            if (v == null) {
                throw new EvalException.Unreadable(ref.at(), false, table.lacks(row));
            }
            // one cell as written; the sum of a group's cells as arithmetic is shown (trial AG, 4)
            return new Value.Scalar(row.isLeaf() && column.isLeaf() ? Exact.of(v) : Exact.sum(v),
                    row.leaves().get(0).location());
        }
        Header.Node column = table.columns().find(path);
        if (row != null && column != null) {
            throw new EvalException("check.ambiguous", ref.at(), path.toString(), name());
        }
        if (row != null) {
            var leaves = table.columns().leaves();
            BigDecimal[] values = new BigDecimal[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = table.sum(row, leaves.get(i));
            }
            return Value.Series.of(Value.Axis.COLUMNS, table.id(), leaves, values);
        }
        if (column != null) {
            var leaves = table.rows().leaves();
            BigDecimal[] values = new BigDecimal[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = table.sum(leaves.get(i), column);
            }
            return Value.Series.of(Value.Axis.ROWS, table.id(), leaves, values);
        }
        String hint = suggest(table.rows(), path);
        throw new EvalException("check.unknown-name", ref.at(), path.toString(), name(),
                hint.isEmpty() ? suggest(table.columns(), path) : hint);
    }

    /** Paths are written from the top: where the name is the end of exactly one longer path, offer that. */
    static String suggest(Header header, KeyPath written) {
        Header.Node match = null;
        for (Header.Node n : header.all()) {
            KeyPath p = n.path();
            if (p.size() > written.size()
                    && p.keys().subList(p.size() - written.size(), p.size()).equals(written.keys())) {
                if (match != null) {
                    return "";
                }
                match = n;
            }
        }
        if (match != null) {
            return dev.tally.diagnostic.Messages.ref("hint.did-you-mean") + match.path()
                    + dev.tally.diagnostic.Messages.ref("hint.did-you-mean-end");
        }
        // a typo in the last key (trial M, 9): a sibling a letter or two away
        java.util.Map<String, KeyPath> siblings = new java.util.LinkedHashMap<>();
        for (Header.Node n : header.all()) {
            KeyPath p = n.path();
            if (p.size() == written.size() && p.keys().subList(0, p.size() - 1)
                    .equals(written.keys().subList(0, written.size() - 1))) {
                siblings.put(p.last(), p);
            }
        }
        String close = Suggest.closest(written.last(), siblings.keySet());
        return close == null ? "" : typo(written.last(), close, siblings.get(close).toString());
    }

    /** "; did you mean X?" */
    static String typo(String name) {
        return dev.tally.diagnostic.Messages.ref("hint.typo") + name + dev.tally.diagnostic.Messages.ref("hint.did-you-mean-end");
    }

    /**
     * As {@link #typo(String)}, where the key written is {@code written} and the one meant {@code meant}: when the
     * two are one once normalized ({@code café} with its accent typed as a separate mark, a full-width letter), the
     * hint says that, not "did you mean" the same-looking name (trial AF).
     */
    static String typo(String written, String meant, String name) {
        if (!written.equals(meant) && java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC)
                .equals(java.text.Normalizer.normalize(meant, java.text.Normalizer.Form.NFKC))) {
            return dev.tally.diagnostic.Messages.ref("hint.typed-otherwise") + name;
        }
        return typo(name);
    }
}
