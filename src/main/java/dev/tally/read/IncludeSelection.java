package dev.tally.read;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an include directive's attributes ask for, read as Asciidoctor reads them: {@code lines=}, {@code tag=},
 * {@code tags=} (with {@code !name}, {@code *} and {@code **}) and {@code opts=optional}. Tally checks the lines
 * Asciidoctor renders, so a selection that cuts a data block in half is an unterminated block in both. Each
 * selected line keeps its own file and line.
 */
final class IncludeSelection {

    /** A tag directive found on a line: {@code end::name[]} or {@code tag::name[]}. */
    record Directive(boolean end, String tag) {
    }

    /**
     * The first tag directive on a line, as Asciidoctor's {@code \b(?:tag|(e)nd)::(\S+?)\[\](?=$|[ \r])} finds it:
     * {@code tag::} or {@code end::} at a word's start, then a run of non-blank characters ending in {@code []},
     * followed by the line's end, a space or a carriage return. Read in one pass: the regular expression takes
     * time in the square of a long line's length where it fails, and a partial is anybody's text.
     */
    static Directive directive(String line) {
        int from = 0;
        while (true) {
            int at = line.indexOf("::", from);
            if (at < 3) {
                if (at < 0) {
                    return null;
                }
                from = at + 1;
                continue;
            }
            String word = line.substring(at - 3, at);
            boolean starts = at - 3 == 0 || !isWordChar(line.charAt(at - 4));
            if (starts && (word.equals("tag") || word.equals("end"))) {
                int start = at + 2;
                int stop = start;
                while (stop < line.length() && !isBlank(line.charAt(stop))) {
                    stop++;
                }
                boolean followed = stop == line.length() || line.charAt(stop) == ' ' || line.charAt(stop) == '\r';
                if (followed && stop - start >= 3 && line.startsWith("[]", stop - 2)) {
                    return new Directive(word.equals("end"), line.substring(start, stop - 2));
                }
                // a directive further on in this run of non-blanks ends where this one does, and fails as it did
                from = Math.max(stop, at + 1);
                continue;
            }
            from = at + 1;
        }
    }

    /** A word character as Java's {@code \b} sees one: a letter, a digit or {@code _}. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** What {@code \S} does not match: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private final Map<String, String> attributes;

    private IncludeSelection(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    /** The named attributes of {@code attrlist}, the text between an include's brackets. */
    static IncludeSelection of(String attrlist) {
        return new IncludeSelection(named(attrlist));
    }

