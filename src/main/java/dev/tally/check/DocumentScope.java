package dev.tally.check;

import dev.tally.diagnostic.Suggest;
import dev.tally.model.Block;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Values;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names as written in document checks and prose figures: {@code ID.path} for values,
 * {@code ID.row[column]} or {@code ID.row@column} for a cell, {@code ID.row} and {@code ID.column} for a
 * whole row or column, and {@code previous.} before any of them for the previous period's report.
 */
public final class DocumentScope implements Scope {

    private final Report report;
    private final Report previous;
    private final Map<String, TableScope> tables = new ConcurrentHashMap<>();
    private boolean isPreviousScope;

    /**
     * @param report the report whose blocks are named
     * @param previous the previous period's report, or null where the report names none
     */
    public DocumentScope(Report report, Report previous) {
        this.report = report;
        this.previous = previous;
    }

    @Override
    public Value resolve(Expr.Ref ref, boolean summing) throws EvalException {
        KeyPath path = ref.path();
        if (ref.isPrevious()) {
            if (isPreviousScope) {
                throw new EvalException("check.previous-of-previous", ref.at(), ref.text());
            }
            Expr.Ref inPrevious = new Expr.Ref(path.tail(), ref.column(), ref.text(), ref.at());
            if (previous == null) {
                if (inPrevious.isPrevious()) {
                    // only one period back is ever read: wrong with a previous report or without one
                    throw new EvalException("check.previous-of-previous", ref.at(), ref.text());
                }
                throw new EvalException.NoPrevious(ref.at());
            }
            DocumentScope earlier = new DocumentScope(previous, null);
            earlier.isPreviousScope = true;
            try {
                Value v = earlier.resolve(inPrevious, summing);
                // last period's table is named as the check names it, not as this period's
                return v instanceof Value.Series s ? new Value.Series(s.axis(), "previous." + s.table(), s.index(),
                        s.values()) : v;
            } catch (EvalException.Unreadable e) {
                throw new EvalException.Unreadable(ref.at(), true, false, e.templateFailed());
            } catch (EvalException e) {
                throw new EvalException.PreviousLacks(e);
            }
        }
        Block block = report.block(path.first());
        if (block == null && report.isUnreadable(path.first())) {
            throw new EvalException.Unreadable(ref.at(), false, false, report.isNotReadForTemplate(path.first()));
        }
        if (block == null) {
            throw new EvalException(isPreviousScope ? "check.unknown-block-previous" : "check.unknown-block", ref.at(),
                    path.first(), ref.text(), blockHint(path, ref));
        }
        KeyPath rest = path.tail();
        if (block instanceof Values values) {
            if (ref.column() != null) {
                throw new EvalException("check.column-on-values", ref.at(), ref.text());
            }
            Values.Node node = rest.isEmpty() ? values.root() : values.find(rest);
            if (node == null) {
                throw new EvalException("check.unknown-key", ref.at(), ref.text(), named(block.id()),
                        keyHint(values, rest));
            }
            if (node instanceof Values.Number n) {
                return new Value.Scalar(n.value(), n.location());
            }
            if (node instanceof Values.Text) {
                throw new EvalException("check.text-value", ref.at(), ref.text());
            }
            if (node instanceof Values.Unreadable) {
                throw new EvalException.Unreadable(ref.at()); // reported where it was read
            }
            if (!summing) {
                throw new EvalException("check.group-value", ref.at(), ref.text());
            }
            java.math.BigDecimal sum = ((Values.Group) node).sum();
            if (sum == null) {
                throw new EvalException.Unreadable(ref.at());
            }
            return new Value.Scalar(Exact.sum(sum), node.location()); // shown as arithmetic is (trial AG, 4)
        }
        Table table = (Table) block;
        if (rest.isEmpty() && ref.column() == null) {
            throw new EvalException("check.whole-table", ref.at(), ref.text());
        }
        TableScope scope = tables.computeIfAbsent(table.id(), id -> new TableScope(table, this));
        return scope.local(rest, ref);
    }

    /** A block of the report as a check names it: {@code previous.t} in the previous report's scope. */
    String named(String id) {
        return isPreviousScope ? "previous." + id : id;
    }

