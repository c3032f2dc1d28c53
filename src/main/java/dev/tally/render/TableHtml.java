package dev.tally.render;

import dev.tally.check.FailedCell;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Header;
import dev.tally.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a table block as an HTML fragment for a page in the Maven site: grouped column headers, the row tree
 * laid out as in the national form (a group's label spans its rows in a column of its own), official labels,
 * exact numbers, and links to the table's open data files beside the page.
 *
 * <p>The output is also well-formed XML (every attribute quoted, only the five XML entities), so it can be
 * embedded in XHTML or parsed by an XML parser.
 */
public final class TableHtml {

    private TableHtml() {
    }

    /** Shown in a cell that could not be read. */
    public static final String MISSING = "\u2014";

    /** Font stack for Chinese text, shared with the charts. */
    static final String CJK_FONTS = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", "
            + "\"PingFang SC\", \"Hiragino Sans GB\", \"WenQuanYi Micro Hei\", sans-serif";

    /**
     * The style sheet for rendered tables; put it once in a page that has tables (for instance in a
     * {@code <style>} element). Selectors are specific enough to win over the site skin's Bootstrap rules.
     */
    public static final String CSS = """
            .tally-table-wrap { overflow-x: auto; max-width: 100%; margin: 0 0 1.5em 0; }
            table.tally-table { width: auto; max-width: none; border-collapse: collapse; border-spacing: 0; \
            margin-bottom: 0.3em; font-family: @FONTS@; font-size: 14px; line-height: 1.45; }
            table.tally-table caption { caption-side: top; text-align: left; font-weight: bold; \
            padding: 0.4em 0; color: inherit; }
            table.tally-table th, table.tally-table td { border: 1px solid #b8c0c8; padding: 4px 8px; \
            vertical-align: middle; }
            table.tally-table thead th, table.tally-table thead td { background: #e9eef3; text-align: center; \
            font-weight: bold; white-space: normal; word-break: break-word; }
            table.tally-table tbody th { background: #f6f8fa; text-align: left; font-weight: normal; \
            white-space: normal; word-break: break-word; overflow-wrap: anywhere; min-width: 4em; max-width: 22em; }
            table.tally-table tbody th[scope="rowgroup"] { font-weight: bold; }
            table.tally-table thead th[scope="col"] { min-width: 3.2em; }
            table.tally-table thead td.tally-corner { font-weight: normal; font-size: 0.92em; }
            table.tally-table td.num { text-align: right; font-variant-numeric: tabular-nums; \
            font-feature-settings: "tnum"; white-space: nowrap; }
            table.tally-table td.num.missing { text-align: center; color: #a94442; }
            table.tally-table td.num.tally-failed { background: #fdd; box-shadow: inset 0 -2px 0 #d9534f; }
            table.tally-table td.num.tally-suspect { font-weight: bold; outline: 2px solid #d9534f; outline-offset: -2px; }
            table.tally-table td.num.tally-warned { background: #fcf4dc; box-shadow: inset 0 -2px 0 #b26a00; }
            table.tally-table td.num.tally-noted { box-shadow: inset 0 -2px 0 #4a6d93; }
            .tally-table-wrap:focus { outline: 2px solid #4a6d93; outline-offset: 2px; }
            @media print {
              .tally-table-wrap { overflow: visible; }
              table.tally-table { font-size: 8pt; }
              table.tally-table th, table.tally-table td { padding: 2px 3px; }
              table.tally-table tr { break-inside: avoid; }
              .tally-downloads { display: none; }
            }
            .tally-downloads { font-size: 0.9em; margin: 0.2em 0 0 0; }
            .tally-downloads a { margin-right: 1em; }
            """.replace("@FONTS@", CJK_FONTS);

    /**
     * The file name of a block's open data file beside its page: {@code pageId.blockId.ext}. A block id is the
     * report's to choose: one that is no safe file name ({@code /../../package}, a control character, a character
     * Windows refuses, more than 60 characters) is written with {@code _} for those characters, cut at 60, and a short
     * hash of the whole, so that it can name no other folder, and two such ids no one file (trial AQ, 1).
     */
    public static String downloadName(String pageId, String blockId, String extension) {
        return pageId + "." + fileStem(blockId) + "." + extension;
    }

    static String fileStem(String id) {
        StringBuilder safe = new StringBuilder();
        id.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || "/\\<>:\"|?*".indexOf(c) >= 0
                || Character.getType(c) == Character.FORMAT ? '_' : c));
        String s = safe.toString();
        if (s.equals(id) && !id.isEmpty() && s.codePointCount(0, s.length()) <= 60) {
            return id;
        }
        if (s.codePointCount(0, s.length()) > 60) {
            s = s.substring(0, s.offsetByCodePoints(0, 60));
        }
        return s + "-" + String.format(java.util.Locale.ROOT, "%08x", id.hashCode());
    }

    /**
     * The table as an HTML fragment: {@code <div class="tally-table-wrap">} holding the {@code <table>} and a
     * line of download links ({@code pageId.tableId.csv} and {@code .json}, files beside the page).
     *
     * @param pageId the page's file name without {@code .html}, such as {@code qingshan}
     */
    public static String render(Table table, String pageId) {
        return render(table, pageId, table.title());
    }

    /** As {@link #render(Table, String)}, with the caption's title as given (its figures shown as values). */
    static String render(Table table, String pageId, String title) {
        return render(table, pageId, title, null);
    }

    /**
     * As {@link #render(Table, String)}, with the caption's title as given, and the words Tally adds to it in
     * the report's language (null: in the language of the title).
     */
    static String render(Table table, String pageId, String title, Wording words) {
        return render(table, pageId, title, words, List.of());
    }

    /**
     * As {@link #render(Table, String, String, Wording)}, with the cells that failing checks name marked
     * ({@code class="tally-failed"} for an error, {@code tally-warned}, {@code tally-noted}; the checks and their
     * values in the cell's tooltip), and the cells most of the failing errors share as {@code tally-suspect}.
     */
    static String render(Table table, String pageId, String title, Wording words, List<FailedCell> failed) {
        return render(table, pageId, title, words, failed, null);
    }

    /**
     * As above, with the tooltips Tally adds (a suspect cell, an unreadable one) in {@code tips}, the site's
     * language (trial X, 5), where the caption's words follow the report's; null: the report's for both.
     */
    static String render(Table table, String pageId, String title, Wording words, List<FailedCell> failed,
            Wording tips) {
        return render(table, pageId, title, null, words, failed, tips);
    }

    /**
     * As above, with the title also as HTML ({@code titleHtml}, null for none): as Asciidoctor formats a block
     * title, attribute references replaced and {@code *bold*} bold (trial W, 6); {@code title} is its text.
     */
    static String render(Table table, String pageId, String title, String titleHtml, Wording words,
            List<FailedCell> failed, Wording tips) {
        Map<String, java.util.Set<String>> checks = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        for (FailedCell f : failed) {
            if (f.table().equals(table.id())) {
                String cell = cellKey(f.row().dotted(), f.column().dotted());
                checks.computeIfAbsent(cell, k -> new java.util.LinkedHashSet<>()).add(f.why());
                worst.merge(cell, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Header columns = table.columns();
        Header rows = table.rows();
        int headerRows = Math.max(1, columns.depth());
        int labelColumns = Math.max(1, rows.depth());
        Wording shown = words != null ? words : Wording.of(title, table.unit());
        Wording tooltips = tips != null ? tips : shown;
        Map<String, Mark> why = marks(checks, worst, tooltips);
        StringBuilder out = new StringBuilder(4096);

        // a wide table scrolls in its box: reachable by keyboard, and named for a screen reader (trial AR, 8)
        out.append("<div class=\"tally-table-wrap\" tabindex=\"0\" role=\"region\"");
        if (title != null && !title.isBlank()) {
            out.append(" aria-label=\"").append(Html.escape(title)).append('"');
        }
        out.append(">\n");
        out.append("<table class=\"tally-table table table-bordered\" id=\"").append(Html.escape(Html.blockAnchor(table.id())))
                .append('"');
        if (title != null) {
            // the title in plain characters too (第二十条第(八)项), as the labels' data-label
            String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC);
            if (!plain.equals(title)) {
                out.append(" data-title=\"").append(Html.escape(plain)).append('"');
            }
        }
        out.append(">\n");
        // the unit is shown with the caption (FORMAT.md 2.2: "unit: optional text shown with the caption"), also where
        // a column's official label names it too (trial T, 4); only a CSV heading leaves out what its label states
        String caption = caption(title, table.unit(), shown);
        if (caption != null && titleHtml != null && title != null && !title.isBlank() && caption.startsWith(title)) {
            out.append("<caption>").append(titleHtml).append(Html.escape(caption.substring(title.length())))
                    .append("</caption>\n");
        } else if (caption != null) {
            out.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }

        // column headers: one <tr> per level, under a heading over them all where the table has one
        out.append("<thead>\n");
        String columnsTitle = table.columnsTitle();
        boolean titled = columnsTitle != null && !columnsTitle.isBlank();
        if (titled) {
            out.append("<tr>");
            corner(table, headerRows + 1, labelColumns, out);
            out.append("<th scope=\"colgroup\"");
            span(out, "colspan", columns.leaves().size());
            out.append(">").append(Html.escape(columnsTitle)).append("</th></tr>\n");
        }
        List<List<Header.Node>> levels = new ArrayList<>();
        for (int i = 0; i < headerRows; i++) {
            levels.add(new ArrayList<>());
        }
        for (Header.Node root : columns.roots()) {
            byLevel(root, 0, levels);
        }
        for (int level = 0; level < headerRows; level++) {
            out.append("<tr>");
            if (level == 0 && !titled) {
                corner(table, headerRows, labelColumns, out);
            }
            for (Header.Node n : levels.get(level)) {
                out.append("<th scope=\"").append(n.isLeaf() ? "col" : "colgroup").append('"');
                if (n.isLeaf()) {
                    span(out, "rowspan", headerRows - level);
                } else {
                    span(out, "colspan", n.leaves().size());
                }
                out.append(" data-key=\"").append(Html.escape(n.path().dotted())).append('"');
                plainLabel(table.label(n), out);
                out.append('>').append(Html.escape(table.label(n))).append("</th>");
            }
            out.append("</tr>\n");
        }
        out.append("</thead>\n");

        // body: one <tr> per leaf row; a group's label opens at its first leaf and spans its leaves
        out.append("<tbody>\n");
        List<Header.Node> leafColumns = columns.leaves();
        for (Header.Node root : rows.roots()) {
            bodyRows(table, root, 0, labelColumns, tooltips, new ArrayList<>(), leafColumns, why, out);
        }
        out.append("</tbody>\n");
        out.append("</table>\n");

        String id = table.id();
        // ten "CSV" links on a page are told apart in a screen reader's list of links by their table (trial AR, 15)
        String of = title != null && !title.isBlank() ? title : id;
        out.append("<p class=\"tally-downloads\">")
                .append("<a href=\"").append(Html.escape(Html.href(downloadName(pageId, id, "csv"))))
                .append("\" type=\"text/csv\" download=\"\" aria-label=\"CSV: ").append(Html.escape(of))
                .append("\">CSV</a> ")
                .append("<a href=\"").append(Html.escape(Html.href(downloadName(pageId, id, "json"))))
                .append("\" type=\"application/json\" aria-label=\"JSON: ").append(Html.escape(of))
                .append("\">JSON</a>")
                .append("</p>\n");
        out.append("</div>\n");
        return out.toString();
    }

    /**
     * The caption: the title and the unit in parentheses, in the title's language ({@code 表（单位：件）},
     * {@code Table (unit: parcels)}); null when there is neither.
     */
    static String caption(String title, String unit, Wording words) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasUnit = unit != null && !unit.isBlank();
        Wording w = words != null ? words : Wording.of(title, unit);
        if (hasTitle && hasUnit) {
            return title + w.open + w.unit + unit + w.close;
        }
        if (hasTitle) {
            return title;
        }
        if (hasUnit) {
            return w.unit + unit;
        }
        return null;
    }

    /** The top-left cell, over the row labels: the table's corner text, if any. */
    private static void corner(Table table, int rowspan, int colspan, StringBuilder out) {
        out.append("<td class=\"tally-corner\"");
        span(out, "rowspan", rowspan);
        span(out, "colspan", colspan);
        out.append('>');
        if (table.corner() != null) {
            out.append(Html.escape(table.corner()));
        }
        out.append("</td>");
    }

    /**
     * A label with full-width punctuation ({@code （一）予以公开}) also in plain characters, NFKC, as a
     * {@code data-label} attribute ({@code (一)予以公开}): as the template's documentation writes the form's
     * wording, for scripts and searches that type half-width punctuation. Nothing where the two are the same.
     */
    private static void plainLabel(String label, StringBuilder out) {
        String plain = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC);
        if (!plain.equals(label)) {
            out.append(" data-label=\"").append(Html.escape(plain)).append('"');
        }
    }

    private static void byLevel(Header.Node n, int level, List<List<Header.Node>> levels) {
        levels.get(level).add(n);
        for (Header.Node c : n.children()) {
            byLevel(c, level + 1, levels);
        }
    }

    private static String cellKey(String row, String column) {
        return row + '\u0000' + column;
    }

    /**
     * The marks of the cells failing checks name. One wrong figure fails every check it is part of (its row's
     * total, its column's identity), and each names all of its cells: the cells the most failing errors have in
     * common, where those are fewer than all, are marked as suspect (trial P, 6), with the count in the tooltip.
     */
    private static Map<String, Mark> marks(Map<String, java.util.Set<String>> checks, Map<String, Severity> worst,
            Wording words) {
        int most = 0;
        int errorCells = 0;
        int mostCells = 0;
        for (Map.Entry<String, java.util.Set<String>> e : checks.entrySet()) {
            if (worst.get(e.getKey()) != Severity.ERROR) {
                continue;
            }
            errorCells++;
            int n = e.getValue().size();
            if (n > most) {
                most = n;
                mostCells = 1;
            } else if (n == most) {
                mostCells++;
            }
        }
        boolean singledOut = most >= 2 && mostCells < errorCells;
        Map<String, Mark> marks = new HashMap<>();
        for (Map.Entry<String, java.util.Set<String>> e : checks.entrySet()) {
            Severity severity = worst.get(e.getKey());
            String text = String.join("\n", e.getValue());
            boolean suspect = singledOut && severity == Severity.ERROR && e.getValue().size() == most;
            marks.put(e.getKey(), new Mark(suspect ? String.format(words.suspect, most) + "\n" + text : text,
                    severity, suspect));
        }
        return marks;
    }

    /**
     * The failing checks of a cell, one a line, and the most severe of them: an error's cell is marked as wrong
     * ({@code tally-failed}), a warning's ({@code tally-warned}) and a note's ({@code tally-noted}) less loudly,
     * since the page reads as consistent when no error is left (trial Q, 6).
     */
    private record Mark(String why, Severity severity, boolean suspect) {

        String cssClass() {
            return switch (severity) {
                case ERROR -> suspect ? "num tally-failed tally-suspect" : "num tally-failed";
                case WARNING -> "num tally-warned";
                case NOTE -> "num tally-noted";
            };
        }
    }

    /** @param why the failing checks of each cell named by them (by {@link #cellKey}) */
    private static void bodyRows(Table table, Header.Node node, int level, int labelColumns, Wording words,
            List<Header.Node> openGroups, List<Header.Node> leafColumns, Map<String, Mark> why,
            StringBuilder out) {
        if (!node.isLeaf()) {
            List<Header.Node> groups = new ArrayList<>(openGroups);
            groups.add(node);
            boolean first = true;
            for (Header.Node c : node.children()) {
                bodyRows(table, c, level + 1, labelColumns, words, first ? groups : List.of(), leafColumns, why,
                        out);
                first = false;
            }
            return;
        }
        out.append("<tr>");
        for (Header.Node g : openGroups) {
            out.append("<th scope=\"rowgroup\"");
            span(out, "rowspan", g.leaves().size());
            out.append(" data-key=\"").append(Html.escape(g.path().dotted())).append('"');
            plainLabel(table.label(g), out);
            out.append('>').append(Html.escape(table.label(g))).append("</th>");
        }
        String rowPath = node.path().dotted();
        out.append("<th scope=\"row\"");
        span(out, "colspan", labelColumns - level);
        out.append(" data-key=\"").append(Html.escape(rowPath)).append('"');
        plainLabel(table.label(node), out);
        out.append('>').append(Html.escape(table.label(node))).append("</th>");
        for (Header.Node col : leafColumns) {
            BigDecimal v = cell(table, node, col);
            String colPath = col.path().dotted();
            Mark failing = v == null ? null : why.get(cellKey(rowPath, colPath));
            out.append("<td class=\"").append(v == null ? "num missing" : failing != null ? failing.cssClass() : "num")
                    .append("\" data-row=\"").append(Html.escape(rowPath)).append("\" data-col=\"")
                    .append(Html.escape(colPath)).append('"');
            if (v == null) {
                // not a value of the report (readers take — for "none"): say why
                out.append(" title=\"").append(Html.escape(words.unreadable)).append('"');
            } else if (failing != null) {
                // one check a line (a character reference: a line break survives any parser as one)
                out.append(" title=\"").append(Html.escape(failing.why()).replace("\n", "&#10;")).append('"');
            }
            out.append('>')
                    .append(v == null ? MISSING : Html.escape(v.toPlainString())).append("</td>");
        }
        out.append("</tr>\n");
    }

    /** A cell, or null when it is unreadable or the cell array is short (a malformed table). */
    static BigDecimal cell(Table table, Header.Node row, Header.Node column) {
        BigDecimal[][] cells = table.cells();
        int r = row.leafIndex();
        int c = column.leafIndex();
        if (cells == null || r < 0 || r >= cells.length || cells[r] == null || c < 0 || c >= cells[r].length) {
            return null;
        }
        return cells[r][c];
    }

    private static void span(StringBuilder out, String attribute, int n) {
        if (n > 1) {
            out.append(' ').append(attribute).append("=\"").append(n).append('"');
        }
    }
}
