package dev.tally.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of an AsciiDoc table, as far as the figure search needs them: where Asciidoctor splits a line into
 * cells, and which cells are literal ({@code l|}, or a column styled {@code l} in {@code cols}), whose text the page
 * shows as it is (trial Y, 6). A figure that a separator cuts in two ({@code tally:v.fee[12,480]} in a CSV table,
 * the {@code :} of {@code tally:} in a DSV one) is no figure on the page, nor here (trial Y, 8). One per table, fed
 * its lines in order; row spans are not followed (a cell's column is counted along the row).
 */
final class TableCells {

    /**
     * A cell's specifier, before the separator that opens the cell: spans or copies, alignment, style; at the start
     * of the text or after a blank, as Asciidoctor's CellSpecStartRx and CellSpecEndRx take it.
     */
    private static final Pattern SPEC = Pattern.compile("(?:^|(?<=[ \\t]))[ \\t]*"
            + "(?:(\\d+(?:\\.\\d*)?|(?:\\d*\\.)?\\d+)([*+]))?([<^>](?:\\.[<^>]?)?|(?:[<^>]?\\.)?[<^>])?([a-z])?$");
    /** How much of a cell's text before a separator is looked at for its specifier (which is short). */
    private static final int SPEC_REACH = 64;

    private enum Format { PSV, CSV, DSV }

    private final Format format;
    private final char separator;
    /** The style letter of each column from {@code cols}, 'd' where it gives none; empty until known. */
    private final List<Character> columns = new ArrayList<>();
    private int column = -1;
    private int span = 1;
    private char style = 'd';
    private boolean quoted;
    /** Whether the last line ended by opening a cell: the next line is the first of that cell's text. */
    private boolean fresh;

    private TableCells(Format format, char separator, String cols) {
        this.format = format;
        this.separator = separator;
        if (cols != null && !cols.isBlank()) {
            String c = cols.strip();
            if (c.matches("\\d+")) {
                for (int k = 0, n = c.length() > 4 ? 1000 : Math.min(Integer.parseInt(c), 1000); k < n; k++) {
                    columns.add('d');
                }
            } else {
                for (String part : c.split("[,;]")) {
                    // [N*][width][align][style]: copies first, the style letter last (cols="2*l,1a")
                    String spec = part.strip();
                    int star = spec.indexOf('*');
                    int times = 1;
                    if (star > 0 && spec.substring(0, star).chars().allMatch(Character::isDigit)) {
                        times = (int) Math.min(Long.parseLong(spec.substring(0, Math.min(star, 9))), 1000);
                    }
                    char last = spec.isEmpty() ? 'd' : spec.charAt(spec.length() - 1);
                    char letter = last >= 'a' && last <= 'z' ? last : 'd';
                    for (int k = 0; k < times && columns.size() < 1000; k++) {
                        columns.add(letter);
                    }
                }
            }
        }
    }

    /**
     * The cells of a table opened by {@code delim} ({@code |===}, {@code !===}, {@code ,===}, {@code :===}) with these
     * block attributes ({@code cols}, {@code format}, {@code separator}; null where not given).
     */
    static TableCells of(String delim, String cols, String format, String separator) {
        char d = delim.charAt(0);
        Format f = d == ',' ? Format.CSV : d == ':' ? Format.DSV : Format.PSV;
        if (format != null) {
            switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> f = Format.CSV;
                case "dsv" -> f = Format.DSV;
                case "tsv" -> f = Format.CSV;
                case "psv" -> f = Format.PSV;
                default -> {
                }
            }
        }
        char sep = switch (f) {
            case CSV -> format != null && format.strip().equalsIgnoreCase("tsv") ? '\t' : ',';
            case DSV -> ':';
            case PSV -> d == '!' ? '!' : '|';
        };
        if (separator != null && !separator.isEmpty()) {
            String s = separator.equals("\\t") ? "\t" : separator;
            sep = s.charAt(0);
        }
        return new TableCells(f, sep, cols);
    }

    /**
     * The parts of a line of the table whose text the page shows with its macros replaced: each cell's text on
     * this line, or none where the cell is literal.
     */
    List<String> shown(String line) {
        List<String> out = new ArrayList<>();
        starts.clear();
        if (format == Format.PSV) {
            psv(line, out);
        } else {
            delimited(line, out);
        }
        return out;
    }

    private void psv(String line, List<String> out) {
        int start = 0;
        boolean first = columns.isEmpty() && column < 0;
        int cellsOnLine = 0;
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) != separator || k > 0 && line.charAt(k - 1) == '\\') {
                continue;
            }
            String before = line.substring(start, k);
            // only the end of the text can be a specifier: looked at there, and no further back than it reaches,
            // so that a long line costs no more than a short one
            Matcher spec = SPEC.matcher(before).region(Math.max(0, before.length() - SPEC_REACH), before.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            String content = before;
            int next = 1;
            char letter = 0;
            if (spec.find()) {
                content = before.substring(0, spec.start());
                if (spec.group(1) != null) {
                    String n = spec.group(1);
                    int dot = n.indexOf('.');
                    String cols = dot < 0 ? n : n.substring(0, dot);
                    next = cols.isEmpty() ? 1 : cols.length() > 4 ? 1000 : Math.max(1, Integer.parseInt(cols));
                }
                if (spec.group(4) != null) {
                    letter = spec.group(4).charAt(0);
                }
            }
            emit(content, out, start == 0 ? IN_CELL : CELL_START);
            column = column < 0 ? 0 : column + span;
            span = next;
            cellsOnLine += next;
            style = letter != 0 ? letter : columnStyle();
            start = k + 1;
        }
        emit(line.substring(start), out, start == 0 ? IN_CELL : CELL_START);
        fresh = cellsOnLine > 0 ? line.substring(start).isBlank() : fresh && line.isBlank();
        if (first && cellsOnLine > 0) {
            // no cols: the first line's cells are the columns
            for (int k = 0; k < cellsOnLine; k++) {
                columns.add('d');
            }
        }
    }

    private void delimited(String line, List<String> out) {
        if (columns.isEmpty() && column < 0 && !line.isBlank()) {
            int n = 1;
            boolean q = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (format == Format.CSV && c == '"') {
                    q = !q;
                } else if (!q && c == separator && !(format == Format.DSV && k > 0 && line.charAt(k - 1) == '\\')) {
                    n++;
                }
            }
            for (int k = 0; k < n; k++) {
                columns.add('d');
            }
        }
        if (line.isBlank() && !quoted) {
            return;
        }
        if (!quoted) {
            column = -1; // each line is a row
        }
        int start = 0;
        if (column < 0) {
            column = 0;
            style = columnStyle();
        }
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (format == Format.CSV && c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator && !(format == Format.DSV && k > 0 && line.charAt(k - 1) == '\\')) {
                emit(line.substring(start, k), out, CELL_START);
                column++;
                style = columnStyle();
                start = k + 1;
            }
        }
        emit(line.substring(start), out, CELL_START);
    }

    /** Where a part of the last line {@link #shown} stands in its cell: one of the three below, part by part. */
    private final List<Integer> starts = new ArrayList<>();

    /** In a cell that is not an AsciiDoc ({@code a|}) one: text, where a block macro is no block. */
    static final int IN_TEXT = 0;
    /** The start of an AsciiDoc cell, where a block may begin. */
    static final int CELL_START = 1;
    /** A line going on with an AsciiDoc cell: a block begins there only where the cell's text starts one. */
    static final int IN_CELL = 2;

    /** Where each part of the last line shown stands ({@link #IN_TEXT}, {@link #CELL_START}, {@link #IN_CELL}). */
    List<Integer> starts() {
        return starts;
    }

    /** The style letter of the cell the next line goes on with ('d' where none is given). */
    char currentStyle() {
        return style;
    }

    /** Whether the next line is the first of a cell's text (the last line ended with the cell's separator). */
    boolean freshCell() {
        return fresh;
    }

    private char columnStyle() {
        return columns.isEmpty() ? 'd' : columns.get(Math.floorMod(column, columns.size()));
    }

    private void emit(String text, List<String> out, int where) {
        // a literal column of a CSV or DSV table still has its macros replaced (Asciidoctor 2.0.26)
        if ((style != 'l' || format != Format.PSV) && !text.isBlank()) {
            out.add(text);
            starts.add(style == 'a' ? where : IN_TEXT);
        }
    }
}
