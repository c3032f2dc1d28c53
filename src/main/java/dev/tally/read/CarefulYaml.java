package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.tally.read.StrictYaml.MAX_ALIASES;
import static dev.tally.read.StrictYaml.MAX_CHARS;
import static dev.tally.read.StrictYaml.MAX_DEPTH;
import static dev.tally.read.StrictYaml.MAX_NODES;

/**
 * The careful way of {@link StrictYaml}: composed by SnakeYAML, never constructed, then walked with every
 * check (tags, merge keys, duplicate keys, complex keys, depth, node count). Loaded only when a block is not
 * plain YAML ({@link PlainYaml} declines it).
 */
final class CarefulYaml {

    private static final Set<Tag> IMPLICIT = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final Diagnostics diagnostics;

    /**
     * A list item or a key's value that starts with a quoted text and goes on after its closing quote
     * ({@code - "w.total" = 10}, {@code note: "a" b}): group 1 the quoted text, group 2 what follows.
     */
    private static final Pattern QUOTED_START =
            Pattern.compile("\\s*(?:-\\s+|[^\"'#:\\s][^:#]*:\\s+)(\"[^\"\\\\]*\"|'[^']*')(\\s*[^\\s#,\\]}].*)");

    /** An empty item in a flow list: {@code [, 1]}, {@code [1, , 2]}. */
    private static final Pattern EMPTY_CELL = Pattern.compile("\\[\\s*,|,\\s*,");

    /** A key followed by a full-width colon, where YAML wants {@code :}: {@code 新收：[5, 1]}. */
    private static final Pattern FULLWIDTH_COLON = Pattern.compile("^[ \\t\u3000]*(?:- )?[^\\s:#'\"\\[{][^:：]*：");

    /**
     * The line, at or just before where YAML gave up, that holds what a Chinese input method types for YAML's own
     * characters: a full-width colon after a key, or a full-width space (U+3000) in the indentation or at the end.
     */
    private static SourceLine inputMethod(List<SourceLine> lines, int markLine) {
        for (int k = Math.min(markLine, lines.size() - 1); k >= Math.max(0, markLine - 1); k--) {
            String t = lines.get(k).text();
            String stripped = t.strip();
            boolean space = !stripped.isEmpty() && (t.charAt(0) == '\u3000' || t.startsWith(" ") && t.stripLeading()
                    .length() < t.length() && t.substring(0, t.length() - t.stripLeading().length()).indexOf('\u3000') >= 0
                    || t.charAt(t.length() - 1) == '\u3000');
            if (FULLWIDTH_COLON.matcher(t).find() || space) {
                return lines.get(k);
            }
        }
        return null;
    }

