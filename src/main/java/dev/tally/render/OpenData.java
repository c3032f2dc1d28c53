package dev.tally.render;

import dev.tally.model.Header;
import dev.tally.model.Table;
import dev.tally.model.Values;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table or values block as open data: CSV (RFC 4180 with a UTF-8 byte order mark and CRLF line ends, so that
 * spreadsheet programs open Chinese text correctly) and JSON. Numbers are exact (plain decimal digits, no
 * exponent, no grouping); the output is deterministic. Write the strings as UTF-8, for instance with
 * {@link #bytes(String)}.
 */
public final class OpenData {

    private OpenData() {
    }

    /** The byte order mark that starts every CSV text. */
    public static final String BOM = "\uFEFF";

    private static final String CRLF = "\r\n";

    /** The text as UTF-8 bytes (the CSV texts already start with their byte order mark). */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A table as CSV, for people reading it in a spreadsheet: a header line {@code row,label,} (with
     * {@code groups} between them where the table has row groups), then one column per leaf column, headed by its
     * label, after its groups' labels joined by {@code ·}, with the table's unit after it ({@code （单位：万元）}) unless the
     * label already names it; then one line per leaf row: its dotted row path, its groups' labels, its display label, its
     * cells. An unreadable cell is an empty field. The JSON beside it has the column paths.
     */
    public static String csv(Table table) {
        StringBuilder sb = new StringBuilder(BOM);
        List<Header.Node> rows = table.rows().leaves();
        boolean grouped = rows.stream().anyMatch(r -> r.path().size() > 1);
        List<String> header = new ArrayList<>();
        header.add("row");
        if (grouped) {
            header.add("groups");
        }
        header.add("label");
        List<Header.Node> columns = table.columns().leaves();
        String unit = table.unit() == null ? "" : table.unit().strip();
        for (Header.Node c : columns) {
            String name = columnName(table, c);
            if (!unit.isEmpty() && !Wording.statesUnit(name, unit)) {
                Wording words = Wording.of(java.util.Arrays.asList(table.title(), name));
                name = name + words.open + words.unit + unit + words.close;
            }
            header.add(text(name));
        }
        line(header, sb);
        for (Header.Node r : rows) {
            List<String> fields = new ArrayList<>();
            fields.add(text(r.path().dotted()));
            if (grouped) {
                List<String> groups = labels(table, table.rows(), r);
                fields.add(text(String.join(" · ", groups.subList(0, groups.size() - 1))));
            }
            fields.add(text(table.label(r)));
            for (Header.Node c : columns) {
                BigDecimal v = TableHtml.cell(table, r, c);
                fields.add(v == null ? "" : v.toPlainString());
            }
            line(fields, sb);
        }
        return sb.toString();
    }

    /** A column as the CSV heads it: its groups' labels, outermost first, then its own, joined by {@code ·}. */
    static String columnName(Table table, Header.Node column) {
        return String.join("·", labels(table, table.columns(), column));
    }

    /** The labels of a node's groups, outermost first, then its own. */
    private static List<String> labels(Table table, Header header, Header.Node node) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < node.path().size(); i++) {
            Header.Node g = header.find(new dev.tally.model.KeyPath(node.path().keys().subList(0, i)));
            out.add(g != null ? table.label(g) : node.path().keys().get(i - 1));
        }
        out.add(table.label(node));
        return out;
    }

    /**
     * A table as JSON: {@code id}, {@code title}, {@code unit}, {@code cellKind}, {@code corner} and
     * {@code columnsTitle} where the table has them, the leaf {@code columns}
     * (path, label and, for a column in a group, the labels of its groups), and the leaf {@code rows} (path,
     * label, groups, and {@code cells} in column order, null where unreadable).
     */
    public static String json(Table table) {
        return json(table, table.title());
    }

    /** As {@link #json(Table)}, with the title as given (its figures shown as values). */
    public static String json(Table table, String title) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", table.id());
        root.put("title", title);
        root.put("unit", table.unit());
        root.put("cellKind", table.cellKind() == null ? null : table.cellKind().id());
        if (table.corner() != null) {
            root.put("corner", table.corner());
        }
        if (table.columnsTitle() != null) {
            root.put("columnsTitle", table.columnsTitle());
        }
        List<Object> columns = new ArrayList<>();
        List<Header.Node> leafColumns = table.columns().leaves();
        for (Header.Node c : leafColumns) {
            columns.add(entry(table, table.columns(), c));
        }
        root.put("columns", columns);
        List<Object> rows = new ArrayList<>();
        for (Header.Node r : table.rows().leaves()) {
            Map<String, Object> row = entry(table, table.rows(), r);
            List<Object> cells = new ArrayList<>();
            for (Header.Node c : leafColumns) {
                cells.add(TableHtml.cell(table, r, c));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        root.put("rows", rows);
        return Json.write(root);
    }

    private static Map<String, Object> entry(Table table, Header header, Header.Node node) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", node.path().dotted());
        m.put("label", table.label(node));
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i < node.path().size(); i++) {
            Header.Node g = header.find(new dev.tally.model.KeyPath(node.path().keys().subList(0, i)));
            if (g != null) {
                groups.add(table.label(g));
            }
        }
        if (!groups.isEmpty()) {
            m.put("groups", groups);
        }
        return m;
    }

    /**
     * A values block as CSV: a header line {@code path,value}, then one line per leaf (number or text), in
     * block order, its path below the block dotted.
     */
    public static String csv(Values values) {
        StringBuilder sb = new StringBuilder(BOM);
        line(List.of("path", "value"), sb);
        leaves("", values.root(), sb);
        return sb.toString();
    }

    private static void leaves(String prefix, Values.Group group, StringBuilder sb) {
        for (Map.Entry<String, Values.Node> e : group.children().entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Values.Node n = e.getValue();
            if (n instanceof Values.Group g) {
                leaves(path, g, sb);
            } else if (n instanceof Values.Number num) {
                line(List.of(text(path), num.value().toPlainString()), sb);
            } else if (n instanceof Values.Text t) {
                line(List.of(text(path), t.text() == null ? "" : text(t.text())), sb);
            } else if (n instanceof Values.Unreadable u) {
                line(List.of(text(path), text(u.text())), sb);
            }
        }
    }

    /** A values block as JSON: the mapping itself, nested, numbers exact, text as strings. */
    public static String json(Values values) {
        return Json.write(tree(values.root()));
    }

    private static Object tree(Values.Node n) {
        if (n instanceof Values.Group g) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Values.Node> e : g.children().entrySet()) {
                m.put(e.getKey(), tree(e.getValue()));
            }
            return m;
        }
        if (n instanceof Values.Number num) {
            return num.value();
        }
        if (n instanceof Values.Unreadable u) {
            return u.text(); // as written: it could not be read as a number
        }
        return ((Values.Text) n).text();
    }

    private static void line(List<String> fields, StringBuilder sb) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(fields.get(i), sb);
        }
        sb.append(CRLF);
    }

    /** One CSV field, quoted when it holds a comma, a quote, a line break or leading or trailing space. */
    /**
     * A text field of a CSV file, kept from being read as a formula by a spreadsheet: one that starts with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numbers are written as they are.
     */
    static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    static void field(String s, StringBuilder sb) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            quote = true;
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
