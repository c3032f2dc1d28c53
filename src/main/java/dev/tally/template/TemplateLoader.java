package dev.tally.template;

import dev.tally.check.Checker;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.Block;
import dev.tally.model.CellKind;
import dev.tally.model.CheckDef;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Template;
import dev.tally.model.Values;
import dev.tally.read.SourceLine;
import dev.tally.read.StrictYaml;
import dev.tally.read.TableYaml;
import dev.tally.read.YNode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a template file (YAML, read as strictly as data blocks) and validates it: its checks are run once
 * against a report of zeros built from its own shapes, so a check that names nothing is an error that
 * points into the template, before any report is checked against it.
 *
 * <pre>
 * name: my-template
 * title: ...
 * sections: [一、总体情况, {title: 二、..., aliases: [...]}]
 * tables:
 *   ID: {title, columns, rows, labels, unit, corner, columns-title, cells, checks}    rows are written like columns
 * values:
 *   ID: {title, required: [key, group.key]}
 * checks: [document checks]
 * claims:                                                   prose the data must bear out (integrity pass)
 *   - {id, phrase: regex, check: document check, severity, message}
 * allowed-domains: ["*.gov.cn"]                              where a report's links may point
 * </pre>
 */
public final class TemplateLoader {

    /** What a carry line is, as the messages say it: a row, a column or a value. */
    private static String kind(Carrying.Line line) {
        return line.value() ? "word.value" : line.row() ? "word.row" : "word.column";
    }

    private static final Set<String> TOP = Set.of("name", "title", "description", "sections", "tables", "values",
            "checks", "carry", "report-title", "source", "notes", "claims", "allowed-domains");
    private static final Set<String> CLAIM = Set.of("id", "phrase", "check", "severity", "message", "notes");
    private static final Set<String> TABLE = Set.of("title", "columns", "rows", "labels", "unit", "corner",
            "columns-title", "cells", "checks", "section", "notes");
    private static final Set<String> VALUES = Set.of("title", "section", "required", "notes");

    private TemplateLoader() {
    }

    /**
     * @param name the name the report used
     * @param file the template's file (or a pseudo path for a built-in), for locations
     * @param lines the template's lines
     * @return the template, or null when it has errors (reported)
     */
    public static Template load(String name, Path file, List<SourceLine> lines, Diagnostics diagnostics) {
        int before = diagnostics.size();
        Location top = new Location(file, 1);
        YNode root = new StrictYaml(diagnostics).read(lines, top);
        if (!(root instanceof YNode.Mapping map)) {
            if (root != null) {
                diagnostics.error(root.location(), "template.not-mapping");
            } else if (diagnostics.size() == before) {
                diagnostics.error(top, "template.not-mapping");
            }
            return null;
        }
        for (YNode.Entry e : map.entries()) {
            if (!TOP.contains(e.key().text())) {
                diagnostics.error(e.key().location(), "template.unknown-key", e.key().text());
            }
        }
        String title = text(map.get("title"));
        Map<String, Template.TableSpec> tables = new LinkedHashMap<>();
        // whether every table and values block was read: only then can the checks be tried on them
        boolean everyBlock = true;
        YNode tablesNode = map.get("tables");
        if (tablesNode instanceof YNode.Mapping tm) {
            for (YNode.Entry e : tm.entries()) {
                Template.TableSpec spec = table(e, name, diagnostics);
                if (spec != null) {
                    tables.put(spec.id(), spec);
                } else {
                    everyBlock = false;
                }
            }
        } else if (tablesNode != null) {
            diagnostics.error(tablesNode.location(), "template.section-not-mapping", "tables");
            everyBlock = false;
        }
        Map<String, Template.ValuesSpec> values = new LinkedHashMap<>();
        YNode valuesNode = map.get("values");
        if (valuesNode instanceof YNode.Mapping vm) {
            for (YNode.Entry e : vm.entries()) {
                String id = e.key().text();
                if (tables.containsKey(id)) {
                    diagnostics.error(e.key().location(), "template.duplicate-id", id);
                    everyBlock = false;
                    continue;
                }
                values.put(id, values(e, diagnostics));
            }
        } else if (valuesNode != null) {
            diagnostics.error(valuesNode.location(), "template.section-not-mapping", "values");
            everyBlock = false;
        }
        List<CheckDef> checks = TableYaml.checks(map.get("checks"), name, diagnostics);
        List<Template.SectionSpec> sections = sections(map.get("sections"), diagnostics);
        List<Template.Carry> carries = carries(map.get("carry"), diagnostics);
        for (Template.TableSpec t : tables.values()) {
            if (t.section() != null && sections.stream().noneMatch(sec -> Conformance.matches(sec, t.section()))) {
                diagnostics.error(t.location(), "template.table-section-unknown", t.id(), t.section());
            }
        }
        for (Template.ValuesSpec v : values.values()) {
            if (v.section() != null && sections.stream().noneMatch(sec -> Conformance.matches(sec, v.section()))) {
                diagnostics.error(v.location(), "template.values-section-unknown", v.id(), v.section());
            }
        }
        List<Template.Claim> claims = claims(map.get("claims"), diagnostics);
        List<String> allowedDomains = allowedDomains(map.get("allowed-domains"), diagnostics);
        Template template = new Template(name, title, top, tables, values, checks, sections, carries,
                text(map.get("report-title")), claims, allowedDomains);
        if (everyBlock) {
            // the checks' own problems too, whatever else is wrong: all of a template's problems at once
            validate(template, file, diagnostics);
        }
        return diagnostics.hasErrorsSince(before) ? null : template;
    }