    CarefulYaml(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reads with SnakeYAML (composed, never constructed) and walks the nodes with every check. */
    YNode read(CharSequence text, List<SourceLine> lines, Location blockAt) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1024);
        options.setProcessComments(false);
        // nothing is ever constructed from these nodes: let every tag through composing, so that the walk
        // below reports each one the same way
        options.setTagInspector(tag -> true);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text.toString()));
        } catch (MarkedYAMLException e) {
            return mended(options, text.toString(), e, lines, blockAt);
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // a character YAML does not allow (a control character pasted in): name it, at its own line
            String text0 = text.toString();
            int offset = text0.offsetByCodePoints(0, Math.min(Math.max(e.getPosition(), 0),
                    text0.codePointCount(0, text0.length())));
            int line = (int) text0.substring(0, offset).chars().filter(c -> c == '\n').count();
            Location where = lines.isEmpty() ? blockAt : lines.get(Math.min(line, lines.size() - 1)).location();
            diagnostics.error(where, "yaml.syntax", clean(e.getMessage()) + String.format(" (U+%04X)", e.getCodePoint()));
            return null;
        } catch (YAMLException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Number of aliases")) {
                diagnostics.error(blockAt, "yaml.too-many-aliases", MAX_ALIASES);
            } else if (e.getMessage() != null && e.getMessage().startsWith("Nesting Depth exceeded")) {
                // SnakeYAML's own limit, met before the walk's (trial L, 12): said as the walk says it
                diagnostics.error(blockAt, "yaml.too-deep", e.getMessage().replaceAll("\\D+", ""));
            } else {
                diagnostics.error(blockAt, "yaml.syntax", clean(e.getMessage()));
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(blockAt, "yaml.syntax", e.getClass().getSimpleName());
            return null;
        }
        if (root == null) {
            return null;
        }
        Walker walker = new Walker(lines, blockAt, false);
        return walker.convert(root, 0);
    }

    /** Says what kept the block from being YAML, at the line to mend. */
    private void syntaxError(MarkedYAMLException e, List<SourceLine> lines, Location blockAt) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (e.getContextMark() != null && e.getContext() != null && e.getContext().contains("quoted scalar")) {
            mark = e.getContextMark(); // an unclosed quote is found at the block's end: show where it opens
        }
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (problem != null && problem.startsWith("could not find expected ':'") && e.getContextMark() != null) {
            mark = e.getContextMark(); // the key without its colon, not the line YAML looked on for it (trial AN, 8)
        }
        Location where = at(lines, mark, blockAt);
        String line = mark == null || lines.isEmpty() ? ""
                : lines.get(Math.min(Math.max(mark.getLine(), 0), lines.size() - 1)).text();
        Matcher empty = EMPTY_CELL.matcher(line);
        Matcher quoted = QUOTED_START.matcher(line);
        Unclosed unclosed = openedBefore(e, lines.size()) ? unclosed(problem) : null;
        SourceLine typed = mark == null ? null : inputMethod(lines, mark.getLine());
        if (typed != null) {
            // a full-width colon or space from a Chinese input method: named, at its own line (trial AE, 5)
            diagnostics.error(typed.location(), FULLWIDTH_COLON.matcher(typed.text()).find()
                    ? "yaml.fullwidth-colon" : "yaml.fullwidth-space");
        } else if (quoted.matches()) {
            // - "w.total" = 10: YAML reads the quoted part as the whole item and cannot place the rest (trial AG, 10)
            diagnostics.error(where, "yaml.quoted-start", quoted.group(1), quoted.group(2).strip());
        } else if (problem != null && problem.contains("'`'")) {
            diagnostics.error(where, "yaml.backquote", clean(problem));
        } else if (empty.find()) {
            // a table row pasted from a spreadsheet with a cell left empty: say so, with the row's name
            int colon = line.indexOf(':');
            diagnostics.error(where, "yaml.empty-cell", colon > 0 ? line.substring(0, colon).strip() : line.strip());
        } else if (longKey(line) > 0) {
            // SnakeYAML stops reading a key at 1024 characters and complains of what follows
            diagnostics.error(where, "yaml.key-too-long", longKey(line), SIMPLE_KEY_LIMIT);
        } else if (unclosed != null) {
            // a [ or { left open: YAML reads the next lines as more of it and stumbles there; said where it
            // opens, the line to mend, naming the line it stumbled on
            diagnostics.error(at(lines, e.getContextMark(), blockAt), unclosed.code(), where.line(),
                    unclosed.found());
        } else {
            diagnostics.error(where, "yaml.syntax", problem(problem));
        }
    }

    /** The line (from 0) of the block where a problem was met; -1 where none is known. */
    private static int line(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? -1 : mark.getLine();
    }

    /** What stands for an empty cell in the text read again: a private-use character, which no report holds. */
    private static final String EMPTY_MARK = "\uE000";

    /** How many times a block is mended and read again, at the most. */
    private static final int MENDS = 8;

    /**
     * The block read again with what kept it from being YAML mended, where the mistake is plain, so that the
     * block's other problems are said in the same build: an empty item of a flow list ({@code [1, , 3]}) is read as
     * an empty cell, as the fast reader reads it, which the table then names by row and column (trial AT, 9); a
     * line indented out of step with its neighbours is said at its line and read as if it were in step (trial AT,
     * 10), the block then used by nothing, since what it was meant to say is a guess. Null, with the problems
     * said, where the block cannot be mended.
     */
    private YNode mended(LoaderOptions options, String text, MarkedYAMLException first, List<SourceLine> lines,
            Location blockAt) {
        String current = text;
        MarkedYAMLException e = first;
        int marked = 0;
        boolean firstSaid = false;
        boolean lastSaid = false;
        for (int attempt = 0; attempt < MENDS; attempt++) {
            String next = null;
            if (marked == 0) {
                int[] m = {0};
                String with = markEmptyCells(current, m);
                if (m[0] > 0) {
                    marked = m[0];
                    next = with;
                }
            }
            if (next == null) {
                next = reindented(e, current, lines);
                lastSaid = next != null;
                firstSaid |= lastSaid && e == first;
            }
            if (next == null) {
                break;
            }
            current = next;
            try {
                Node root = new Yaml(options).compose(new StringReader(current));
                int[] found = {0};
                if (root != null && marksAreCells(root, found, java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>())) && found[0] == marked) {
                    return new Walker(lines, blockAt, marked > 0).convert(root, 0);
                }
                break; // a mark read as something else: not an empty cell after all
            } catch (MarkedYAMLException later) {
                e = later;
                lastSaid = false;
            } catch (RuntimeException | StackOverflowError other) {
                break;
            }
        }
        if (!firstSaid) {
            syntaxError(first, lines, blockAt);
        }
        if (e != first && !lastSaid && line(e) != line(first)) {
            // mended where it stumbled first, the block stumbles elsewhere: that problem is said too, not left for
            // the next build
            syntaxError(e, lines, blockAt);
        }
        return null;
    }

    /**
     * The text with the line that YAML stumbled on for its indentation, or the one above it, put in step with its
     * neighbours, after saying so at that line naming both; null, with nothing said, where the problem is another
     * or which line is out of step is not plain.
     */
    private String reindented(MarkedYAMLException e, String current, List<SourceLine> lines) {
        String problem = e.getProblem();
        if (problem == null || e.getProblemMark() == null || !(problem.startsWith("expected <block end>")
                || problem.startsWith("mapping values are not allowed here"))) {
            return null;
        }
        String[] text = current.split("\n", -1);
        int l = e.getProblemMark().getLine();
        if (l >= text.length || l >= lines.size() || !isContent(text[l])) {
            return null;
        }
        int p = contentBefore(text, l);
        if (p < 0) {
            return null;
        }
        int atL = indent(text[l]);
        int atP = indent(text[p]);
        int lineL = lines.get(l).location().line();
        int lineP = lines.get(p).location().line();
        if (atL > atP && holdsValue(text[p])) {
            int q = contentBefore(text, p);
            if (q >= 0 && indent(text[q]) == atL) {
                // the line above is the one out of step: its neighbours on both sides stand further in
                diagnostics.error(lines.get(p).location(), "yaml.indent-odd", spaces(atP), spaces(atL), lineP,
                        lineL);
                text[p] = " ".repeat(atL) + text[p].substring(atP);
            } else {
                diagnostics.error(lines.get(l).location(), "yaml.indent-deeper", spaces(atL), lineP, spaces(atP),
                        lineL);
                text[l] = " ".repeat(atP) + text[l].substring(atL);
            }
        } else if (atL < atP) {
            int n = contentAfter(text, l);
            int g = l;
            do {
                g = contentBefore(text, g);
            } while (g >= 0 && indent(text[g]) > atL);
            if (n >= 0 && indent(text[n]) == atP) {
                // this line stands out, the lines above and below it further in
                diagnostics.error(lines.get(l).location(), "yaml.indent-odd", spaces(atL), spaces(atP), lineP,
                        lineL);
            } else if (g >= 0 && indent(text[g]) < atL) {
                // in from the line above, but not as far as the group it would end
                diagnostics.error(lines.get(l).location(), "yaml.indent-between", spaces(atL), lineP,
                        spaces(atP), lines.get(g).location().line(), spaces(indent(text[g])));
            } else {
                return null;
            }
            text[l] = " ".repeat(atP) + text[l].substring(atL);
        } else {
            return null;
        }
        return String.join("\n", text);
    }

    private static String spaces(int n) {
        return Messages.countRef(n, "space");
    }

    private static boolean isContent(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#");
    }

    private static int contentBefore(String[] text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (isContent(text[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int contentAfter(String[] text, int i) {
        for (int k = i + 1; k < text.length; k++) {
            if (isContent(text[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a line holds a key with its value, or a list item: no group of lines below it belongs to it. */
    private static boolean holdsValue(String line) {
        String t = line.strip();
        int comment = t.indexOf(" #");
        if (comment >= 0) {
            t = t.substring(0, comment).strip();
        }
        return !t.endsWith(":") && !t.equals("-");
    }

    /** Whether every mark in the nodes is a plain scalar of its own; counts them in {@code found[0]}. */
    private static boolean marksAreCells(Node node, int[] found, Set<Node> seen) {
        if (!seen.add(node)) {
            return true;
        }
        if (node instanceof ScalarNode s) {
            if (s.getValue().equals(EMPTY_MARK) && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                found[0]++;
                return true;
            }
            return !s.getValue().contains(EMPTY_MARK);
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!marksAreCells(item, found, seen)) {
                    return false;
                }
            }
            return true;
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!marksAreCells(t.getKeyNode(), found, seen) || !marksAreCells(t.getValueNode(), found, seen)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with a mark before each comma of a flow list that follows its opening bracket or another comma
     * with nothing between (outside quotes and comments); {@code marked[0]} counts them.
     */
    static String markEmptyCells(String text, int[] marked) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder open = new StringBuilder(); // the flow collections open here, innermost last
        char quote = 0;
        boolean comment = false;
        char before = '\n'; // the last character that is not a space, outside quotes
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                comment = false;
            } else if (comment) {
                out.append(c);
                continue;
            } else if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    out.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        out.append(c).append(text.charAt(++i));
                        continue;
                    }
                    quote = 0;
                    before = c;
                }
                out.append(c);
                continue;
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                comment = true;
            } else if ((c == '\'' || c == '"') && "\n[{,:-".indexOf(before) >= 0) {
                quote = c;
            } else if (c == '[' || c == '{') {
                open.append(c);
            } else if ((c == ']' || c == '}') && open.length() > 0) {
                open.setLength(open.length() - 1);
            } else if (c == ',' && open.length() > 0 && open.charAt(open.length() - 1) == '['
                    && (before == '[' || before == ',')) {
                out.append(EMPTY_MARK);
                marked[0]++;
            }
            if (c != ' ' && c != '\t' && c != '\r' && !(c == '\n' && open.length() > 0)) {
                before = c;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The index of the first half of a surrogate pair that stands alone in {@code text}, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the flow collection a problem is met in was opened on an earlier line than the problem, and the
     * problem is on a line of the block (not its end).
     */
    private static boolean openedBefore(MarkedYAMLException e, int lines) {
        return e.getContextMark() != null && e.getProblemMark() != null
                && e.getContextMark().getLine() < e.getProblemMark().getLine() && e.getProblemMark().getLine() < lines;
    }

    /** The most characters YAML allows in a key written without {@code ?} (an implicit key). */
    static final int SIMPLE_KEY_LIMIT = 1024;

    /** The length of the line's key where it is over YAML's limit, else 0. */
    private static int longKey(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0 && line.stripTrailing().endsWith(":")) {
            colon = line.stripTrailing().length() - 1;
        }
        int length = colon < 0 ? 0 : line.substring(0, colon).strip().length();
        return length > SIMPLE_KEY_LIMIT ? length : 0;
    }

    /** SnakeYAML's problems that pasted tables run into most, in the reader's language; other ones as they are. */
    private static final List<Map.Entry<Pattern, String>> PROBLEMS = List.of(
            Map.entry(Pattern.compile("expected ',' or ']', but got (.*)"), "yaml.problem.list"),
            Map.entry(Pattern.compile("expected ',' or '}', but got (.*)"), "yaml.problem.mapping"),
            Map.entry(Pattern.compile("mapping values are not allowed here()"), "yaml.problem.colon"),
            Map.entry(Pattern.compile("found unexpected end of stream()"), "yaml.problem.quote"),
            Map.entry(Pattern.compile("found undefined alias (.*)"), "yaml.problem.alias"),
            Map.entry(Pattern.compile("found unknown escape character (.*?)(?:\\(\\d+\\))?"), "yaml.problem.escape"),
            Map.entry(Pattern.compile("expected <block end>, but found (.*)"), "yaml.problem.indent"),
            Map.entry(Pattern.compile("found character '(.*?)' that cannot start any token.*"), "yaml.problem.start"),
            Map.entry(Pattern.compile("expected the node content, but found (.*)"), "yaml.problem.missing"),
            Map.entry(Pattern.compile("could not find expected ':'()"), "yaml.problem.no-colon"),
            Map.entry(Pattern.compile("did not find expected key()"), "yaml.problem.indent-key"));

    static String problem(String message) {
        String text = clean(message);
        for (Map.Entry<Pattern, String> p : PROBLEMS) {
            Matcher m = p.getKey().matcher(text);
            if (m.matches()) {
                String token = token(m);
                String word = word(token);
                return Messages.ref(p.getValue(), word != null ? Messages.key(word) : token);
            }
        }
        return text;
    }

    /** A [ ] list or a { } mapping not closed: the message's code, and what YAML stumbled on (an argument). */
    private record Unclosed(String code, String found) {
    }

    /** For a [ ] list or a { } mapping not closed, its message; null for any other problem. */
    private static Unclosed unclosed(String message) {
        String text = clean(message);
        for (int i = 0; i < 2; i++) { // the first two PROBLEMS: a list's, a mapping's
            Matcher m = PROBLEMS.get(i).getKey().matcher(text);
            if (m.matches()) {
                String token = token(m);
                String word = word(token);
                return new Unclosed(i == 0 ? "yaml.unclosed-list" : "yaml.unclosed-mapping",
                        word != null ? Messages.ref(word) : "'" + token + "'");
            }
        }
        return null;
    }

    /** What SnakeYAML found, as a problem's group 1 holds it. */
    private static String token(Matcher m) {
        return m.group(1).replaceAll("^'(.*)'$", "$1").replace("\\t(TAB)", "TAB");
    }

    /** SnakeYAML's name of what it found, as the key of its words (trial P, 13); null for a character found. */
    private static String word(String token) {
        return switch (token) {
            case "<stream end>" -> "yaml.token.end";
            case "<block mapping start>" -> "yaml.token.mapping";
            case "<block sequence start>", "<block entry>" -> "yaml.token.item";
            case "<scalar>" -> "yaml.token.value";
            case "<block end>" -> "yaml.token.block-end";
            case "?" -> "yaml.token.key"; // SnakeYAML's name of a key token (trial AN, 8)
            case "-" -> "yaml.token.item";
            default -> null;
        };
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        String first = message.strip();
        int nl = first.indexOf('\n');
        return nl > 0 ? first.substring(0, nl) : first;
    }

    static Location at(List<SourceLine> lines, Mark mark, Location fallback) {
        if (mark == null || lines.isEmpty()) {
            return fallback;
        }
        int index = Math.min(Math.max(mark.getLine(), 0), lines.size() - 1);
        return lines.get(index).location();
    }

    private final class Walker {
        private final List<SourceLine> lines;
        private final Location blockAt;
        private int nodes;
        private boolean failed;
        /** The anchored nodes met so far: one met again is an alias's. SnakeYAML bounds aliases of collections only. */
        private final java.util.Set<Node> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int aliases;
        private int inAlias;

        /** Whether the text read holds marks of empty cells ({@link #EMPTY_MARK}). */
        private final boolean marks;

        Walker(List<SourceLine> lines, Location blockAt, boolean marks) {
            this.lines = lines;
            this.blockAt = blockAt;
            this.marks = marks;
        }

        YNode convert(Node node, int depth) {
            YNode result = walk(node, depth);
            return failed ? null : result;
        }

        private YNode walk(Node node, int depth) {
            if (failed) {
                return null;
            }
            // only a node with an anchor can be met again: the others are not kept
            boolean again = node.getAnchor() != null && !met.add(node);
            if (again && inAlias == 0 && ++aliases > MAX_ALIASES) {
                // FORMAT.md: more than a few aliases are an error, of a number as of a list (trial T, 8)
                fail(blockAt, "yaml.too-many-aliases", MAX_ALIASES);
                return null;
            }
            if (!again) {
                return walkNode(node, depth);
            }
            inAlias++; // what an alias of a list or mapping holds is met again, and no alias of its own
            try {
                return walkNode(node, depth);
            } finally {
                inAlias--;
            }
        }

        private YNode walkNode(Node node, int depth) {
            Location where = at(lines, node.getStartMark(), blockAt);
            if (++nodes > MAX_NODES) {
                fail(where, "yaml.too-many-nodes", MAX_NODES);
                return null;
            }
            if (depth > MAX_DEPTH) {
                fail(where, "yaml.too-deep", MAX_DEPTH);
                return null;
            }
            Tag tag = node.getTag();
            if (tag.equals(Tag.MERGE)) {
                fail(where, "yaml.merge-key");
                return null;
            }
            if (!IMPLICIT.contains(tag) || explicitlyTagged(node)) {
                fail(where, "yaml.tag", tag.getValue().replace(Tag.PREFIX, "!!"));
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                int half = loneSurrogate(scalar.getValue());
                if (half >= 0) {
                    // "\uD800": half of a character, which no page or result file can hold (trial AF, 1)
                    fail(where, "yaml.lone-surrogate",
                            String.format(java.util.Locale.ROOT, "\\u%04X", (int) scalar.getValue().charAt(half)));
                    return null;
                }
                boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                if (marks && plain && scalar.getValue().equals(EMPTY_MARK)) {
                    return new YNode.Scalar("", true, where); // an empty cell, as the fast reader reads it
                }
                return new YNode.Scalar(scalar.getValue(), plain, where);
            }
            if (node instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    items.add(walk(item, depth + 1));
                }
                return new YNode.Sequence(items, where);
            }
            MappingNode map = (MappingNode) node;
            List<YNode.Entry> entries = new ArrayList<>(map.getValue().size());
            Map<String, YNode.Scalar> seen = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyAt = at(lines, keyNode.getStartMark(), blockAt);
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    fail(keyAt, "yaml.merge-key");
                    return null;
                }
                if (!(keyNode instanceof ScalarNode)) {
                    fail(keyAt, "yaml.complex-key");
                    return null;
                }
                YNode key = walk(keyNode, depth + 1);
                if (!(key instanceof YNode.Scalar k)) {
                    return null;
                }
                YNode.Scalar previous = seen.putIfAbsent(k.text(), k);
                if (previous != null) {
                    // the walk goes on (trial Q, 2): every duplicate, and what else the block holds, is reported
                    // at once; the block is then read for its other problems but used by no check (StrictYaml)
                    diagnostics.error(keyAt, "yaml.duplicate-key", k.text(), previous.location().line());
                    walk(tuple.getValueNode(), depth + 1);
                    continue;
                }
                entries.add(new YNode.Entry(k, walk(tuple.getValueNode(), depth + 1)));
            }
            return new YNode.Mapping(entries, where);
        }

        /**
         * Whether the node carries a tag written out ({@code !!str 12}, {@code &a !!int 1}): a node's text starts
         * with its properties, anchor and tag. Such a tag is refused even when it names a kind Tally reads, so
         * that {@code !!str 12} never passes for the number 12.
         */
        private boolean explicitlyTagged(Node node) {
            Mark mark = node.getStartMark();
            if (mark == null || mark.getLine() < 0 || mark.getLine() >= lines.size()) {
                return false;
            }
            String text = lines.get(mark.getLine()).text();
            int i;
            try {
                i = text.offsetByCodePoints(0, mark.getColumn());
            } catch (IndexOutOfBoundsException e) {
                return false;
            }
            if (i < text.length() && text.charAt(i) == '&') {
                while (i < text.length() && text.charAt(i) != ' ') {
                    i++;
                }
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
            }
            return i < text.length() && text.charAt(i) == '!';
        }

        private void fail(Location where, String code, Object... args) {
            if (!failed) {
                diagnostics.error(where, code, args);
            }
            failed = true;
        }
    }
}