    /**
     * Why a path's first key may name no block (trial M, 9): a block id mistyped, or a table's row or column
     * written without its block, as inside the table ({@code 新收[总计]} for {@code applications.新收[总计]}).
     */
    private String blockHint(KeyPath path, Expr.Ref ref) {
        if (path.size() == 1 && path.first().indexOf('.') > 0) {
            // `v.a`: backquotes hold one name, so this names a block "v.a"; the path it means is v.a (trial Q, 11)
            KeyPath split = new KeyPath(java.util.List.of(path.first().split("\\.", -1)));
            if (split.keys().stream().noneMatch(String::isEmpty) && report.block(split.first()) != null) {
                String meant = split + (ref.column() == null ? "" : "[" + ref.column() + "]");
                return dev.tally.diagnostic.Messages.ref("hint.one-name-in-backquotes") + meant
                        + dev.tally.diagnostic.Messages.ref("hint.did-you-mean-end");
            }
        }
        String close = Suggest.closest(path.first(), report.blocks().keySet());
        if (close != null) {
            // the whole name as it is in the block where only its letter case differs (V.A for v.a); else the
            // block alone, rather than a name that does not exist either (trial Q, 11)
            String whole = inOtherCase(report.block(close), path.tail(), ref.column());
            return TableScope.typo(path.first(), close, whole != null ? new KeyPath(java.util.List.of(close)) + whole
                    : new KeyPath(java.util.List.of(close)).toString());
        }
        String only = null;
        for (Block b : report.blocks().values()) {
            if (b instanceof Table t && (t.rows().find(path) != null || t.columns().find(path) != null)) {
                if (only != null) {
                    return "";
                }
                only = t.id();
            }
        }
        return only == null ? "" : dev.tally.diagnostic.Messages.ref("hint.block-first")
                + new KeyPath(java.util.List.of(only)) + "." + ref.text()
                + dev.tally.diagnostic.Messages.ref("hint.did-you-mean-end");
    }

    /**
     * The rest of a name ({@code .A} of {@code V.A}, {@code .R1[X]} of {@code TA.R1[X]}) as the block writes it,
     * where it differs in letter case only, or as written when it is right; null when it names nothing there.
     */
    private static String inOtherCase(Block block, KeyPath rest, KeyPath column) {
        if (block instanceof Values values) {
            if (column != null || rest.isEmpty()) {
                return null;
            }
            java.util.List<KeyPath> paths = new java.util.ArrayList<>();
            collect(values.root(), new KeyPath(java.util.List.of()), paths);
            KeyPath found = sameIgnoringCase(rest, paths);
            return found == null ? null : "." + found;
        }
        Table table = (Table) block;
        if (rest.isEmpty() && column == null) {
            return null;
        }
        KeyPath row = rest.isEmpty() ? null : sameIgnoringCase(rest, paths(table.rows()));
        KeyPath col = column == null ? null : sameIgnoringCase(column, paths(table.columns()));
        if (row == null && !rest.isEmpty() && column == null) {
            // a whole column written as a row's name ({@code t.total}) is the table's to say
            row = sameIgnoringCase(rest, paths(table.columns()));
        }
        if (!rest.isEmpty() && row == null || column != null && col == null) {
            return null;
        }
        return (row == null ? "" : "." + row) + (col == null ? "" : "[" + col + "]");
    }

    private static java.util.List<KeyPath> paths(dev.tally.model.Header header) {
        return header.all().stream().map(dev.tally.model.Header.Node::path).toList();
    }

    private static void collect(Values.Group group, KeyPath at, java.util.List<KeyPath> out) {
        for (java.util.Map.Entry<String, Values.Node> e : group.children().entrySet()) {
            KeyPath p = at.child(e.getKey());
            out.add(p);
            if (e.getValue() instanceof Values.Group g) {
                collect(g, p, out);
            }
        }
    }

    /** The one path equal to {@code written} but for letter case, or null. */
    private static KeyPath sameIgnoringCase(KeyPath written, java.util.List<KeyPath> paths) {
        KeyPath found = null;
        for (KeyPath p : paths) {
            if (p.size() == written.size() && p.dotted().equalsIgnoreCase(written.dotted())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** A key of a values block mistyped: its sibling a letter or two away. */
    private String keyHint(Values values, KeyPath rest) {
        if (rest.isEmpty()) {
            return "";
        }
        KeyPath parent = new KeyPath(rest.keys().subList(0, rest.size() - 1));
        Values.Node node = parent.isEmpty() ? values.root() : values.find(parent);
        if (!(node instanceof Values.Group group)) {
            return "";
        }
        String close = Suggest.closest(rest.last(), group.children().keySet());
        if (close == null) {
            return "";
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (isPreviousScope) {
            keys.add("previous");
        }
        keys.add(values.id());
        keys.addAll(parent.keys());
        keys.add(close);
        return TableScope.typo(rest.last(), close, new KeyPath(keys).toString());
    }

    /**
     * The text a reference names where it is a text value of a values block ({@code tally:p.name[]} shows it),
     * else null.
     */
    public String text(Expr.Ref ref) {
        Values.Text t = textValue(ref);
        return t == null ? null : t.text();
    }

    /** The text value a reference names, with where it is written; null where it names none. */
    Values.Text textValue(Expr.Ref ref) {
        Report r = ref.isPrevious() ? previous : report;
        KeyPath path = ref.isPrevious() ? ref.path().tail() : ref.path();
        if (r == null || path.isEmpty() || ref.column() != null) {
            return null;
        }
        Block block = r.block(path.first());
        if (!(block instanceof Values values) || path.tail().isEmpty()) {
            return null;
        }
        return values.find(path.tail()) instanceof Values.Text t ? t : null;
    }
}
