package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc's conditional preprocessor directives ({@code ifdef}, {@code ifndef}, {@code ifeval}, {@code endif}) as
 * Asciidoctor's preprocessor reads them, so that Tally checks the lines the page shows: a data block or a figure
 * in a region Asciidoctor leaves out is left out of the check too. The conditions see the attributes set so far
 * and those Asciidoctor sets when Tally renders a page ({@code backend-html5}, {@code embedded}, ...). One
 * instance follows one report through its includes: a region may open in a partial and close in the report.
 */
final class Conditionals {

    /** Asciidoctor's {@code ConditionalDirectiveRx}. */
    private static final Pattern DIRECTIVE =
            Pattern.compile("^(\\\\)?(ifdef|ifndef|ifeval|endif)::(\\S*?(?:([,+])\\S*?)?)\\[(.+)?]$");
    /** Asciidoctor's {@code EvalExpressionRx}. */
    private static final Pattern EXPRESSION = Pattern.compile("^(.+?) *([=!><]=|[><]) *(.+)$");

    /**
     * The attributes Asciidoctor has set when Tally renders a report (its defaults, the HTML backend's, the
     * embedded page's, and Tally's own), with the values an {@code ifeval} might compare.
     */
    static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("asciidoctor", ""), Map.entry("asciidoctor-version", "2.0.26"), Map.entry("backend", "html5"),
            Map.entry("backend-html5", ""), Map.entry("backend-html5-doctype-article", ""),
            Map.entry("basebackend", "html"), Map.entry("basebackend-html", ""),
            Map.entry("basebackend-html-doctype-article", ""), Map.entry("doctype", "article"),
            Map.entry("doctype-article", ""), Map.entry("embedded", ""), Map.entry("filetype", "html"),
            Map.entry("filetype-html", ""), Map.entry("htmlsyntax", "html"), Map.entry("outfilesuffix", ".html"),
            Map.entry("safe-mode-name", "safe"), Map.entry("safe-mode-safe", ""), Map.entry("safe-mode-level", "10"),
            Map.entry("showtitle", ""),
            Map.entry("sectids", ""), Map.entry("prewrap", ""), Map.entry("attribute-missing", "skip"),
            Map.entry("attribute-undefined", "drop-line"), Map.entry("max-include-depth", "64"),
            Map.entry("appendix-caption", "Appendix"), Map.entry("caution-caption", "Caution"),
            Map.entry("example-caption", "Example"), Map.entry("figure-caption", "Figure"),
            Map.entry("important-caption", "Important"), Map.entry("last-update-label", "Last updated"),
            Map.entry("note-caption", "Note"), Map.entry("table-caption", "Table"), Map.entry("tip-caption", "Tip"),
            Map.entry("toc-title", "Table of Contents"), Map.entry("untitled-label", "Untitled"),
            Map.entry("version-label", "Version"), Map.entry("warning-caption", "Warning"),
            Map.entry("toc-placement", "auto"), Map.entry("authorcount", "0"));

    /** What a line was to the preprocessor. */
    enum Outcome {
        /** Not a directive, and not in a region left out: the line as it is. */
        LINE,
        /** A directive, or a line in a region left out: no line. */
        DROPPED,
        /** A one-line {@code ifdef::x[text]} that holds: {@link #text()} instead, read as any line. */
        REPLACED,
        /** An escaped directive ({@code \\ifdef::x[]}): {@link #text()}, the directive as text, and nothing more. */
        ESCAPED
    }

    private record Open(String name, String target, boolean skipping, Location at) {
    }

    private final Map<String, String> attributes;
    private final Diagnostics diagnostics;
    private final Deque<Open> stack = new ArrayDeque<>();
    private boolean skipping;
    private String text;

    /**
     * @param attributes the document's attributes as they are set, by lower-case name (the caller keeps them)
     */
    Conditionals(Map<String, String> attributes, Diagnostics diagnostics) {
        this.attributes = attributes;
        this.diagnostics = diagnostics;
    }

    /** Whether lines are being left out. */
    boolean skipping() {
        return skipping;
    }

    /** The text that stands for the line, after {@link Outcome#REPLACED}. */
    String text() {
        return text;
    }

    /** Reads one line of the source. */
    Outcome line(String line, Location at) {
        // a directive starts with i or e, or a backslash when escaped: most lines are passed over at that
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if ((first == 'i' || first == 'e' || first == '\\') && line.endsWith("]") && line.contains("::")
                && line.contains("if")) {
            Matcher m = DIRECTIVE.matcher(line);
            if (m.matches()) {
                if (m.group(1) != null) {
                    // escaped: the directive's text, as it is, even in a region left out (as Asciidoctor has it)
                    text = line.substring(1);
                    return Outcome.ESCAPED;
                }
                return directive(m.group(2), m.group(3), m.group(4), m.group(5), at);
            }
        }
        return skipping ? Outcome.DROPPED : Outcome.LINE;
    }

    /** Warns of regions still open at the end of the report. */
    void finish() {
        for (Open open : stack) {
            diagnostics.warning(open.at(), "conditional.unterminated", open.name(),
                    open.target() == null ? "" : open.target());
        }
        stack.clear();
        skipping = false;
    }

    private Outcome directive(String name, String rawTarget, String delimiter, String body, Location at) {
        String target = rawTarget.toLowerCase(java.util.Locale.ROOT);
        boolean noTarget = target.isEmpty();
        if (name.equals("endif")) {
            if (body != null) {
                diagnostics.error(at, "conditional.malformed", "endif::" + rawTarget + "[" + body + "]");
            } else if (stack.isEmpty()) {
                diagnostics.error(at, "conditional.unmatched", "endif::" + rawTarget + "[]");
            } else if (noTarget || target.equals(stack.peek().target())) {
                stack.pop();
                skipping = !stack.isEmpty() && stack.peek().skipping();
            } else {
                diagnostics.error(at, "conditional.mismatched", "endif::" + rawTarget + "[]",
                        "endif::" + (stack.peek().target() == null ? "" : stack.peek().target()) + "[]");
            }
            return Outcome.DROPPED;
        }
        boolean skip;
        if (skipping) {
            // inside a region left out, only the nesting is followed
            if (name.equals("ifeval") ? !(noTarget && body != null && EXPRESSION.matcher(body.strip()).matches())
                    : noTarget) {
                return Outcome.DROPPED;
            }
            skip = false;
        } else if (name.equals("ifeval")) {
            if (!noTarget) {
                diagnostics.error(at, "conditional.malformed", "ifeval::" + rawTarget + "[" + nz(body) + "]");
                return Outcome.DROPPED;
            }
            Matcher e = body == null ? null : EXPRESSION.matcher(body.strip());
            if (e == null || !e.matches()) {
                diagnostics.error(at, "conditional.malformed", "ifeval::[" + nz(body) + "]");
                return Outcome.DROPPED;
            }
            skip = !holds(value(e.group(1)), e.group(2), value(e.group(3)));
        } else {
            if (noTarget) {
                diagnostics.error(at, "conditional.malformed", name + "::[" + nz(body) + "]");
                return Outcome.DROPPED;
            }
            boolean ifdef = name.equals("ifdef");
            if (delimiter == null) {
                skip = ifdef != defined(target);
            } else if (delimiter.equals(",")) {
                // ifdef: skip if none is set; ifndef: skip if any is set
                boolean any = java.util.Arrays.stream(target.split(",", -1)).anyMatch(this::defined);
                skip = ifdef ? !any : any;
            } else {
                // ifdef: skip if any is unset; ifndef: skip if all are set
                boolean all = java.util.Arrays.stream(target.split("\\+", -1)).allMatch(this::defined);
                skip = ifdef ? !all : all;
            }
        }
        if (name.equals("ifeval")) {
            skipping |= skip;
            stack.push(new Open(name, null, skipping, at));
            return Outcome.DROPPED;
        }
        if (body != null) {
            // one line: ifdef::x[text]
            if (skipping || skip) {
                return Outcome.DROPPED;
            }
            text = body.stripTrailing();
            return Outcome.REPLACED;
        }
        skipping |= skip;
        stack.push(new Open(name, target, skipping, at));
        return Outcome.DROPPED;
    }

    private boolean defined(String name) {
        return attributes.containsKey(name) || BUILT_IN.containsKey(name) || DOCUMENT.contains(name);
    }

    private String attribute(String name) {
        String v = attributes.get(name);
        return v != null ? v : BUILT_IN.containsKey(name) ? BUILT_IN.get(name) : document(name);
    }

    /**
     * The attributes Asciidoctor sets for each document from its file and the clock (trial AF, 2): always
     * defined, so that text under {@code ifdef::docdir[]} is checked as the page shows it.
     */
    static final java.util.Set<String> DOCUMENT = java.util.Set.of("docdir", "docfile", "docname", "docfilesuffix",
            "docdate", "docdatetime", "doctime", "docyear", "localdate", "localdatetime", "localtime", "localyear",
            "user-home");

    /** A document attribute's value, where an {@code ifeval} may compare it: the years and dates of today. */
    private static String document(String name) {
        if (!DOCUMENT.contains(name)) {
            return null;
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        return switch (name) {
            case "docyear", "localyear" -> String.valueOf(today.getYear());
            case "docdate", "localdate" -> today.toString();
            default -> "";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Asciidoctor's {@code resolve_expr_val}: a quoted string, nil, true, false, a float or an integer. */
    private Object value(String raw) {
        String val = raw;
        boolean quoted = val.length() >= 1 && ((val.startsWith("\"") && val.endsWith("\""))
                || (val.startsWith("'") && val.endsWith("'")));
        if (quoted) {
            val = val.substring(1); // as Asciidoctor slices: the closing quote stays
        }
        // a missing attribute is dropped (attribute-missing: drop, as Asciidoctor evaluates it)
        val = AttributeRefs.replace(val, name -> {
            String v = attribute(name.toLowerCase(java.util.Locale.ROOT));
            return v == null ? "" : v;
        });
        if (quoted) {
            return val;
        }
        if (val.isEmpty()) {
            return null;
        }
        if (val.equals("true") || val.equals("false")) {
            return Boolean.valueOf(val);
        }
        if (val.strip().isEmpty()) {
            return " ";
        }
        if (val.contains(".")) {
            return toF(val);
        }
        return (double) IncludeSelection.toI(val);
    }

    /** Ruby's {@code send op}: numbers by value, strings in order, anything else only equal or not. */
    private static boolean holds(Object left, String op, Object right) {
        if (op.equals("==") || op.equals("!=")) {
            boolean equal = left == null ? right == null : left.equals(right);
            return op.equals("==") == equal;
        }
        int c;
        if (left instanceof Double l && right instanceof Double r) {
            c = Double.compare(l, r);
        } else if (left instanceof String l && right instanceof String r) {
            c = l.compareTo(r);
        } else {
            return false; // Ruby raises, and Asciidoctor leaves the region out
        }
        return switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    private static final Pattern LEADING_DECIMAL = Pattern.compile("^\\s*[+-]?(\\d[\\d_]*)?(\\.\\d+)?([eE][+-]?\\d+)?");

    /** Ruby's {@code String#to_f}: the longest leading decimal number; 0 when there is none. */
    static double toF(String s) {
        Matcher m = LEADING_DECIMAL.matcher(s);
        if (m.find() && m.end() > 0) {
            String n = m.group().strip().replace("_", "");
            try {
                return n.isEmpty() || n.equals("+") || n.equals("-") ? 0 : Double.parseDouble(n);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
