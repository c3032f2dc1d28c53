package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.CheckDef;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reading the parts of a table and checks from YAML nodes; shared by reports and template files. */
public final class TableYaml {

    private TableYaml() {
    }

    /**
     * Reads a header written as a list whose items are keys or one-key mappings (a group and its list of
     * children), as {@code columns:} are written. Returns null after reporting a problem.
     */
    public static Header header(YNode node, String what, Diagnostics diagnostics) {
        return header(node, what, false, diagnostics);
    }

    /**
     * As {@link #header(YNode, String, Diagnostics)}; with {@code skipDuplicates}, a key written twice is reported
     * and left out, and the header is still built, so that a template's other problems are found in the same
     * build (a report's cells stand by position, so a report's header with a duplicate is not read).
     */
    public static Header header(YNode node, String what, boolean skipDuplicates, Diagnostics diagnostics) {
        if (!(node instanceof YNode.Sequence seq) || seq.items().isEmpty()) {
            // columns: [] is a list, but of nothing (trial U, 11)
            diagnostics.error(node.location(), node instanceof YNode.Sequence ? "table.header-empty"
                    : "table.header-not-list", what);
            return null;
        }
        Header.Builder b = new Header.Builder();
        return addItems(b, null, new KeyPath(List.of()), seq, what, skipDuplicates, diagnostics) ? b.build() : null;
    }

    private static boolean addItems(Header.Builder b, Header.Node parent, KeyPath prefix, YNode.Sequence seq,
            String what, boolean skipDuplicates, Diagnostics diagnostics) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                if (!unique(seen, s.text(), s.location(), what, diagnostics)) {
                    ok &= skipDuplicates;
                    continue;
                }
                b.add(parent, b.node(s.text(), prefix.child(s.text()), s.location()));
            } else if (item instanceof YNode.Mapping m && m.entries().size() == 1
                    && m.entries().get(0).value() instanceof YNode.Sequence children && !children.items().isEmpty()) {
                YNode.Entry e = m.entries().get(0);
                String key = e.key().text();
                if (!unique(seen, key, e.key().location(), what, diagnostics)) {
                    ok &= skipDuplicates;
                    continue;
                }
                Header.Node group = b.node(key, prefix.child(key), e.key().location());
                b.add(parent, group);
                ok &= addItems(b, group, group.path(), children, what, skipDuplicates, diagnostics);
            } else if (item instanceof YNode.Mapping m && m.entries().size() == 1
                    && m.entries().get(0).value() instanceof YNode.Sequence children && children.items().isEmpty()) {
                diagnostics.error(item.location(), "table.header-empty-group", what, m.entries().get(0).key().text());
                ok = false;
            } else {
                diagnostics.error(item.location(), "table.header-item", what);
                ok = false;
            }
        }
        return ok;
    }

    private static boolean unique(Set<String> seen, String key, Location at, String what, Diagnostics diagnostics) {
        if (!seen.add(key)) {
            diagnostics.error(at, "table.header-duplicate", what, key);
            return false;
        }
        return true;
    }

    /** Reads {@code labels:}, a mapping from key or path to text. */
    public static Map<String, String> labels(YNode node, Diagnostics diagnostics) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node == null) {
            return labels;
        }
        if (!(node instanceof YNode.Mapping m)) {
            diagnostics.error(node.location(), "table.labels-not-mapping");
            return labels;
        }
        for (YNode.Entry e : m.entries()) {
            if (e.value() instanceof YNode.Scalar s && !s.isNull()) {
                labels.put(e.key().text(), s.text());
            } else {
                diagnostics.error(e.key().location(), "table.label-not-text", e.key().text());
            }
        }
        return labels;
    }

    /** Reads a list of checks: strings, or mappings {@code {check, message, severity}}. */
    public static List<CheckDef> checks(YNode node, String template, Diagnostics diagnostics) {
        List<CheckDef> out = new ArrayList<>();
        if (node == null || node instanceof YNode.Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof YNode.Sequence seq)) {
            diagnostics.error(node.location(), "check.list-expected");
            return out;
        }
        for (YNode item : seq.items()) {
            CheckDef def = check(item, template, diagnostics);
            if (def != null) {
                out.add(def);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    /**
     * A check or message written over several lines ({@code |} or {@code >} in YAML) as one line, without the
     * line break YAML keeps at its end: it is printed in one compiler-style line, and its "at character" counts
     * are those of the text shown.
     */
    static String oneLine(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }

    /** Whether a {@code labels:} key names a row or a column: by its key or its dotted path. */
    public static boolean labelTargetExists(String key, Header rows, Header columns) {
        for (Header h : List.of(rows, columns)) {
            for (Header.Node n : h.all()) {
                if (n.key().equals(key) || n.path().dotted().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CheckDef check(YNode item, String template, Diagnostics diagnostics) {
        if (item instanceof YNode.Scalar s && !s.isNull()) {
            return new CheckDef(oneLine(s.text()), Severity.ERROR, null, s.location(), template);
        }
        if (item instanceof YNode.Mapping m) {
            String text = null;
            String message = null;
            Severity severity = Severity.ERROR;
            Location at = m.location();
            for (YNode.Entry e : m.entries()) {
                String key = e.key().text();
                String value = e.value() instanceof YNode.Scalar v && !v.isNull() ? v.text() : null;
                switch (key) {
                    case "check" -> {
                        text = value;
                        at = e.value().location();
                    }
                    case "message" -> {
                        message = value;
                        if (value == null && !(e.value() instanceof YNode.Scalar v && v.isNull())) {
                            // message: [x] (trial V, 11): a list or a mapping is no message
                            diagnostics.error(e.value().location(), "check.bad-message");
                        }
                    }
                    case "severity" -> {
                        Severity written = severity(value);
                        if (written == null) {
                            // severity: [warning] is a list, not "null" (trial AN, 8)
                            diagnostics.error(e.value().location(), "check.bad-severity", value != null ? value
                                    : e.value() instanceof YNode.Scalar ? "empty" : "a " + YNode.kind(e.value()));
                        } else {
                            severity = written;
                        }
                    }
                    default -> diagnostics.error(e.key().location(), "check.unknown-field", key);
                }
            }
            if (text == null) {
                diagnostics.error(m.location(), "check.missing-text");
                return null;
            }
            // a misspelt field is reported, and the check is still read: its own problems show in the same build
            return new CheckDef(oneLine(text), severity, message == null ? null : oneLine(message), at, template);
        }
        diagnostics.error(item.location(), "check.not-a-check");
        return null;
    }

    private static Severity severity(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning", "warn" -> Severity.WARNING;
            case "note", "info" -> Severity.NOTE;
            default -> null;
        };
    }
}
