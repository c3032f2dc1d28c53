package dev.tally.integrity;

import dev.tally.diagnostic.Location;
import dev.tally.read.AdocScanner;
import dev.tally.read.SourceLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a report: which of its lines are text a reader sees (title, section titles, block titles,
 * paragraphs, table cells), which are attribute values or the content of listing, literal and passthrough
 * blocks, and which are none of these (comments, block attribute lines, the content of {@code [data]} and
 * {@code [checks]} blocks). Paragraphs are joined across their lines so that rules can read sentences, and
 * every character still knows its file and line.
 *
 * <p>Each line has two readings: {@code bare}, where each {@code tally:PATH[...]} macro is one marker
 * character ({@link #MARK}), and {@code view}, where a macro is the figure it prints as written
 * ({@code [EXPECTED]}, or the path when there is none).
 */
final class Prose {

    /** Stands for a {@code tally:} macro (a figure bound to data) in the bare reading. */
    static final char MARK = '\uE000';

    enum Kind {
        /** The document title, {@code = Title}. */
        TITLE,
        /** A section title. */
        SECTION,
        /** A block title, {@code .Title}. */
        BLOCK_TITLE,
        /** A line of a paragraph, list or table. */
        TEXT,
        /** The value of an attribute entry, {@code :name: value}. */
        ATTRIBUTE,
        /** A line inside a listing, literal or passthrough block that is not a data or checks block. */
        VERBATIM;

        /** Whether the reader sees this as prose (not code, not settings). */
        boolean prose() {
            return this != ATTRIBUTE && this != VERBATIM;
        }
    }

    /** The bare reading has an ASCII digit. */
    static final int DIGIT = 1;
    /** ... a letter of the Latin script (what {@code \\p{IsLatin}} matches), or a character beyond the BMP. */
    static final int LATIN = 1 << 1;
    /** ... a toned pinyin vowel ({@link GarbageRules#TONED}). */
    static final int TONED = 1 << 2;
    /** ... a traditional-only or a simplified-only character ({@link Scripts}). */
    static final int SCRIPT = 1 << 3;
    /** ... a question mark. */
    static final int QUESTION = 1 << 4;
    /** ... U+FFFD or a character of 锟斤拷, 烫烫烫, 屯屯屯. */
    static final int REPLACEMENT = 1 << 5;
    /** ... a character from U+00C2 to U+00EF (UTF-8 read as Latin-1 or Windows-1252). */
    static final int LATIN1_LEAD = 1 << 6;
    /** ... a Greek, Cyrillic, box-drawing, kana or bopomofo character. */
    static final int FOREIGN_LETTER = 1 << 7;
    /** ... a character that UTF-8 read as GBK gives ({@link GarbageRules#GBK_SHIFT}). */
    static final int GBK_SHIFT = 1 << 8;

    /** The flags of each character from U+0080 to U+FFFF (what {@link #contents} finds), made once. */
    private static final short[] FLAGS = new short[0x10000];

    // Made from where each kind lies, not by asking every character of the plane each question: this runs
    // before the first report is checked, in a JVM that has not compiled anything of it yet.
    static {
        // Latin letters by script, except in blocks that hold none: CJK ideographs, Hangul syllables,
        // surrogates (below), private use, CJK compatibility ideographs
        latin(0x80, 0x3400);
        latin(0xA000, 0xAC00);
        latin(0xFB00, 0x10000);
        for (int i = 0; i < GarbageRules.TONED.length(); i++) {
            FLAGS[GarbageRules.TONED.charAt(i)] |= TONED;
        }
        mark(0xC2, 0xEF, LATIN1_LEAD);
        mark(0x370, 0x4FF, FOREIGN_LETTER);
        mark(0x2500, 0x257F, FOREIGN_LETTER);
        mark(0x3040, 0x312F, FOREIGN_LETTER);
        for (char c : new char[] {'\uFFFD', '锟', '烫', '屯'}) {
            FLAGS[c] |= REPLACEMENT;
        }
        for (int c = Scripts.nextEither(0x80); c >= 0; c = Scripts.nextEither(c + 1)) {
            FLAGS[c] |= SCRIPT;
        }
        for (int c = GarbageRules.GBK_SHIFT.nextSetBit(0x80); c >= 0; c = GarbageRules.GBK_SHIFT.nextSetBit(c + 1)) {
            FLAGS[c] |= GBK_SHIFT;
        }
        // half of a character beyond the plane: the rules for these look at it themselves
        mark(0xD800, 0xDFFF, LATIN | SCRIPT);
    }

    private static void latin(int from, int to) {
        for (int c = from; c < to; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                FLAGS[c] |= LATIN;
            }
        }
    }

    /** Adds a flag to the characters {@code from} to {@code to}, both included. */
    private static void mark(int from, int to, int flag) {
        for (int c = from; c <= to; c++) {
            FLAGS[c] |= flag;
        }
    }

    /**
     * One line of the report that carries text: {@code bare} with each {@code tally:} macro as {@link #MARK},
     * {@code view} with each as the figure it prints, and {@code contains}, the kinds of character of the bare
     * reading ({@link #contents}, found in one pass), so that a rule skips at once the lines it cannot match.
     */
    record Line(SourceLine source, Kind kind, String bare, String view, int contains) {
        Line(SourceLine source, Kind kind, String bare, String view) {
            this(source, kind, bare, view, contents(bare));
        }

        Location location() {
            return source.location();
        }

        /** Whether the bare reading has any of the kinds of character {@code flags} names ({@link #DIGIT}, ...). */
        boolean has(int flags) {
            return (contains & flags) != 0;
        }
    }

    /** The kinds of character in a text, as flags. */
    static int contents(String t) {
        int f = 0;
        // as an array: a cold JVM interprets this for every line of every report, where charAt costs several calls
        // a character
        char[] cs = t.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 0x80) {
                f |= FLAGS[c];
            } else if (c >= '0' && c <= '9') {
                f |= DIGIT;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                f |= LATIN;
            } else if (c == '?') {
                f |= QUESTION;
            }
        }
        return f;
    }

    /** A run of text with the line of each of its characters. */
    static final class Text {
        final String text;
        private final Line[] lineOf;

        Text(String text, Line[] lineOf) {
            this.text = text;
            this.lineOf = lineOf;
        }

        /** The line of the character at {@code offset} (clamped to the text). */
        Line lineAt(int offset) {
            if (lineOf.length == 0) {
                return null;
            }
            return lineOf[Math.max(0, Math.min(offset, lineOf.length - 1))];
        }

        Location at(int offset) {
            return lineAt(offset).location();
        }
    }

    /** Lines that read as one: a paragraph, a list item, a title. */
    record Paragraph(Kind kind, List<Line> lines, Text bare, Text view) {
        /** Whether a line of it has any of the kinds of character {@code flags} names ({@link Line#has}). */
        boolean has(int flags) {
            for (Line l : lines) {
                if (l.has(flags)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A sentence of a text: {@code [start, end)}, ending after its 。！？；!?; (or at the text's end). */
    record Sentence(Text in, int start, int end) {
        String text() {
            return in.text.substring(start, end);
        }

        Location location() {
            return in.at(start);
        }
    }

    /** The sentences of a text, split after 。！？；!?; (a clause list with semicolons is several sentences). */
    static List<Sentence> sentences(Text text) {
        List<Sentence> out = new ArrayList<>();
        String t = text.text;
        int start = 0;
        char[] cs = t.toCharArray(); // as an array: see contents
        for (int i = 0; i < cs.length; i++) {
            switch (cs[i]) {
                case '。', '！', '？', '；', '!', '?', ';' -> {
                    add(out, text, start, i + 1);
                    start = i + 1;
                }
                default -> {
                }
            }
        }
        add(out, text, start, t.length());
        return out;
    }

    private static void add(List<Sentence> out, Text text, int start, int end) {
        while (start < end && Character.isWhitespace(text.text.charAt(start))) {
            start++;
        }
        if (start < end) {
            out.add(new Sentence(text, start, end));
        }
    }

    private static final Pattern DELIMITER =
            Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,}|--|[|,:!]={3,})\\s*$");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("^:(!?[\\w][\\w-]*!?):");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(?!\\[)(.*)]\\s*$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[*\\-.]+|\\d+\\.|[a-zA-Z]\\.)\\s+\\S");
    /** A {@code tally:} macro; target and expected are bounded so that a hostile line stays linear. */
    static final Pattern MACRO = Pattern.compile("(\\\\?)tally:([^\\s\\[\\]]{1,300})\\[([^\\]]{0,100})]");

    final List<Line> lines;
    /** The lines a reader sees as prose (no attribute values, no verbatim content). */
    private final List<Line> proseLines;
    final List<Paragraph> paragraphs;
    /** The document title line, or null. */
    final Line title;
    /** Attribute entries by name (the last value wins). */
    final Map<String, String> attributes;

    private Prose(List<Line> lines, List<Paragraph> paragraphs, Line title, Map<String, String> attributes) {
        this.lines = Collections.unmodifiableList(lines);
        this.proseLines = lines.stream().filter(l -> l.kind().prose()).toList();
        this.paragraphs = Collections.unmodifiableList(paragraphs);
        this.title = title;
        this.attributes = Collections.unmodifiableMap(attributes);
    }

    /** Reads the lines of a report (includes expanded). */
    static Prose of(List<SourceLine> source) {
        List<Line> out = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Line title = null;
        List<Line> current = new ArrayList<>();
        String openDelimiter = null;
        String pendingStyle = null;
        boolean seenSection = false;

        for (int i = 0; i < source.size(); i++) {
            SourceLine sl = source.get(i);
            String text = sl.text();
            String stripped = text.strip();
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            if ("-.+/=*_|,:!".indexOf(first) >= 0 && DELIMITER.matcher(text).matches()) {
                flush(current, paragraphs);
                String delim = stripped;
                if (openDelimiter != null && openDelimiter.equals(delim)) {
                    openDelimiter = null;
                    continue;
                }
                char c = delim.charAt(0);
                boolean verbatim = (c == '-' && delim.length() >= 4) || c == '.' || c == '+' || c == '/';
                if (verbatim) {
                    int end = i + 1;
                    while (end < source.size() && !AdocScanner.strippedEquals(source.get(end).text(), delim)) {
                        end++;
                    }
                    boolean tally = "data".equals(pendingStyle) || "checks".equals(pendingStyle);
                    int contentEnd = tally && c == '-' ? AdocScanner.tallyContentEnd(source, i + 1, end) : end;
                    if (contentEnd < end) {
                        // its closing ---- is missing (an error of the reader's): what follows its data is prose
                        i = contentEnd - 1;
                        pendingStyle = null;
                        continue;
                    }
                    boolean comment = c == '/' || "comment".equals(pendingStyle);
                    if (!tally && !comment) {
                        for (int j = i + 1; j < end && j < source.size(); j++) {
                            SourceLine content = source.get(j);
                            out.add(line(content, Kind.VERBATIM, content.text()));
                        }
                    }
                    i = end;
                } else {
                    openDelimiter = openDelimiter == null ? delim : openDelimiter;
                }
                pendingStyle = null;
                continue;
            }
            if (stripped.startsWith("//")) {
                continue;
            }
            Matcher entry = first == ':' ? ATTRIBUTE_NAME.matcher(text) : null;
            if (entry != null && entry.find() && (entry.end() == text.length() || Character.isWhitespace(text.charAt(entry.end())))) {
                flush(current, paragraphs);
                String name = entry.group(1);
                String value = text.substring(entry.end()).strip();
                attributes.put(name, value);
                if (!value.isEmpty()) {
                    out.add(line(sl, Kind.ATTRIBUTE, value));
                }
                continue;
            }
            Matcher attrs = first == '[' ? BLOCK_ATTRIBUTES.matcher(text) : null;
            if (attrs != null && attrs.matches()) {
                flush(current, paragraphs);
                pendingStyle = style(attrs.group(1));
                continue;
            }
            Matcher blockTitle = first == '.' ? BLOCK_TITLE.matcher(text) : null;
            if (blockTitle != null && blockTitle.matches()) {
                flush(current, paragraphs);
                Line l = line(sl, Kind.BLOCK_TITLE, blockTitle.group(1));
                out.add(l);
                paragraphs.add(paragraph(Kind.BLOCK_TITLE, List.of(l)));
                continue;
            }
            String sectionTitle = openDelimiter == null ? sectionTitle(text) : null;
            // a two-line title (Title / -----), as the reader takes it: a heading, and no listing under it
            boolean twoLines = sectionTitle == null && openDelimiter == null && current.isEmpty()
                    && i + 1 < source.size() && !stripped.isEmpty()
                    && AdocScanner.setextLevel(text, source.get(i + 1).text()) >= 0;
            if (sectionTitle != null || twoLines) {
                flush(current, paragraphs);
                boolean topLevel = twoLines ? source.get(i + 1).text().charAt(0) == '=' : text.charAt(1) != '=';
                boolean isTitle = topLevel && title == null && !seenSection;
                Line l = line(sl, isTitle ? Kind.TITLE : Kind.SECTION, twoLines ? stripped : sectionTitle);
                if (isTitle) {
                    title = l;
                } else {
                    seenSection = true;
                }
                out.add(l);
                paragraphs.add(paragraph(l.kind(), List.of(l)));
                pendingStyle = null;
                if (twoLines) {
                    i++;
                }
                continue;
            }
            if (stripped.isEmpty() || stripped.startsWith("include::")) {
                flush(current, paragraphs);
                pendingStyle = null;
                continue;
            }
            pendingStyle = null;
            if (mayBeListItem(stripped) && LIST_ITEM.matcher(text).find()) {
                flush(current, paragraphs);
            }
            Line l = line(sl, Kind.TEXT, text);
            out.add(l);
            current.add(l);
        }
        flush(current, paragraphs);
        return new Prose(out, paragraphs, title, attributes);
    }

    /**
     * The title of a section line ({@code == Title}, levels 0 to 5, an optional closing {@code ==}), or null;
     * parsed by hand, since a regular expression backtracks badly on a long line of spaces.
     */
    static String sectionTitle(String text) {
        int level = 0;
        while (level < text.length() && text.charAt(level) == '=') {
            level++;
        }
        if (level < 1 || level > 6 || level >= text.length() || !Character.isWhitespace(text.charAt(level))) {
            return null;
        }
        String rest = text.substring(level).strip();
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == '=') {
            end--;
        }
        if (end < rest.length() && end > 0 && Character.isWhitespace(rest.charAt(end - 1))) {
            rest = rest.substring(0, end).strip();
        }
        return rest.isEmpty() ? null : rest;
    }

    /** Whether a line could start a list item ({@link #LIST_ITEM}): it starts with a marker or an ASCII letter or digit. */
    private static boolean mayBeListItem(String stripped) {
        if (stripped.isEmpty()) {
            return false;
        }
        char c = stripped.charAt(0);
        return c == '*' || c == '-' || c == '.' || (c < 128 && Character.isLetterOrDigit(c));
    }

    /** The prose lines only (no attribute values, no verbatim content). */
    List<Line> proseLines() {
        return proseLines;
    }

    private static String style(String attrlist) {
        String first = attrlist.split(",", 2)[0].strip();
        if (first.contains("=")) {
            return "";
        }
        int cut = first.length();
        for (char c : new char[] {'#', '.', '%'}) {
            int k = first.indexOf(c);
            if (k >= 0 && k < cut) {
                cut = k;
            }
        }
        return first.substring(0, cut).strip();
    }

    private static Line line(SourceLine sl, Kind kind, String text) {
        return new Line(sl, kind, replaceMacros(text, true), replaceMacros(text, false));
    }

    /** Replaces each {@code tally:} macro by {@link #MARK} (bare) or by the figure as written (view). */
    static String replaceMacros(String text, boolean bare) {
        int at = text.indexOf("tally:");
        if (at < 0 || text.indexOf('[') < 0) {
            return text;
        }
        // what MACRO finds, scanned by hand (it runs on every line of every report)
        StringBuilder b = null;
        int copied = 0;
        while (at >= 0) {
            int targetStart = at + 6;
            int t = targetStart;
            while (t < text.length() && t - targetStart <= 300 && isTargetChar(text.charAt(t))) {
                t++;
            }
            int targetLength = t - targetStart;
            int close = -1;
            if (targetLength >= 1 && targetLength <= 300 && t < text.length() && text.charAt(t) == '[') {
                int e = t + 1;
                while (e < text.length() && e - (t + 1) <= 100 && text.charAt(e) != ']') {
                    e++;
                }
                if (e < text.length() && text.charAt(e) == ']' && e - (t + 1) <= 100) {
                    close = e;
                }
            }
            if (close < 0) {
                at = text.indexOf("tally:", at + 1);
                continue;
            }
            boolean escaped = at > 0 && text.charAt(at - 1) == '\\' && at - 1 >= copied;
            int start = escaped ? at - 1 : at;
            if (b == null) {
                b = new StringBuilder(text.length());
            }
            b.append(text, copied, start);
            if (escaped) {
                b.append(text, at, close + 1);
            } else if (bare) {
                b.append(MARK);
            } else {
                String expected = text.substring(t + 1, close);
                b.append(expected.isBlank() ? text.substring(targetStart, t) : expected.strip());
            }
            copied = close + 1;
            at = text.indexOf("tally:", copied);
        }
        if (b == null) {
            return text;
        }
        b.append(text, copied, text.length());
        return b.toString();
    }

    /** A character of a macro's target: not white space (as {@code \\s} reads it) and not a bracket. */
    private static boolean isTargetChar(char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '[' && c != ']';
    }

    private static void flush(List<Line> current, List<Paragraph> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(paragraph(Kind.TEXT, List.copyOf(current)));
            current.clear();
        }
    }

    private static Paragraph paragraph(Kind kind, List<Line> lines) {
        return new Paragraph(kind, lines, join(lines, true), join(lines, false));
    }

    private static Text join(List<Line> lines, boolean bare) {
        StringBuilder b = new StringBuilder();
        int total = 0;
        for (Line l : lines) {
            total += (bare ? l.bare() : l.view()).length() + 1;
        }
        Line[] owners = new Line[total];
        for (Line l : lines) {
            String t = (bare ? l.bare() : l.view()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && isAsciiWord(b.charAt(b.length() - 1)) && isAsciiWord(t.charAt(0))) {
                owners[b.length()] = l;
                b.append(' ');
            }
            java.util.Arrays.fill(owners, b.length(), b.length() + t.length(), l);
            b.append(t);
        }
        return new Text(b.toString(), java.util.Arrays.copyOf(owners, b.length()));
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ',' || c == '.' || c == ';');
    }

}