    /** Whether the include is optional ({@code opts=optional}): a missing target is skipped, not an error. */
    boolean optional() {
        for (String key : List.of("opts", "options")) {
            String value = attributes.get(key);
            if (value != null) {
                for (String option : value.split(",")) {
                    if (option.strip().equals("optional")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What {@link #apply} selected, and what Asciidoctor would warn of while selecting it. */
    record Result(List<SourceLine> lines, List<String> missingTags, List<Unclosed> unclosedTags) {
    }

    /** A tag opened at {@code at} and never closed. */
    record Unclosed(String tag, Location at) {
    }

    /** The lines of the included file that this include takes, in order. */
    Result apply(List<SourceLine> lines) {
        if (attributes.containsKey("lines")) {
            List<long[]> ranges = lineRanges(attributes.get("lines"));
            if (ranges != null) {
                return new Result(selectLines(lines, ranges), List.of(), List.of());
            }
            return new Result(lines, List.of(), List.of());
        }
        Map<String, Boolean> tags = tags();
        return tags == null ? new Result(lines, List.of(), List.of()) : selectTags(lines, tags);
    }

    // --- lines=

    /** The {@code lines=} value as ranges {from, to} (to is {@link Long#MAX_VALUE} for "to the end"); null for none. */
    private static List<long[]> lineRanges(String value) {
        List<long[]> ranges = new ArrayList<>();
        for (String def : splitDelimited(value)) {
            int dots = def.indexOf("..");
            if (dots >= 0) {
                long from = toI(def.substring(0, dots));
                String toText = def.substring(dots + 2);
                long to = toText.isEmpty() ? -1 : toI(toText);
                if (to < 0) {
                    ranges.add(new long[] {from, from});
                    ranges.add(new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
                } else if (from <= to) {
                    ranges.add(new long[] {from, to});
                }
            } else {
                long n = toI(def);
                ranges.add(new long[] {n, n});
            }
        }
        return ranges.isEmpty() ? null : ranges;
    }

    /**
     * Asciidoctor walks the file with the sorted line numbers, taking a line when it is the next number wanted and
     * everything once only "to the end" is left. So a number below 1 selects nothing at all, and
     * {@code 2..-1;10} takes line 2 and then 10 onwards.
     */
    private static List<SourceLine> selectLines(List<SourceLine> lines, List<long[]> ranges) {
        long min = Long.MAX_VALUE;
        long maxFinite = Long.MIN_VALUE;
        boolean toTheEnd = false;
        for (long[] r : ranges) {
            if (r[0] == Long.MAX_VALUE) {
                toTheEnd = true;
            } else {
                min = Math.min(min, r[0]);
                maxFinite = Math.max(maxFinite, r[1]);
            }
        }
        List<SourceLine> out = new ArrayList<>();
        if (min < 1) {
            return out;
        }
        // one walk over the lines and the ranges sorted by their start: as many ranges as the attribute holds
        List<long[]> sorted = new ArrayList<>();
        for (long[] r : ranges) {
            if (r[0] != Long.MAX_VALUE) {
                sorted.add(r);
            }
        }
        sorted.sort(java.util.Comparator.comparingLong(r -> r[0]));
        int next = 0;
        long coveredTo = 0; // the furthest end of the ranges started so far
        for (int i = 0; i < lines.size(); i++) {
            long n = i + 1L;
            while (next < sorted.size() && sorted.get(next)[0] <= n) {
                coveredTo = Math.max(coveredTo, sorted.get(next)[1]);
                next++;
            }
            if (n <= coveredTo || (toTheEnd && n > maxFinite)) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    // --- tag= and tags=

    /** The tags asked for, each to be taken (true) or left out (false), in the order written; null for none. */
    private Map<String, Boolean> tags() {
        Map<String, Boolean> tags = new LinkedHashMap<>();
        List<String> defs;
        if (attributes.containsKey("tag")) {
            defs = List.of(attributes.get("tag"));
        } else if (attributes.containsKey("tags")) {
            defs = splitDelimited(attributes.get("tags"));
        } else {
            return null;
        }
        for (String def : defs) {
            if (!def.isEmpty() && !def.equals("!")) {
                if (def.startsWith("!")) {
                    tags.put(def.substring(1), false);
                } else {
                    tags.put(def, true);
                }
            }
        }
        return tags.isEmpty() ? null : tags;
    }

    private record Open(String tag, Boolean select, SourceLine line) {
    }

    private static Result selectTags(List<SourceLine> lines, Map<String, Boolean> tags) {
        Boolean wildcard = null;
        boolean select;
        boolean baseSelect;
        if (tags.containsKey("**")) {
            select = baseSelect = tags.remove("**");
            if (tags.containsKey("*")) {
                wildcard = tags.remove("*");
            } else if (!select && !tags.isEmpty() && !tags.values().iterator().next()) {
                wildcard = true;
            }
        } else if (tags.containsKey("*")) {
            if (tags.keySet().iterator().next().equals("*")) {
                wildcard = tags.remove("*");
                select = baseSelect = !wildcard;
            } else {
                select = baseSelect = false;
                wildcard = tags.remove("*");
            }
        } else {
            select = baseSelect = !tags.containsValue(true);
        }
        List<SourceLine> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        List<String> found = new ArrayList<>();
        String active = null;
        for (SourceLine line : lines) {
            String l = line.text();
            Directive d = l.contains("::") && l.contains("[]") ? directive(l) : null;
            if (d != null) {
                String tag = d.tag();
                if (d.end()) {
                    if (tag.equals(active)) {
                        stack.remove(stack.size() - 1);
                        Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                        active = top == null ? null : top.tag();
                        select = top == null ? baseSelect : top.select();
                    } else if (tags.containsKey(tag)) {
                        for (int i = stack.size() - 1; i >= 0; i--) {
                            if (stack.get(i).tag().equals(tag)) {
                                stack.remove(i);
                                break;
                            }
                        }
                    }
                } else if (tags.containsKey(tag)) {
                    select = tags.get(tag);
                    if (select && !found.contains(tag)) {
                        found.add(tag);
                    }
                    stack.add(new Open(active = tag, select, line));
                } else if (wildcard != null) {
                    select = active != null && !select ? false : wildcard;
                    stack.add(new Open(active = tag, select, line));
                }
            } else if (select) {
                out.add(line);
            }
        }
        List<String> missing = new ArrayList<>();
        tags.forEach((tag, wanted) -> {
            if (wanted && !found.contains(tag)) {
                missing.add(tag);
            }
        });
        return new Result(out, missing, stack.stream().map(o -> new Unclosed(o.tag(), o.line().location())).toList());
    }

    // --- Asciidoctor's ways with values

    /** Split on commas if there are any, else on semicolons; trailing empty parts dropped, as Ruby's split does. */
    private static List<String> splitDelimited(String value) {
        String[] parts = value.split(value.contains(",") ? "," : ";");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Ruby's {@code String#to_i}: leading blanks, a sign and digits; 0 when there are none. Saturates. */
    static long toI(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long n = 0;
        boolean any = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && any && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            any = true;
            n = n > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE - 1 : n * 10 + (c - '0');
        }
        return negative ? -n : n;
    }

    /**
     * The named attributes of an attribute list: {@code name=value} entries split on commas outside quotes, a
     * quoted value unquoted. Positional entries are of no use to an include and are left out.
     */
    static Map<String, String> named(String attrlist) {
        Map<String, String> named = new LinkedHashMap<>();
        int i = 0;
        int n = attrlist.length();
        while (i < n) {
            while (i < n && (attrlist.charAt(i) == ' ' || attrlist.charAt(i) == '\t')) {
                i++;
            }
            int nameStart = i;
            while (i < n && attrlist.charAt(i) != '=' && attrlist.charAt(i) != ',') {
                i++;
            }
            String name = attrlist.substring(nameStart, i).strip();
            if (i < n && attrlist.charAt(i) == '=') {
                i++;
                while (i < n && (attrlist.charAt(i) == ' ' || attrlist.charAt(i) == '\t')) {
                    i++;
                }
                String value;
                if (i < n && (attrlist.charAt(i) == '"' || attrlist.charAt(i) == '\'')) {
                    char quote = attrlist.charAt(i);
                    int close = attrlist.indexOf(quote, i + 1);
                    while (close > 0 && attrlist.charAt(close - 1) == '\\') {
                        close = attrlist.indexOf(quote, close + 1);
                    }
                    if (close < 0) {
                        close = n;
                    }
                    value = attrlist.substring(i + 1, close).replace("\\" + quote, String.valueOf(quote));
                    i = close + 1;
                    while (i < n && attrlist.charAt(i) != ',') {
                        i++;
                    }
                } else {
                    int start = i;
                    while (i < n && attrlist.charAt(i) != ',') {
                        i++;
                    }
                    value = attrlist.substring(start, i).strip();
                }
                if (!name.isEmpty()) {
                    named.put(name, value);
                }
            }
            i++; // the comma
        }
        return named;
    }
}
