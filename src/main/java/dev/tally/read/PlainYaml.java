package dev.tally.read;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fast reader for the plain YAML that data and checks blocks are nearly always written in: block mappings of
 * plain keys, values that are plain scalars or one-line flow collections (lists, and mappings of plain keys, as
 * in grouped columns), block lists of plain scalars, comments and blank lines. It gives exactly the nodes (texts, plainness, lines) that composing with
 * SnakeYAML and walking the result gives, several times faster, and declines anything else (quotes, block
 * scalars, anchors, tags, multi-line scalars and collections, duplicate keys, empty values, unusual characters)
 * by returning {@link #DECLINED}, so that {@link StrictYaml} reads it the careful way, with its diagnostics.
 * A differential test holds the two readings equal.
 */
final class PlainYaml {

    /** Returned when the text is not in the plain subset. */
    static final YNode DECLINED = new YNode.Scalar("", false, null);

    /** Returned for a document with no content (SnakeYAML composes none). */
    static final YNode EMPTY = new YNode.Scalar("", true, null);

    private static final int MAX_DEPTH = 32;
    private static final int MAX_NODES = 100_000;
    private static final int MAX_LINE = 10_000;
    /** SnakeYAML does not look further than this for a simple key's colon. */
    private static final int MAX_KEY = 1000;

    /** A line that carries content: its index among the block's lines, its indentation and its text. */
    private record Content(int index, int indent, String text) {
    }

    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINE = new Declined();

    private final List<SourceLine> lines;
    private final List<Content> content = new ArrayList<>();
    private int pos;
    private int nodes;

    private PlainYaml(List<SourceLine> lines) {
        this.lines = lines;
    }

    /**
     * Reads the block's lines.
     *
     * @return the root node, {@link #EMPTY} when there is no content, or {@link #DECLINED}
     */
    static YNode read(List<SourceLine> lines) {
        PlainYaml reader = new PlainYaml(lines);
        try {
            return reader.document();
        } catch (Declined e) {
            return DECLINED;
        }
    }

    /**
     * Line {@code i} of the block, as content unless it is blank or a comment. A method of its own, called for every
     * line: a cold JVM compiles it within the first blocks, where a loop in a method called once a block would run
     * interpreted over the first hundred or so.
     */
    private void readLine(int i, String text) {
        if (text.length() > MAX_LINE) {
            throw DECLINE;
        }
        // as an array: a cold JVM interprets this for every line of every block, and charAt costs several
        // calls a character there
        char[] cs = text.toCharArray();
        int indent = 0;
        while (indent < cs.length && cs[indent] == ' ') {
            indent++;
        }
        for (int k = indent; k < cs.length; k++) {
            char c = cs[k];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20 || c <= 0xA0 || c == '\uFEFF' || c >= '\uFFFE'
                    || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                throw DECLINE;
            }
        }
        if (indent == cs.length || cs[indent] == '#') {
            return; // blank or a comment
        }
        String rest = text.substring(indent);
        int comment = rest.indexOf(" #");
        if (comment >= 0) {
            rest = rest.substring(0, comment);
        }
        rest = trimEnd(rest);
        if (indent == 0 && (rest.startsWith("---") || rest.startsWith("..."))) {
            throw DECLINE;
        }
        content.add(new Content(i, indent, rest));
    }

    private YNode document() {
        for (int i = 0; i < lines.size(); i++) {
            readLine(i, lines.get(i).text());
        }
        if (content.isEmpty()) {
            return EMPTY;
        }
        YNode root = node(content.get(0).indent, 0);
        if (pos != content.size()) {
            throw DECLINE;
        }
        return root;
    }

    private YNode node(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Content first = content.get(pos);
        return isItem(first.text) ? sequence(indent, depth) : mapping(indent, depth);
    }

    private static boolean isItem(String text) {
        return text.equals("-") || text.startsWith("- ");
    }

    /** Whether a text (not quoted) reads as a mapping entry: it has a colon followed by a space or the end. */
    private static boolean isEntry(String text) {
        if (text.startsWith("'") || text.startsWith("\"") || text.startsWith("[") || text.startsWith("{")) {
            return false;
        }
        int colon = text.indexOf(':');
        while (colon >= 0) {
            if (colon + 1 == text.length() || text.charAt(colon + 1) == ' ') {
                return true;
            }
            colon = text.indexOf(':', colon + 1);
        }
        return false;
    }

    private YNode.Mapping mapping(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Location at = location(content.get(pos));
        count();
        List<YNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (pos < content.size()) {
            Content line = content.get(pos);
            if (line.indent < indent) {
                break;
            }
            if (line.indent > indent || isItem(line.text)) {
                throw DECLINE;
            }
            int colon = separator(line.text);
            String key = trimEnd(line.text.substring(0, colon));
            if (key.length() > MAX_KEY || !plain(key, false) || key.indexOf(':') >= 0 || !keys.add(key)) {
                throw DECLINE;
            }
            count();
            YNode.Scalar keyNode = new YNode.Scalar(key, true, location(line));
            String value = trimStart(line.text.substring(colon + 1));
            pos++;
            YNode valueNode;
            if (value.isEmpty()) {
                if (pos < content.size() && content.get(pos).indent > indent) {
                    valueNode = node(content.get(pos).indent, depth + 1);
                } else if (pos < content.size() && content.get(pos).indent == indent && isItem(content.get(pos).text)) {
                    valueNode = sequence(indent, depth + 1);
                } else {
                    throw DECLINE; // an empty value: null, read the careful way
                }
            } else {
                valueNode = value(value, line, depth + 1);
                if (pos < content.size() && content.get(pos).indent > indent) {
                    throw DECLINE; // a scalar continued on the next line
                }
            }
            entries.add(new YNode.Entry(keyNode, valueNode));
        }
        return new YNode.Mapping(entries, at);
    }

    private YNode.Sequence sequence(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Location at = location(content.get(pos));
        count();
        List<YNode> items = new ArrayList<>();
        while (pos < content.size()) {
            Content line = content.get(pos);
            if (line.indent < indent || (line.indent == indent && !isItem(line.text))) {
                break;
            }
            if (line.indent > indent) {
                throw DECLINE;
            }
            String item = trimStart(line.text.substring(1));
            if (item.isEmpty()) {
                throw DECLINE;
            }
            if (isEntry(item)) {
                // a mapping that starts on the item's line: its keys stand where the first one does
                int itemIndent = line.indent + line.text.length() - item.length();
                content.set(pos, new Content(line.index, itemIndent, item));
                items.add(mapping(itemIndent, depth + 1));
                continue;
            }
            pos++;
            items.add(value(item, line, depth + 1));
            if (pos < content.size() && content.get(pos).indent > indent) {
                throw DECLINE;
            }
        }
        return new YNode.Sequence(items, at);
    }

    /** A value on a line: a one-line flow collection or a plain or quoted scalar. */
    private YNode value(String text, Content line, int depth) {
        Location at = location(line);
        char first = text.charAt(0);
        if (first == '[' || first == '{') {
            if (text.indexOf('#') >= 0) {
                throw DECLINE; // a comment inside a flow collection: the careful way
            }
            int[] at0 = {0};
            YNode node = flow(text, at0, at, depth);
            if (at0[0] != text.length()) {
                throw DECLINE; // something after the collection closes
            }
            return node;
        }
        count();
        return scalar(text, at, false);
    }

    /** A quoted or plain scalar (plain by the rules of a flow collection when {@code flow}); declined otherwise. */
    private static YNode.Scalar scalar(String text, Location at, boolean flow) {
        String quoted = quoted(text);
        if (quoted != null) {
            return new YNode.Scalar(quoted, false, at);
        }
        if (!plain(text, flow)) {
            throw DECLINE;
        }
        return new YNode.Scalar(text, true, at);
    }

    /**
     * A flow node of a one-line flow collection, from {@code pos[0]}, which it moves past the node and the spaces
     * after it: a list {@code [a, b]}, a mapping {@code {k: v, k2: [x, y]}} (plain keys, each once, a space
     * after each colon), or a scalar, plain or quoted without a comma, bracket or brace inside.
     */
    private YNode flow(String text, int[] pos, Location at, int depth) {
        return flow(text, pos, at, depth, false);
    }

    /** @param item whether this is an item of a flow list, where nothing before a comma is an empty cell */
    private YNode flow(String text, int[] pos, Location at, int depth, boolean item) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        count();
        int i = skipSpaces(text, pos[0]);
        if (i >= text.length()) {
            throw DECLINE;
        }
        char c = text.charAt(i);
        if (c == '[' || c == '{') {
            boolean list = c == '[';
            char close = list ? ']' : '}';
            List<YNode> items = new ArrayList<>();
            List<YNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            pos[0] = skipSpaces(text, i + 1);
            if (pos[0] < text.length() && text.charAt(pos[0]) == close) {
                pos[0] = skipSpaces(text, pos[0] + 1);
                return list ? new YNode.Sequence(items, at) : new YNode.Mapping(entries, at);
            }
            while (true) {
                if (list) {
                    items.add(flow(text, pos, at, depth + 1, true));
                } else {
                    int k = skipSpaces(text, pos[0]);
                    int colon = text.indexOf(':', k);
                    if (colon < 0 || colon + 1 >= text.length() || text.charAt(colon + 1) != ' ') {
                        throw DECLINE; // no key, a key without a value, or a colon not followed by a space
                    }
                    String key = trimEnd(text.substring(k, colon));
                    if (key.length() > MAX_KEY || !plain(key, true) || !keys.add(key)) {
                        throw DECLINE;
                    }
                    count();
                    pos[0] = colon + 1;
                    YNode.Scalar keyNode = new YNode.Scalar(key, true, at);
                    entries.add(new YNode.Entry(keyNode, flow(text, pos, at, depth + 1)));
                }
                if (pos[0] >= text.length()) {
                    throw DECLINE;
                }
                char next = text.charAt(pos[0]);
                if (next == ',') {
                    pos[0]++;
                    int after = skipSpaces(text, pos[0]);
                    if (list && after < text.length() && text.charAt(after) == close) {
                        pos[0] = skipSpaces(text, after + 1); // [1, 2, ]: YAML allows a comma after the last item
                        return new YNode.Sequence(items, at);
                    }
                    continue;
                }
                if (next == close) {
                    pos[0] = skipSpaces(text, pos[0] + 1);
                    return list ? new YNode.Sequence(items, at) : new YNode.Mapping(entries, at);
                }
                throw DECLINE;
            }
        }
        // a scalar: up to the next comma or bracket
        int end = i;
        for (int n = text.length(); end < n; end++) {
            char e = text.charAt(end);
            if (e == ',' || e == '[' || e == ']' || e == '{' || e == '}') {
                break;
            }
        }
        String value = trimEnd(text.substring(i, end));
        pos[0] = end;
        if (value.isEmpty()) {
            if (item && end < text.length() && text.charAt(end) == ',') {
                // [1, , 3]: not YAML, but what a row pasted from a spreadsheet with a cell left empty looks like;
                // read as an empty cell, so that the table names its row and column and its other cells are read
                count();
                return new YNode.Scalar("", true, at);
            }
            throw DECLINE;
        }
        if (item && value.equals("-") && end == i + 1) {
            // [5, -, 5]: a dash for nil, as published tables write it; a plain "-" to SnakeYAML too (not before a
            // space), read here so that an empty cell beside it is still read as one (trial AG, 2)
            count();
            return new YNode.Scalar("-", true, at);
        }
        return scalar(value, at, true);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The text of a one-line quoted scalar: single-quoted with {@code ''} for a quote, or double-quoted
     * without escapes; null when the text does not start with a quote. Anything else quoted is declined.
     */
    private static String quoted(String text) {
        char q = text.charAt(0);
        if (q != '\'' && q != '"') {
            return null;
        }
        if (text.length() < 2 || text.charAt(text.length() - 1) != q) {
            throw DECLINE;
        }
        String inside = text.substring(1, text.length() - 1);
        if (q == '"') {
            if (inside.indexOf('"') >= 0 || inside.indexOf('\\') >= 0) {
                throw DECLINE;
            }
            return inside;
        }
        int k = inside.indexOf('\'');
        if (k < 0) {
            return inside;
        }
        StringBuilder b = new StringBuilder(inside.length());
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\'') {
                if (i + 1 >= inside.length() || inside.charAt(i + 1) != '\'') {
                    throw DECLINE;
                }
                i++;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Where the mapping value separator of a key line is: the first colon followed by a space or the end. */
    private static int separator(String text) {
        int from = 0;
        while (true) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                throw DECLINE;
            }
            if (colon + 1 == text.length() || text.charAt(colon + 1) == ' ') {
                return colon;
            }
            from = colon + 1;
        }
    }

    /**
     * Whether a trimmed text is a plain scalar that reads the same in every YAML reader: no indicator at its
     * start (a minus only before a digit or point), no {@code ": "} inside and no colon at its end; in a flow
     * list no bracket, brace, comment sign, comma or colon at all. The texts that YAML 1.1
     * resolves to tags Tally refuses ({@code <<}, {@code =}) are declined too.
     */
    private static boolean plain(String text, boolean flow) {
        if (text.isEmpty() || text.equals("<<") || text.equals("=")) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '-') {
            if (text.length() < 2 || !(Character.isDigit(text.charAt(1)) || text.charAt(1) == '.')) {
                return false;
            }
        } else if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        char[] cs = text.toCharArray(); // see document()
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            switch (c) {
                case '[', ']', '{', '}', '#', ',' -> {
                    if (flow) {
                        return false;
                    }
                }
                case ':' -> {
                    if (flow || i + 1 == cs.length || cs[i + 1] == ' ') {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private void count() {
        if (++nodes > MAX_NODES) {
            throw DECLINE;
        }
    }

    private Location location(Content line) {
        return lines.get(line.index).location();
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private static String trimStart(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        return start == 0 ? s : s.substring(start);
    }
}