    private static Template.TableSpec table(YNode.Entry entry, String template, Diagnostics diagnostics) {
        String id = entry.key().text();
        if (!(entry.value() instanceof YNode.Mapping m)) {
            diagnostics.error(entry.key().location(), "template.table-not-mapping", id);
            return null;
        }
        for (YNode.Entry e : m.entries()) {
            if (!TABLE.contains(e.key().text())) {
                diagnostics.error(e.key().location(), "template.unknown-table-key", id, e.key().text());
            }
        }
        YNode columnsNode = m.get("columns");
        YNode rowsNode = m.get("rows");
        if (columnsNode == null || rowsNode == null) {
            diagnostics.error(entry.key().location(), "template.table-shape-missing", id);
            return null;
        }
        Header columns = TableYaml.header(columnsNode, "columns", true, diagnostics);
        Header rows = TableYaml.header(rowsNode, "rows", true, diagnostics);
        if (columns == null || rows == null) {
            return null;
        }
        Map<String, String> labels = TableYaml.labels(m.get("labels"), diagnostics);
        YNode labelsNode = m.get("labels");
        if (labelsNode instanceof YNode.Mapping lm) {
            for (YNode.Entry e : lm.entries()) {
                if (!dev.tally.read.TableYaml.labelTargetExists(e.key().text(), rows, columns)) {
                    diagnostics.error(e.key().location(), "template.label-unknown", id, e.key().text());
                }
            }
        }
        CellKind kind = CellKind.NUMBER;
        YNode cells = m.get("cells");
        if (cells != null) {
            kind = cells instanceof YNode.Scalar s ? CellKind.parse(s.text()) : null;
            if (kind == null) {
                diagnostics.error(cells.location(), "table.bad-cell-kind", id);
                kind = CellKind.NUMBER;
            }
        }
        return new Template.TableSpec(id, text(m.get("title")), entry.key().location(), columns, rows, labels,
                text(m.get("unit")), text(m.get("corner")), text(m.get("columns-title")), kind, TableYaml.checks(m.get("checks"), template, diagnostics),
                text(m.get("section")));
    }

    private static Template.ValuesSpec values(YNode.Entry entry, Diagnostics diagnostics) {
        String id = entry.key().text();
        List<KeyPath> required = new ArrayList<>();
        String title = null;
        String section = null;
        if (entry.value() instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                if (!VALUES.contains(e.key().text())) {
                    diagnostics.error(e.key().location(), "template.unknown-values-key", id, e.key().text());
                }
            }
            title = text(m.get("title"));
            section = text(m.get("section")); // where tally:init writes it, as a table's (trial AN, 4)
            if (m.get("required") instanceof YNode.Sequence seq) {
                for (YNode item : seq.items()) {
                    if (item instanceof YNode.Scalar s && !s.isNull()) {
                        KeyPath key = new KeyPath(Arrays.asList(s.text().split("\\.")));
                        if (required.contains(key)) {
                            diagnostics.error(item.location(), "template.duplicate-required", id, key);
                        } else {
                            required.add(key);
                        }
                    } else {
                        diagnostics.error(item.location(), "template.bad-required", id);
                    }
                }
            } else if (m.get("required") != null) {
                diagnostics.error(m.get("required").location(), "template.bad-required", id);
            }
        } else if (!(entry.value() instanceof YNode.Scalar s && s.isNull())) {
            diagnostics.error(entry.key().location(), "template.values-not-mapping", id);
        }
        return new Template.ValuesSpec(id, title, entry.key().location(), required, section);
    }

    /** The keys of a section written as a mapping. */
    private static final Set<String> SECTION = Set.of("title", "aliases");

    private static List<Template.SectionSpec> sections(YNode node, Diagnostics diagnostics) {
        List<Template.SectionSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YNode.Sequence seq)) {
            diagnostics.error(node.location(), "template.sections-not-list");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (YNode item : seq.items()) {
            String title = null;
            List<String> aliases = new ArrayList<>();
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                title = s.text();
            } else if (item instanceof YNode.Mapping m) {
                title = text(m.get("title"));
                String name = title != null ? title : "#" + (out.size() + 1);
                // a key misspelt or a list written otherwise is said at its line, not left for the reports to
                // meet as a section they lack (trial AN, 2)
                for (YNode.Entry e : m.entries()) {
                    if (!SECTION.contains(e.key().text())) {
                        diagnostics.error(e.key().location(), "template.unknown-section-key", name, e.key().text());
                    }
                }
                YNode list = m.get("aliases");
                if (list instanceof YNode.Sequence as) {
                    for (YNode a : as.items()) {
                        if (a instanceof YNode.Scalar s && !s.isNull()) {
                            aliases.add(s.text());
                        } else {
                            diagnostics.error(a.location(), "template.bad-alias", name, YNode.kind(a));
                        }
                    }
                } else if (list != null) {
                    diagnostics.error(list.location(), "template.bad-aliases", name, YNode.kind(list));
                }
                if (title == null) {
                    diagnostics.error(item.location(), "template.section-no-title");
                    continue;
                }
            }
            if (title == null) {
                diagnostics.error(item.location(), "template.bad-section", YNode.kind(item));
                continue;
            }
            if (!seen.add(Conformance.normalize(title))) {
                diagnostics.error(item.location(), "template.duplicate-section", title);
                continue;
            }
            out.add(Conformance.section(title, aliases, item.location()));
        }
        return out;
    }

    private static List<Template.Carry> carries(YNode node, Diagnostics diagnostics) {
        List<Template.Carry> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YNode.Sequence seq)) {
            diagnostics.error(node.location(), "template.bad-carry");
            return out;
        }
        for (YNode item : seq.items()) {
            String from = item instanceof YNode.Mapping m ? text(m.get("from")) : null;
            List<String> to = new ArrayList<>();
            List<Location> places = new ArrayList<>(); // from's line, then each target's
            if (item instanceof YNode.Mapping m) {
                places.add(m.get("from") != null ? m.get("from").location() : item.location());
                YNode t = m.get("to");
                if (t instanceof YNode.Scalar s && !s.isNull()) {
                    to.add(s.text());
                    places.add(s.location());
                } else if (t instanceof YNode.Sequence ts) {
                    ts.items().forEach(x -> {
                        if (x instanceof YNode.Scalar s && !s.isNull()) {
                            to.add(s.text());
                            places.add(s.location());
                        }
                    });
                }
            }
            if (from == null || to.isEmpty()) {
                diagnostics.error(item.location(), "template.bad-carry");
                continue;
            }
            out.add(new Template.Carry(from, to, item.location(), List.copyOf(places)));
        }
        return out;
    }

    /** The {@code claims:} list: each a mapping with id, phrase (a regular expression), check, severity, message. */
    private static List<Template.Claim> claims(YNode node, Diagnostics diagnostics) {
        List<Template.Claim> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YNode.Sequence seq)) {
            diagnostics.error(node.location(), "template.bad-claim");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Mapping m)) {
                diagnostics.error(item.location(), "template.bad-claim");
                continue;
            }
            String id = text(m.get("id"));
            String phrase = text(m.get("phrase"));
            String check = text(m.get("check"));
            if (id == null || phrase == null || check == null) {
                diagnostics.error(item.location(), "template.bad-claim");
                continue;
            }
            for (YNode.Entry e : m.entries()) {
                if (!CLAIM.contains(e.key().text())) {
                    diagnostics.error(e.key().location(), "template.claim-unknown-key", id, e.key().text());
                }
            }
            if (!ids.add(id)) {
                diagnostics.error(item.location(), "template.claim-duplicate", id);
                continue;
            }
            java.util.regex.Pattern pattern;
            try {
                pattern = java.util.regex.Pattern.compile(phrase);
            } catch (java.util.regex.PatternSyntaxException e) {
                diagnostics.error(m.get("phrase").location(), "template.claim-phrase", id, e.getDescription());
                continue;
            }
            if (check.contains(Template.Claim.FIGURE) && !phrase.contains("(?<n>")) {
                // the check compares a figure the phrase does not capture (trial AT, 1)
                diagnostics.error(m.get("check").location(), "template.claim-figure-group", id, Template.Claim.FIGURE);
                continue;
            }
            dev.tally.diagnostic.Severity severity = dev.tally.diagnostic.Severity.ERROR;
            String sev = text(m.get("severity"));
            if (sev == null && m.get("severity") != null) {
                YNode written = m.get("severity");
                diagnostics.error(written.location(), "check.bad-severity",
                        written instanceof YNode.Scalar ? "empty" : "a " + YNode.kind(written));
                continue;
            }
            if (sev != null) {
                severity = switch (sev.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "error" -> dev.tally.diagnostic.Severity.ERROR;
                    case "warning" -> dev.tally.diagnostic.Severity.WARNING;
                    case "note" -> dev.tally.diagnostic.Severity.NOTE;
                    default -> null;
                };
                if (severity == null) {
                    diagnostics.error(m.get("severity").location(), "check.bad-severity", sev);
                    continue;
                }
            }
            out.add(new Template.Claim(id, phrase, pattern, check, severity, text(m.get("message")),
                    m.get("check").location()));
        }
        return out;
    }

    /** The {@code allowed-domains:} list of domain names and patterns ({@code *.gov.cn}), or null when absent. */
    private static List<String> allowedDomains(YNode node, Diagnostics diagnostics) {
        if (node == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (node instanceof YNode.Sequence seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                    out.add(s.text().strip());
                } else {
                    diagnostics.error(item.location(), "template.bad-allowed-domains");
                }
            }
        } else {
            diagnostics.error(node.location(), "template.bad-allowed-domains");
        }
        return out;
    }

    /** Runs the template's checks on a report of zeros made from its own shapes: names must resolve. */
    private static void validate(Template template, Path file, Diagnostics diagnostics) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Template.TableSpec t : template.tables().values()) {
            int rows = t.rows().leaves().size();
            int cols = t.columns().leaves().size();
            BigDecimal[][] cells = new BigDecimal[rows][cols];
            Location[][] locations = new Location[rows][cols];
            for (int r = 0; r < rows; r++) {
                Arrays.fill(cells[r], BigDecimal.ZERO);
                Arrays.fill(locations[r], t.location());
            }
            blocks.put(t.id(), new Table(t.id(), t.title(), t.location(), t.columns(), t.rows(), cells, locations,
                    t.labels(), t.unit(), t.corner(), t.columnsTitle(), t.cellKind(), t.checks()));
        }
        for (Template.ValuesSpec v : template.values().values()) {
            blocks.put(v.id(), new Values(v.id(), v.title(), v.location(), zeros(v)));
        }
        Report zero = new Report(file, template.title(), Map.of(), List.of(), blocks, List.of(), List.of(), List.of());
        for (Template.Carry carry : template.carries()) {
            Carrying.Line from = Carrying.locate(template, carry.from());
            if (from == null) {
                diagnostics.error(carry.fromAt(), "template.carry-unknown", carry.from());
            }
            for (int i = 0; i < carry.to().size(); i++) {
                Carrying.Line to = Carrying.locate(template, carry.to().get(i));
                if (to == null) {
                    diagnostics.error(carry.toAt(i), "template.carry-unknown", carry.to().get(i));
                } else if (from != null && !to.takes(from)) {
                    // tally:init would leave it out without a word: said here, where it is written
                    diagnostics.error(carry.toAt(i), "template.carry-kind", carry.from(),
                            dev.tally.diagnostic.Messages.ref(kind(from)),
                            carry.to().get(i), dev.tally.diagnostic.Messages.ref(kind(to)));
                }
            }
        }
        List<CheckDef> toValidate = new ArrayList<>(template.checks());
        for (Template.Claim claim : template.claims()) {
            // a figure the phrase states is a number: validated as one
            toValidate.add(new CheckDef(claim.check().replace(Template.Claim.FIGURE, "0"), claim.severity(),
                    claim.message(), claim.location(),
                    template.name()));
        }
        Checker.Result result = Checker.validateTemplate(zero, toValidate);
        for (var d : result.diagnostics().list()) {
            boolean failure = d.code().startsWith("check.failed") || d.code().startsWith("check.division-by-zero");
            if (d.severity() == dev.tally.diagnostic.Severity.ERROR && !failure) {
                diagnostics.add(d);
            }
        }
    }

    private static Values.Group zeros(Template.ValuesSpec spec) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (KeyPath p : spec.required()) {
            Map<String, Object> node = tree;
            for (int i = 0; i < p.size() - 1; i++) {
                Object child = node.computeIfAbsent(p.keys().get(i), k -> new LinkedHashMap<String, Object>());
                if (!(child instanceof Map)) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) child;
                node = m;
            }
            node.putIfAbsent(p.last(), BigDecimal.ZERO);
        }
        return toGroup(tree, spec.location());
    }

    @SuppressWarnings("unchecked")
    private static Values.Group toGroup(Map<String, Object> tree, Location at) {
        Map<String, Values.Node> children = new LinkedHashMap<>();
        tree.forEach((k, v) -> children.put(k, v instanceof Map ? toGroup((Map<String, Object>) v, at)
                : new Values.Number((BigDecimal) v, at)));
        return new Values.Group(children, at);
    }

    private static String text(YNode node) {
        return node instanceof YNode.Scalar s && !s.isNull() ? s.text() : null;
    }
}
