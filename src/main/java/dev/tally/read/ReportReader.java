package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Suggest;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.model.Block;
import dev.tally.model.CellKind;
import dev.tally.model.CheckDef;
import dev.tally.model.Figure;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.SectionTitle;
import dev.tally.model.Table;
import dev.tally.model.Template;
import dev.tally.model.Values;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one report file into the model: includes expanded, blocks found, YAML read strictly, tables
 * built (with their template's shape where the report follows one). Never throws on bad input: every
 * problem becomes a diagnostic and reading goes on as far as it sensibly can.
 */
public final class ReportReader {

    /** A report as read, with the template it follows (or null) and the problems found reading it. */
    public record Reading(Report report, Template template, Diagnostics diagnostics, List<SourceLine> lines) {

        public Reading(Report report, Template template, Diagnostics diagnostics) {
            this(report, template, diagnostics, List.of());
        }
    }

    private static final Set<String> TABLE_KEYS = Set.of("columns", "rows", "labels", "checks", "unit", "corner",
            "columns-title", "cells");

    private final Path reportsRoot;
    private final TemplateProvider templates;

    public ReportReader(Path reportsRoot, TemplateProvider templates) {
        this.reportsRoot = reportsRoot.toAbsolutePath().normalize();
        this.templates = templates;
    }

    /** An image macro: its target and its attributes. */
    private static final java.util.regex.Pattern IMAGE_MACRO =
            java.util.regex.Pattern.compile("(?<![\\w\\\\])image::?([^\\s\\[]+)\\[([^\\]]*)]");

    /**
     * An image that Asciidoctor reads into the page (an SVG shown with {@code opts=inline}) through a link to a
     * file outside the reports directory: the page would publish that file (trial V, 2). An error, and the page
     * is not converted. Other images are only linked to (data-uri is off), and the files copied beside the pages
     * are never links.
     */
    private void imagesReadFromOutside(List<SourceLine> lines, Path report, AdocSource source, Diagnostics diagnostics) {
        AdocSource.Attribute imagesdir = source.attributes().get("imagesdir");
        for (SourceLine line : lines) {
            String t = line.text();
            if (t.indexOf("image:") < 0 || t.indexOf("inline") < 0) {
                continue;
            }
            java.util.regex.Matcher m = IMAGE_MACRO.matcher(t);
            while (m.find()) {
                if (!m.group(2).matches("(?s).*\\binline\\b.*")) {
                    continue;
                }
                try {
                    Path dir = report.getParent();
                    if (imagesdir != null && !imagesdir.value().isBlank()) {
                        dir = dir.resolve(imagesdir.value().strip());
                    }
                    Path image = dir.resolve(m.group(1)).normalize();
                    if (image.startsWith(reportsRoot) && Files.exists(image)
                            && !image.toRealPath().startsWith(reportsRoot.toRealPath())) {
                        diagnostics.error(line.location(), "read.image-outside", m.group(1));
                    }
                } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                    // not there, or no path: Asciidoctor warns of it on the page
                }
            }
        }
    }

    public Reading read(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Path abs = file.toAbsolutePath().normalize();
        IncludeExpander expander = new IncludeExpander(reportsRoot, diagnostics);
        List<SourceLine> lines = expander.expand(abs);
        if (lines == null) {
            return new Reading(null, null, diagnostics);
        }
        boolean empty = lines.stream().allMatch(l -> l.text().isBlank());
        if (empty) {
            diagnostics.warning(new Location(abs, 1), "read.empty");
        }
        AdocSource source = new AdocScanner(diagnostics).scan(lines);
        imagesReadFromOutside(lines, abs, source, diagnostics);

        Map<String, Report.Attribute> attributes = new LinkedHashMap<>();
        source.attributes().forEach((k, a) -> attributes.put(k, new Report.Attribute(a.value(), a.location())));
        unknownAttributes(source, diagnostics);

        Template template = null;
        AdocSource.Attribute templateAttr = source.attributes().get("tally-template");
        if (templateAttr != null) {
            if (templateAttr.value().isBlank()) {
                diagnostics.error(templateAttr.location(), "template.empty-name");
            } else {
                template = templates.find(templateAttr.value().strip(), abs, templateAttr.location(), diagnostics);
            }
        }

        Map<String, Block> blocks = new LinkedHashMap<>();
        Map<String, Location> ids = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        boolean templateFailed = templateAttr != null && template == null;
        List<String> notRead = new ArrayList<>(); // rows-only tables of a template that could not be loaded
        List<CheckDef> checks = new ArrayList<>();
        Set<dev.tally.diagnostic.Location> checkBlocks = new HashSet<>();
        StrictYaml yaml = new StrictYaml(diagnostics);
        for (AdocSource.Block raw : source.blocks()) {
            if (raw.style().equals("checks")) {
                if (!checkBlocks.add(raw.location())) {
                    continue; // the same lines again: a file included more than once (its data blocks say so)
                }
                int mark = diagnostics.size();
                YNode node = yaml.read(raw.content(), raw.location());
                if (node != null && !diagnostics.hasErrorsSince(mark)) {
                    checks.addAll(TableYaml.checks(node, null, diagnostics));
                }
                continue;
            }
            // the first block of that id, read or not (one whose YAML is broken still holds the id)
            Location firstAt = ids.putIfAbsent(raw.id(), raw.location());
            if (firstAt != null) {
                Path first = firstAt.file();
                if (first != null && firstAt.equals(raw.location())) {
                    // the same lines twice: a file included more than once; said at the include that repeats it,
                    // the line to remove (trial V, 11), where it is known
                    Location again = raw.content().isEmpty() ? null
                            : expander.includedAt(raw.content().get(0).include());
                    diagnostics.error(again != null ? again : raw.location(), "read.duplicate-id-included-twice",
                            raw.id(), first.getFileName().toString());
                } else {
                    sameId(raw.location(), firstAt, raw.id(), "read.duplicate-id", diagnostics);
                }
                continue;
            }
            if (raw.id().equals("previous")) {
                diagnostics.warning(raw.location(), "read.id-reserved", raw.id());
            } else if (!KeyPath.isPlain(raw.id())) {
                diagnostics.warning(raw.location(), "read.id-needs-quotes", raw.id());
            }
            int mark = diagnostics.size();
            YNode node = yaml.read(raw.content(), raw.location());
            // YAML read in spite of an error (a duplicate key, the first value kept) is read on for the block's
            // other problems, all shown at once (trial Q, 2), and used by no check or figure
            boolean yamlFailed = node != null && diagnostics.hasErrorsSince(mark);
            Block block = block(raw, node, template, templateFailed, notRead, source, diagnostics);
            if (block != null && !yamlFailed) {
                blocks.put(raw.id(), block);
            } else {
                unreadable.add(raw.id());
            }
        }

        // another element of the page with a data block's id (trial AB, 5): said at that element, whose id is the
        // one to change (the block's is named by checks, figures, the next year's report and the open data files)
        // once for each id at each place: a partial included twice says it once, two ids on one line each (trial AC, 1)
        Set<List<Object>> said = new HashSet<>();
        for (AdocSource.Anchor anchor : source.anchors()) {
            Location block = ids.get(anchor.id());
            if (block != null && said.add(List.of(anchor.location(), anchor.id()))) {
                sameId(anchor.location(), block, anchor.id(), "read.id-of-data-block", diagnostics);
            }
        }
        misstyled(source, template, ids, unreadable, diagnostics);
        if (!notRead.isEmpty()) {
            // say so: the report's own checks and figures on those tables are skipped with them
            diagnostics.note(templateAttr.location(), "template.tables-not-read",
                    dev.tally.diagnostic.Messages.listRef(notRead));
        }
        if (templateAttr == null && source.title() != null && !abs.getFileName().toString().startsWith("_")) {
            nationalFormWithoutTemplate(source.title(), lines, abs, diagnostics);
        }
        if (template != null && source.title() != null) {
            placeholderInTitle(source.title(), template, lines, abs, diagnostics);
        }
        if (!empty && (source.title() == null || source.title().isBlank())) {
            // the index, the page and the browser's tab would show the file's name
            SourceLine first = titleLike(lines);
            if (first != null) {
                // a title pasted from a word processor is a plain first line: say how to make it the title
                diagnostics.warning(first.location(), "report.no-title-line", first.text().strip());
            } else {
                diagnostics.warning(new Location(abs, 1), "report.no-title");
            }
        }
        List<SectionTitle> sections = source.sections().stream()
                .map(s -> new SectionTitle(s.level(), s.title(), s.location())).toList();
        // a data block's title is shown as a table's caption, and a values block's in the page's list of its data
        // (trial AG, 1); over a [checks] block it is shown nowhere (trial Y, 10)
        List<Figure> figures = source.macros().stream()
                .filter(m -> m.titleOf() == null || blocks.get(m.titleOf()) != null)
                .map(m -> new Figure(m.target(), m.expected(), m.location(), m.include())).toList();
        // the title as Asciidoctor shows it: {name} stands for the attribute's value ({org-name} in a title), and
        // the marks of bold or italic are not shown (青山镇 *2024年* 报告 in the index and the browser's title: trial AS, 8)
        String title = source.title() == null ? null
                : AdocScanner.shownText(AttributeRefs.replace(source.title(), name -> {
                    Report.Attribute a = attributes.get(name);
                    return a == null ? null : a.value();
                }));
        Report report = new Report(abs, title, attributes, sections, blocks, checks, figures,
                expander.included(), unreadable, expander.incomplete(), source.files());
        if (!notRead.isEmpty()) {
            report = report.withNotReadForTemplate(notRead);
        }
        return new Reading(report, template, diagnostics, lines);
    }

    /**
     * The listing blocks whose style is a typo of {@code data} or {@code checks} ({@code [date#appeals]}): each an
     * error at its line that says how to write it, which for a table its template requires is the table's missing
     * (trial AT, 13). The id of such a data block is unreadable, not unknown: figures and checks on it are not run,
     * and the template does not name it missing again.
     */
    private static void misstyled(AdocSource source, Template template, Map<String, Location> ids,
            Set<String> unreadable, Diagnostics diagnostics) {
        for (AdocSource.Block b : source.misstyled()) {
            String meant = AdocScanner.BlockStyle.meant(b.style());
            boolean id = b.id() != null && !b.id().isEmpty();
            String written = "[" + b.style() + (id ? "#" + b.id() : "") + "]";
            String right = "[" + meant + (id ? "#" + b.id() : "") + "]";
            if (meant.equals("data") && id && ids.containsKey(b.id())) {
                continue; // a block of that id is read: this one is something else
            }
            Template.TableSpec table = template != null && meant.equals("data") && id ? template.tables().get(b.id())
                    : null;
            if (table != null) {
                diagnostics.error(b.location(), "template.missing-table-misstyled", b.id(), table.title(),
                        template.name(), written, right);
            } else {
                diagnostics.error(b.location(), "read.style-misspelt", written, meant, right);
            }
            if (meant.equals("data") && id) {
                unreadable.add(b.id());
            }
        }
    }

    /** A title of the national annual report on government information disclosure. */
    private static final java.util.regex.Pattern NATIONAL_TITLE =
            java.util.regex.Pattern.compile("政府信息公开(?:工作)?(?:年度)?报告");
    /** A year in a title: 2023年. */
    private static final java.util.regex.Pattern TITLE_YEAR = java.util.regex.Pattern.compile("((?:19|20)\\d{2})年");

    /**
     * Trial AI, 2: a report titled as the national annual report that names no template is checked against nothing
     * of the national form (its tables, sections, identities): a warning names the built-in template to write, so
     * that deleting :tally-template: does not silence the build.
     */
    private static void nationalFormWithoutTemplate(String title, List<SourceLine> lines, Path file,
            Diagnostics diagnostics) {
        String compact = title.replaceAll("\\s+", "");
        if (!NATIONAL_TITLE.matcher(compact).find()) {
            return;
        }
        // the 2021 form (国办公开办函〔2021〕30号) from the reports on 2021 on, the 2019 one for 2019 and 2020; a report
        // of an earlier year, or of no year named, followed no national form Tally knows: nothing said
        java.util.regex.Matcher year = TITLE_YEAR.matcher(compact);
        int y = year.find() ? Integer.parseInt(year.group(1)) : 0;
        if (y < 2019) {
            return;
        }
        String template = y <= 2020 ? "gov-info-disclosure-2019" : "gov-info-disclosure-2021";
        SourceLine at = lines.stream().filter(l -> l.text().startsWith("= ") || l.text().startsWith("# ")).findFirst()
                .orElse(null);
        diagnostics.warning(at != null ? at.location() : new Location(file, 1), "report.national-without-template",
                template);
    }

    /** A placeholder of a template's model title: words in brackets, {@code （机关名称）}, (…) or […]. */
    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("（[^（）]{1,20}）|\\([^()]{1,20}\\)|\\[[^\\[\\]]{1,20}]");

    /**
     * A title that still holds a placeholder of its template's model title ({@code report-title}), as
     * {@code tally:init} writes it where there is no last year's report: {@code （机关名称）2025年…} would be published
     * as it stands. Said at the title.
     */
    private static void placeholderInTitle(String title, Template template, List<SourceLine> lines, Path file,
            Diagnostics diagnostics) {
        if (template.reportTitle() == null) {
            return;
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template.reportTitle());
        while (m.find()) {
            if (title.contains(m.group())) {
                SourceLine at = lines.stream().filter(l -> l.text().startsWith("= ") || l.text().startsWith("# "))
                        .findFirst().orElse(null);
                diagnostics.warning(at != null ? at.location() : new Location(file, 1), "report.title-placeholder",
                        m.group());
                return;
            }
        }
    }

    /**
     * An id used again at {@code at}, first used at {@code first}: {@code key} names the line of the first,
     * {@code key-elsewhere} its file too, where that is another file (the report or another include).
     */
    private static void sameId(Location at, Location first, String id, String key, Diagnostics diagnostics) {
        Path firstFile = first.file();
        if (firstFile == null || firstFile.equals(at.file())) {
            diagnostics.error(at, key, id, first.line());
        } else {
            Path here = at.file() == null ? null : at.file().getParent();
            String where = (here == null ? firstFile : here.relativize(firstFile)).toString().replace('\\', '/');
            diagnostics.error(at, key + "-elsewhere", id, where, first.line());
        }
    }

    /** The report attributes Tally reads: {@code :tally-template:}, {@code :tally-previous:}, {@code :tally-year:}. */
    static final List<String> ATTRIBUTES = List.of("tally-template", "tally-previous", "tally-year");

    /**
     * Trial P, 1: a {@code :tally-…:} attribute Tally does not read is a warning, with the one meant: a mistyped
     * {@code :tally-previos:} would otherwise turn off the checks against last year with no more than the note
     * every first report of a series gets.
     */
    private static void unknownAttributes(AdocSource source, Diagnostics diagnostics) {
        source.attributes().forEach((name, a) -> {
            if (ATTRIBUTES.contains(name)) {
                return;
            }
            // a typo anywhere (:tally_previous:, :taly-year:) is one; any other :tally-…: is unknown to Tally
            String close = Suggest.closest(name, ATTRIBUTES);
            if (close != null || name.startsWith("tally-")) {
                if (close != null) {
                    diagnostics.warning(a.location(), "read.unknown-attribute-typo", name, close);
                } else {
                    diagnostics.warning(a.location(), "read.unknown-attribute", name);
                }
            }
        });
    }

    /** The first line of a block that holds cells between | marks, as a table copied from a web page does; or null. */
    private static SourceLine pipedRow(AdocSource.Block raw) {
        SourceLine first = null;
        for (SourceLine l : raw.content()) {
            String t = l.text().strip();
            if (t.chars().filter(c -> c == '|').count() >= 2 && !t.startsWith("#")) {
                // the first row of numbers, not the header's labels, is the one to show rewritten
                int bar = t.indexOf('|');
                if (t.substring(bar).chars().anyMatch(Character::isDigit)) {
                    return l;
                }
                first = first == null ? l : first;
            }
        }
        return first;
    }

    /** A row written with | marks ({@code 规章 | 0 | 0 | 0 |}) as a row of a data block: {@code 规章: [0, 0, 0]}. */
    static String pipedAsRow(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : line.strip().split("\\|")) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        if (cells.isEmpty()) {
            return "";
        }
        return cells.get(0) + ": [" + String.join(", ", cells.subList(1, cells.size())) + "]";
    }

    private Block block(AdocSource.Block raw, YNode node, Template template, boolean templateFailed,
            List<String> notRead, AdocSource source, Diagnostics diagnostics) {
        Template.TableSpec spec = template == null ? null : template.tables().get(raw.id());
        Template.ValuesSpec valuesSpec = template == null ? null : template.values().get(raw.id());
        if (spec == null && valuesSpec == null && template != null && node instanceof YNode.Mapping m
                && m.get("columns") == null && m.get("rows") != null) {
            // a template's table under another id ([data#appeal]) is read by that table's columns, so that the
            // template's check of the report names it as the table meant rather than a table without columns
            spec = meantTable(raw, template, source);
        }
        if (node == null) {
            if (raw.content().stream().allMatch(l -> l.text().isBlank() || l.text().strip().startsWith("#"))) {
                diagnostics.error(raw.location(), "read.empty-block", raw.id());
            }
            return null;
        }
        if (!(node instanceof YNode.Mapping map)) {
            SourceLine piped = pipedRow(raw);
            if (piped != null) {
                // 规章 | 0 | 0 | 0 |: a table copied from a web page or a Markdown file (trial AO, 6)
                diagnostics.error(piped.location(), "read.block-pipes", raw.id(), piped.text().strip(),
                        pipedAsRow(piped.text()));
            } else if (node instanceof YNode.Scalar typed && typed.text().indexOf('：') > 0) {
                // 合计：5, a key and its value with a full-width colon: one text to YAML, as under rows (trial AS, 12)
                diagnostics.error(typed.location(), "yaml.fullwidth-colon");
            } else {
                diagnostics.error(node.location(), "read.block-not-mapping", raw.id());
            }
            return null;
        }
        boolean table = spec != null || map.get("columns") != null || (valuesSpec == null && map.get("rows") != null);
        if (table) {
            if (templateFailed && map.get("columns") == null) {
                notRead.add(raw.id()); // a rows-only table of a template that could not be loaded
                return null;
            }
            return table(raw, map, spec, diagnostics);
        }
        // a block without a title of its own takes the template's, as a table does
        String title = raw.title() != null ? raw.title() : valuesSpec != null ? valuesSpec.title() : null;
        Values values = new Values(raw.id(), title, raw.location(), group(map, raw.id(), diagnostics));
        if (valuesSpec != null) {
            for (KeyPath required : valuesSpec.required()) {
                Values.Node found = values.find(required);
                if (!(found instanceof Values.Number) && !(found instanceof Values.Unreadable)) {
                    // there but not a number (52 complaints): at its line; missing: at the block (trial U, 4)
                    Location at = found != null && found.location() != null ? found.location() : raw.location();
                    diagnostics.error(at, "template.missing-value", raw.id(), required);
                }
            }
        }
        return values;
    }

    /**
     * The template's label of a row or column a report's {@code labels:} key names (by its key or dotted path):
     * its own label where the template gives one, else its key; null when the template has no such row or column.
     */
    private static String officialLabel(Template.TableSpec spec, String key) {
        String given = spec.labels().get(key);
        if (given != null) {
            return given;
        }
        for (Header header : new Header[] {spec.columns(), spec.rows()}) {
            if (header == null) {
                continue;
            }
            for (Header.Node node : header.all()) {
                if (node.path().dotted().equals(key) || node.key().equals(key)) {
                    String byPath = spec.labels().get(node.path().dotted());
                    return byPath != null ? byPath : node.key();
                }
            }
        }
        return null;
    }

    /**
     * The template's table that a rows-only block of another id most likely is: one the report does not write,
     * whose id is a letter or two from the block's or, failing that, whose title the block bears; or null.
     */
    private static Template.TableSpec meantTable(AdocSource.Block raw, Template template, AdocSource source) {
        Set<String> written = new HashSet<>();
        source.blocks().forEach(b -> written.add(b.id()));
        Map<String, Template.TableSpec> unwritten = new LinkedHashMap<>(template.tables());
        unwritten.keySet().removeAll(written);
        String close = dev.tally.diagnostic.Suggest.closest(raw.id(), unwritten.keySet());
        if (close != null) {
            return unwritten.get(close);
        }
        if (raw.title() == null) {
            return null;
        }
        List<Template.TableSpec> titled = unwritten.values().stream()
                .filter(t -> t.title() != null && t.title().strip().equals(raw.title().strip())).toList();
        return titled.size() == 1 ? titled.get(0) : null;
    }

    /** A header node's shape in words: a group, with its first parts, or a row of cells (a single column). */
    private static String shape(String what, Header.Node n) {
        if (n.isLeaf()) {
            return Messages.ref("shape." + what + "-leaf");
        }
        List<String> parts = n.children().stream().map(Header.Node::key).toList();
        String shown = String.join(", ", parts.subList(0, Math.min(3, parts.size()))) + (parts.size() > 3 ? ", …" : "");
        return Messages.ref("shape." + what + "-group", shown);
    }

    /**
     * An entry's key as its writer meant it ({@link KeyNames#meant}), unless another key of the mapping is written
     * so: then the two stay apart, and the garbled one is said.
     */
    private static String meant(YNode.Mapping map, YNode.Entry e) {
        String written = e.key().text();
        String meant = KeyNames.meant(written);
        if (meant.equals(written)) {
            return written;
        }
        for (YNode.Entry other : map.entries()) {
            if (other.key().text().equals(meant)) {
                return written;
            }
        }
        return meant;
    }

    /** Keys under one parent of a table's header, and under each of their groups, that look like others. */
    private static void lookAlike(List<Header.Node> siblings, String where, Diagnostics diagnostics) {
        KeyNames.check(siblings.stream().map(n -> new KeyNames.Key(n.key(), n.location())).toList(), where,
                diagnostics);
        for (Header.Node n : siblings) {
            if (!n.isLeaf()) {
                lookAlike(n.children(), where, diagnostics);
            }
        }
    }

    private static Values.Group group(YNode.Mapping map, String where, Diagnostics diagnostics) {
        KeyNames.check(map.entries().stream().map(e -> new KeyNames.Key(e.key().text(), e.key().location())).toList(),
                where, diagnostics);
        Map<String, Values.Node> children = new LinkedHashMap<>();
        for (YNode.Entry e : map.entries()) {
            String key = meant(map, e); // garbled, said above
            String path = where + "." + key;
            YNode value = e.value();
            if (value instanceof YNode.Mapping m) {
                children.put(key, group(m, path, diagnostics));
            } else if (value instanceof YNode.Scalar s) {
                NumberText.Result n = NumberText.parse(s);
                if (n.ok()) {
                    children.put(key, new Values.Number(n.value(), s.location()));
                } else if (n.problem().equals("value.text") || n.problem().equals("value.unit")
                        || n.problem().equals("value.dash") || n.problem().equals("value.currency")
                        || n.problem().equals("value.quoted")
                        || n.problem().equals("value.chinese-numeral")) { // a values block may hold text, 236人次 too
                    children.put(key, new Values.Text(s.text(), s.location()));
                } else {
                    diagnostics.error(s.location(), "value.not-number", path, quoted(s.text()),
                            Messages.ref(n.problem()));
                    children.put(key, new Values.Unreadable(s.text(), s.location()));
                }
            } else {
                diagnostics.error(value.location(), "value.list", path);
                // kept as a value that could not be read: a check or a sum of its group is not run, as with a
                // table's unreadable cell, and its name is no unknown key (trial AS, 5)
                children.put(key, new Values.Unreadable(flow(value), value.location()));
            }
        }
        return new Values.Group(children, map.location());
    }

    /** A node as YAML's flow style writes it, {@code [2, 3]}: an unreadable value's text in the open data. */
    private static String flow(YNode node) {
        if (node instanceof YNode.Scalar s) {
            return s.text();
        }
        if (node instanceof YNode.Sequence list) {
            return list.items().stream().map(ReportReader::flow)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return ((YNode.Mapping) node).entries().stream().map(e -> e.key().text() + ": " + flow(e.value()))
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private Table table(AdocSource.Block raw, YNode.Mapping map, Template.TableSpec spec, Diagnostics diagnostics) {
        String id = raw.id();
        boolean templateChecksOff = false;
        for (YNode.Entry e : map.entries()) {
            if (!TABLE_KEYS.contains(e.key().text())) {
                diagnostics.error(e.key().location(), "table.unknown-key", id, e.key().text());
            }
        }
        Header columns = null;
        YNode columnsNode = map.get("columns");
        if (columnsNode != null) {
            columns = TableYaml.header(columnsNode, "columns", diagnostics);
            if (columns != null) {
                lookAlike(columns.roots(), id + " columns", diagnostics);
            }
            if (columns != null && spec != null
                    && !compareShape(id, "column", spec.columns(), columns, columnsNode.location(), spec.labels(),
                            diagnostics)
                    && !spec.checks().isEmpty()) {
                // the cells stand where the report's own columns say, which the template's checks cannot trust:
                // they would compare shifted cells and report made-up failures; the shape errors say what to fix
                templateChecksOff = true;
                diagnostics.note(columnsNode.location(), "template.checks-not-run", id, spec.checks().size());
            }
        }
        // a report that writes its columns is read by them (its cells stand in its order); the table takes the
        // template's columns, each cell moved to its column there
        Header readBy = columns != null ? columns : spec != null ? spec.columns() : null;
        if (spec != null) {
            columns = spec.columns();
        }
        if (columns == null) {
            if (columnsNode == null) {
                diagnostics.error(raw.location(), "table.no-columns", id);
            }
            return null;
        }
        YNode rowsNode = map.get("rows");
        if (!(rowsNode instanceof YNode.Mapping rowsMap) || rowsMap.entries().isEmpty()) {
            if (rowsNode instanceof YNode.Scalar typed && typed.text().indexOf('：') > 0) {
                // x：[1, 2] under rows: a full-width colon makes the rows one text (trial AE, 5)
                diagnostics.error(typed.location(), "yaml.fullwidth-colon");
                return null;
            }
            diagnostics.error(rowsNode == null ? raw.location() : rowsNode.location(), "table.no-rows", id);
            return null;
        }
        CellKind kind = spec != null ? spec.cellKind() : CellKind.NUMBER;
        YNode cellsNode = map.get("cells");
        if (cellsNode != null) {
            CellKind k = cellsNode instanceof YNode.Scalar s ? CellKind.parse(s.text()) : null;
            if (k == null) {
                diagnostics.error(cellsNode.location(), "table.bad-cell-kind", id);
            } else {
                if (spec != null && spec.cellKind() != CellKind.NUMBER && k != spec.cellKind()) {
                    // as a changed unit or label is (trial AA, F1): the template's kind is part of its form, and
                    // number would let a negative count through without a word
                    diagnostics.warning(cellsNode.location(), "template.cells-changed", id,
                            spec.cellKind().name().toLowerCase(java.util.Locale.ROOT),
                            k.name().toLowerCase(java.util.Locale.ROOT));
                }
                kind = k;
            }
        }
        String unit = text(map, "unit", id, spec != null ? spec.unit() : null, diagnostics);
        if (spec != null && spec.unit() != null && map.get("unit") != null && unit != null
                && !unit.replaceAll("\\s", "").equals(spec.unit().replaceAll("\\s", ""))) {
            // trial P, 2: as a changed label is; the template's labels and other years may still say its unit
            diagnostics.warning(map.get("unit").location(), "template.unit-changed", id, spec.unit(), unit);
        }
        String corner = text(map, "corner", id, spec != null ? spec.corner() : null, diagnostics);
        String columnsTitle = text(map, "columns-title", id, spec != null ? spec.columnsTitle() : null, diagnostics);
        Map<String, String> labels = new LinkedHashMap<>();
        if (spec != null) {
            labels.putAll(spec.labels());
        }
        Map<String, String> own = TableYaml.labels(map.get("labels"), diagnostics);
        if (spec != null && map.get("labels") instanceof YNode.Mapping labelLines) {
            for (YNode.Entry line : labelLines.entries()) {
                String key = line.key().text();
                String mine = own.get(key);
                String official = officialLabel(spec, key);
                if (mine != null && official != null && !official.equals(mine)) {
                    // a template's labels are its wording (a national form's official one): say so where it
                    // changes, a row's or a column's, whose key is its label where the template gives none (trial R, 1)
                    diagnostics.warning(line.key().location(), "template.label-changed", id, key, official, mine);
                }
            }
        }
        labels.putAll(own);
        List<CheckDef> checks = new ArrayList<>();
        if (spec != null && !templateChecksOff) {
            checks.addAll(spec.checks());
        }
        checks.addAll(TableYaml.checks(map.get("checks"), null, diagnostics));

        RowReader rows = new RowReader(id, readBy, spec != null ? spec.rows() : null,
                spec != null && spec.unit() != null ? unit : null, kind, diagnostics);
        int[] from = placeOf(columns, readBy);
        rows.read(rowsMap, null, new KeyPath(List.of()));
        KeyNames.check(rows.garbled, id + " rows", diagnostics); // said here: the header holds them as meant
        Map<Location, List<String>> separated =
                thousandsSeparators(raw, id, rows, readBy.leaves().size() == 1, diagnostics);
        rows.reportSplitCells(separated);
        Header rowHeader = rows.builder.build();
        lookAlike(rowHeader.roots(), id + " rows", diagnostics);
        if (map.get("labels") instanceof YNode.Mapping labelLines) {
            for (YNode.Entry line : labelLines.entries()) {
                if (!TableYaml.labelTargetExists(line.key().text(), spec != null ? spec.rows() : rowHeader, columns)
                        && !TableYaml.labelTargetExists(line.key().text(), rowHeader, columns)) {
                    // a label for a row that is not there: a typo, or a row renamed (trial V, 11)
                    diagnostics.warning(line.key().location(), "table.label-unknown", id, line.key().text());
                }
            }
        }
        Header finalRows = rowHeader;
        Map<KeyPath, RowReader.RowCells> byPath = rows.cells;
        if (spec != null) {
            compareShape(id, "row", spec.rows(), rowHeader, rowsMap.location(), spec.labels(), diagnostics);
            finalRows = spec.rows();
        }
        int n = finalRows.leaves().size();
        int m = columns.leaves().size();
        BigDecimal[][] cells = new BigDecimal[n][m];
        Location[][] locations = new Location[n][m];
        Set<KeyPath> missing = new HashSet<>();
        for (Header.Node leaf : finalRows.leaves()) {
            RowReader.RowCells rc = byPath.get(leaf.path());
            if (rc != null) {
                cells[leaf.leafIndex()] = arrange(rc.values(), from, null);
                locations[leaf.leafIndex()] = arrange(rc.locations(), from, rc.at());
            } else {
                locations[leaf.leafIndex()] = filled(m, rowsMap.location());
                if (spec != null) {
                    missing.add(leaf.path()); // a row of the template the report lacks: its checks are not run
                }
            }
        }
        if (spec != null) {
            finalRows = relocate(finalRows, rowHeader, rowsMap.location());
        }
        return new Table(id, raw.title() != null ? raw.title() : spec != null ? spec.title() : null,
                raw.location(), columns, finalRows, cells, locations, labels, unit, corner, columnsTitle, kind, checks,
                Set.copyOf(missing));
    }

    /** An optional text key of a table: the report's own, else {@code otherwise} (the template's). */
    private static String text(YNode.Mapping map, String key, String id, String otherwise, Diagnostics diagnostics) {
        YNode node = map.get(key);
        if (node instanceof YNode.Scalar s && !s.isNull()) {
            return s.text();
        }
        if (node != null) {
            diagnostics.error(node.location(), "table.bad-text", id, key);
        }
        return otherwise;
    }

    /**
     * For each leaf column of {@code to}, its index among the leaf columns of {@code from}, or -1 where
     * {@code from} lacks it; null when both list the same leaf columns in the same order.
     */
    private static int[] placeOf(Header to, Header from) {
        List<Header.Node> target = to.leaves();
        List<Header.Node> source = from.leaves();
        int[] place = new int[target.size()];
        boolean same = target.size() == source.size();
        for (int j = 0; j < target.size(); j++) {
            place[j] = -1;
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).path().equals(target.get(j).path())) {
                    place[j] = i;
                    break;
                }
            }
            same &= place[j] == j;
        }
        return same ? null : place;
    }

    /** The cells of a row moved to the places {@link #placeOf} gives; a missing one is null, or at {@code missing}. */
    private static <T> T[] arrange(T[] cells, int[] from, T missing) {
        if (from == null) {
            return cells;
        }
        T[] out = java.util.Arrays.copyOf(cells, from.length);
        for (int j = 0; j < from.length; j++) {
            out[j] = from[j] >= 0 ? cells[from[j]] : missing;
        }
        return out;
    }

    /**
     * The report's first line of text when it could be a title: in the report's own file, before any section,
     * block or list, short, and not ending as a sentence does. Null when there is no such line.
     */
    private static SourceLine titleLike(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("//") || (t.startsWith(":") && t.indexOf(':', 1) > 0)) {
                continue; // blank lines, comments and attribute entries come before a title too
            }
            boolean text = Character.isLetterOrDigit(t.codePointAt(0)) || t.charAt(0) == '（' || t.charAt(0) == '(';
            // a sentence ends in a stop or a colon, a web page's breadcrumb or table row in a bar; a title does not
            boolean sentence = "。．.!！?？:：;；,，、|".indexOf(t.charAt(t.length() - 1)) >= 0;
            boolean macro = t.contains("::") || t.matches("[\\w-]+:[^\\s\\[]*\\[[^]]*]"); // include::, tally:v.a[9]
            boolean partial = line.location().file().getFileName().toString().startsWith("_");
            return text && !sentence && !macro && !partial && t.codePointCount(0, t.length()) <= 80 ? line : null;
        }
        return null;
    }

    /** The template's row tree, with each row's location taken from the report where the report has it. */
    private static Header relocate(Header template, Header report, Location fallback) {
        Header.Builder b = new Header.Builder();
        for (Header.Node root : template.roots()) {
            copy(b, null, root, report, fallback);
        }
        return b.build();
    }

    private static void copy(Header.Builder b, Header.Node parent, Header.Node node, Header report, Location fallback) {
        Header.Node own = report.find(node.path());
        Header.Node copy = b.node(node.key(), node.path(), own != null ? own.location() : fallback);
        b.add(parent, copy);
        for (Header.Node c : node.children()) {
            copy(b, copy, c, report, fallback);
        }
    }

    private static Location[] filled(int m, Location at) {
        Location[] l = new Location[m];
        java.util.Arrays.fill(l, at);
        return l;
    }

    /**
     * Names every row or column the template has and the report lacks, and every one it adds; whether there was
     * none of either.
     */
    private static boolean compareShape(String id, String what, Header expected, Header actual, Location at,
            Map<String, String> labels, Diagnostics diagnostics) {
        if (sameShape(expected, actual)) {
            return true; // the usual case: the report's rows or columns are the template's, in its order
        }
        int before = diagnostics.size();
        Map<KeyPath, Header.Node> meant = misspelt(expected, actual);
        Set<KeyPath> standIns = new HashSet<>();
        for (Header.Node m : meant.values()) {
            standIns.add(m.path());
        }
        for (Header.Node n : expected.all()) {
            Header.Node own = actual.find(n.path());
            if (own == null && standIns.contains(n.path())) {
                continue; // written with a typo: said once, at the typo, with the key it stands for
            }
            if (own == null) {
                // A part of a group is missing: named at the group where the report has it. The parts of a group
                // the report wrote as a single row are not named: its wrong-shape error says it all.
                if (n.path().size() == 1) {
                    diagnostics.error(at, "template.missing-" + what, id, n.path().toString());
                } else {
                    Header.Node group = actual.find(parent(n.path()));
                    if (group != null && !group.isLeaf()) {
                        diagnostics.error(group.location(), "template.missing-" + what, id, n.path().toString());
                    }
                }
            } else if (own.isLeaf() != n.isLeaf()) {
                // which side is which: the template's shape, then the report's (trial AE)
                diagnostics.error(own.location(), "template.wrong-" + what + "-kind", id, n.path().toString(),
                        shape(what, n), shape(what, own));
            }
        }
        for (Header.Node n : actual.all()) {
            if (meant.containsKey(n.path())) {
                diagnostics.error(n.location(), "template.extra-" + what + "-meant", id, n.path().toString(),
                        meant.get(n.path()).key());
            } else if (expected.find(n.path()) == null
                    && (n.path().size() == 1 || isGroup(expected.find(parent(n.path()))))) {
                diagnostics.error(n.location(), "template.extra-" + what, id, n.path().toString());
                // the form's wording written where its key belongs: name the key (the label comes from the template)
                for (Map.Entry<String, String> l : labels.entrySet()) {
                    if (l.getValue().strip().equals(n.key().strip())) {
                        diagnostics.note(n.location(), "template.label-as-key", n.key(), l.getKey());
                        break;
                    }
                }
            }
        }
        if (diagnostics.size() != before) {
            return false;
        }
        // the same rows or columns in another order read as the template's; a row's cells stand by position,
        // so when its columns were reordered and its cells not moved, the note explains the failures that follow
        if (what.equals("column")) {
            diagnostics.note(at, "template.columns-reordered", id,
                    String.join(", ", actual.leaves().stream().map(n -> n.path().dotted()).toList()));
        }
        return true;
    }

    /**
     * The rows or columns the report adds that stand for one the template has and the report lacks, beside it in
     * the same group, a character or two away ({@code 部份公开} for {@code 部分公开}, trial AT, 7): each with the
     * one it stands for, which no two share.
     */
    private static Map<KeyPath, Header.Node> misspelt(Header expected, Header actual) {
        Map<KeyPath, Header.Node> meant = new HashMap<>();
        Set<KeyPath> taken = new HashSet<>();
        for (Header.Node n : actual.all()) {
            if (expected.find(n.path()) != null) {
                continue;
            }
            List<Header.Node> siblings;
            if (n.path().size() == 1) {
                siblings = expected.roots();
            } else {
                Header.Node group = expected.find(parent(n.path()));
                siblings = isGroup(group) ? group.children() : List.of();
            }
            Map<String, Header.Node> lacking = new LinkedHashMap<>();
            for (Header.Node s : siblings) {
                if (actual.find(s.path()) == null && !taken.contains(s.path())) {
                    lacking.put(s.key(), s);
                }
            }
            String close = Suggest.closest(n.key(), lacking.keySet());
            if (close != null && Suggest.distance(n.key(), close) <= hanAllowed(n.key())) {
                meant.put(n.path(), lacking.get(close));
                taken.add(lacking.get(close).path());
            }
        }
        return meant;
    }

    /**
     * How many characters a key in Chinese may differ by and still stand for another: a character is a word, so
     * {@code 行政检查} is no typo of {@code 行政强制}; one in a key of up to eight, two in a longer one. A key with no
     * Chinese character, as {@link Suggest} allows.
     */
    private static int hanAllowed(String key) {
        boolean han = key.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? 1 + (key.codePointCount(0, key.length()) - 1) / 8 : Integer.MAX_VALUE;
    }

    private static boolean isGroup(Header.Node node) {
        return node != null && !node.isLeaf();
    }

    private static boolean sameShape(Header expected, Header actual) {
        List<Header.Node> a = expected.all();
        List<Header.Node> b = actual.all();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).path().equals(b.get(i).path()) || a.get(i).isLeaf() != b.get(i).isLeaf()) {
                return false;
            }
        }
        return true;
    }

    private static KeyPath parent(KeyPath p) {
        return new KeyPath(p.keys().subList(0, p.size() - 1));
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A value as written, shortened and in quotes, so that an empty one shows as {@code ''}. */
    private static String quoted(String text) {
        return "'" + shorten(text) + "'";
    }

    /** Digits, a comma and three more digits, with no space: a number written with a thousands separator. */
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("(?<![\\d.])-?\\d{1,3}(?:,\\d{3})+(?![\\d.])");

    /**
     * A row written {@code [1,234, 1,500]} is four cells to YAML. Where the table's lists put a space after their
     * commas, a comma between digits with none is a thousands separator, whatever the cell count says: warned at
     * the row (a table written {@code [120,305,425]} throughout is taken as it is written). In a table of one
     * column, where a list holds one number, any such comma is one (trial P, 4). Each is named.
     */
    private static Map<Location, List<String>> thousandsSeparators(AdocSource.Block raw, String table,
            RowReader rows, boolean oneColumn, Diagnostics diagnostics) {
        boolean any = false;
        for (SourceLine line : raw.content()) {
            any |= tightComma(line.text());
        }
        Map<Location, List<String>> named = new HashMap<>();
        if (!any) {
            return named; // the usual table: no comma between two digits anywhere
        }
        Map<Location, String> lists = new HashMap<>();
        for (SourceLine line : raw.content()) {
            String t = line.text();
            int open = t.indexOf('[');
            if (open >= 0 && t.indexOf(']', open) >= 0) {
                lists.put(line.location(), t.substring(open, t.lastIndexOf(']') + 1));
            }
        }
        Map<Location, String> rowLines = new HashMap<>();
        boolean spaced = false;
        for (RowReader.RowCells row : rows.cells.values()) {
            String list = lists.get(row.at());
            if (list != null) {
                rowLines.put(row.at(), list);
                spaced |= list.contains(", ");
            }
        }
        if (!spaced && !oneColumn) {
            return named;
        }
        for (Map.Entry<KeyPath, RowReader.RowCells> e : rows.cells.entrySet()) {
            String list = rowLines.get(e.getValue().at());
            // a quoted cell is one cell, commas and all
            java.util.regex.Matcher m = list == null ? null
                    : GROUPED.matcher(list.replaceAll("\"[^\"]*\"|'[^']*'", "''"));
            while (m != null && m.find()) {
                diagnostics.warning(e.getValue().at(), spaced ? "table.thousands-separator"
                        : "table.thousands-separator-one-column", table, e.getKey().toString(), m.group(),
                        m.group().replace(",", ""));
                named.computeIfAbsent(e.getValue().at(), k -> new ArrayList<>()).add(m.group());
            }
        }
        return named;
    }

    /** Whether a comma stands between two digits. */
    private static boolean tightComma(String t) {
        for (int i = t.indexOf(','); i > 0 && i + 1 < t.length(); i = t.indexOf(',', i + 1)) {
            char after = t.charAt(i + 1);
            if (after != ' ' && Character.isDigit(after) && Character.isDigit(t.charAt(i - 1))) { // mostly a space
                return true;
            }
        }
        return false;
    }

    /** Reads {@code rows:} of a table: a mapping from key to cells, or to a mapping (a row group). */
    private static final class RowReader {
        /** A row's cells in the order of the columns it was read by, and where the row stands. */
        record RowCells(BigDecimal[] values, Location[] locations, Location at) {
        }

        final Header.Builder builder = new Header.Builder();
        final Map<KeyPath, RowCells> cells = new LinkedHashMap<>();
        private final String table;
        private final Header columns;
        /** The template's rows, where the table has a template; null otherwise. */
        private final Header expected;
        /** The table's unit where its template gives it one (the report's own where it writes one); else null. */
        private final String templateUnit;
        private final CellKind kind;
        private final Diagnostics diagnostics;
        /**
         * The cells of miscounted rows that read as octal ({@code 068}): most likely the part of a number after
         * its thousands separator ({@code 1,068}), which is then said, not that it is octal in whatever column the
         * split put it. Said or not once the separators are known ({@link #reportSplitCells}).
         */
        private final List<SplitCell> maybeSplit = new ArrayList<>();

        private record SplitCell(Location rowAt, YNode.Scalar cell, Object[] args) {
        }

        /** A row's cells in full-width brackets, as a Chinese input method types them: 【1, 2】, ［1，2］, 〔1, 2〕. */
        private static final java.util.regex.Pattern FULLWIDTH_LIST =
                java.util.regex.Pattern.compile("\\s*[【［〔].*[】］〕]\\s*");
        /** Numbers separated by tabs or spaces: a row's cells written as a spreadsheet gives them. */
        /** Cells between | marks, as a table copied from a web page writes them: {@code 0 | 2 | 2 |}. */
        private static final java.util.regex.Pattern PIPED_CELLS = java.util.regex.Pattern.compile(
                "\\s*\\|?\\s*[-+]?[0-9][0-9.,]*(?:\\s*\\|\\s*[-+]?[0-9][0-9.,]*)+\\s*\\|?\\s*");

        private static final java.util.regex.Pattern SPACED_CELLS =
                java.util.regex.Pattern.compile("\\s*[-+]?[0-9０-９][0-9０-９.,]*(?:\\s+[-+]?[0-9０-９][0-9０-９.,]*)+\\s*");

        RowReader(String table, Header columns, Header expected, String templateUnit, CellKind kind,
                Diagnostics diagnostics) {
            this.table = table;
            this.columns = columns;
            this.expected = expected;
            this.templateUnit = templateUnit;
            this.kind = kind;
            this.diagnostics = diagnostics;
        }

        /** Says the octal-looking cells that no thousands separator named at their row explains. */
        void reportSplitCells(Map<Location, List<String>> separated) {
            for (SplitCell c : maybeSplit) {
                List<String> numbers = separated.getOrDefault(c.rowAt(), List.of());
                if (numbers.stream().noneMatch(g -> g.contains("," + c.cell().text()))) {
                    diagnostics.error(c.cell().location(), "table.cell-not-number", c.args());
                }
            }
        }

        /** Keys written garbled (an invisible character, a full-width space at an end), each filed as meant. */
        final List<KeyNames.Key> garbled = new ArrayList<>();

        void read(YNode.Mapping map, Header.Node parent, KeyPath prefix) {
            for (YNode.Entry e : map.entries()) {
                String key = meant(map, e);
                if (!key.equals(e.key().text())) {
                    garbled.add(new KeyNames.Key(e.key().text(), e.key().location()));
                }
                KeyPath path = prefix.child(key);
                Header.Node node = builder.node(key, path, e.key().location());
                YNode value = e.value();
                if (value instanceof YNode.Mapping group && !group.entries().isEmpty()) {
                    builder.add(parent, node);
                    read(group, node, path);
                } else if (value instanceof YNode.Sequence seq) {
                    builder.add(parent, node);
                    cells.put(path, row(path, seq, e.key().location()));
                } else if (value instanceof YNode.Scalar cellsInText && cellsInText.plain()
                        && (SPACED_CELLS.matcher(cellsInText.text()).matches()
                                || PIPED_CELLS.matcher(cellsInText.text()).matches())) {
                    // a row pasted from a spreadsheet (0<TAB>0<TAB>0) or a web page (0 | 0 | 0 |): the row is there,
                    // its cells not a list (trial R, 7; trial AO, 6); it is read as a row of unreadable cells, not
                    // reported missing as well
                    boolean piped = cellsInText.text().indexOf('|') >= 0;
                    String[] parts = java.util.Arrays.stream(cellsInText.text().strip().split(piped ? "\\|" : "\\s+"))
                            .map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
                    diagnostics.error(e.key().location(), piped ? "table.row-cells-piped" : "table.row-cells-in-text",
                            table, path.toString(), Messages.countRef(parts.length, "cell"),
                            "[" + String.join(", ", parts) + "]");
                    builder.add(parent, node);
                    cells.put(path, unreadable(e.key().location()));
                } else if (value instanceof YNode.Scalar bracketed && bracketed.plain()
                        && FULLWIDTH_LIST.matcher(bracketed.text()).matches()) {
                    // 【5, 1, 0】 typed with a Chinese input method: a row, in brackets YAML does not know (trial AE, 5);
                    // read as a row of unreadable cells, not reported missing as well
                    diagnostics.error(e.key().location(), "table.row-fullwidth-brackets", table, path.toString(),
                            bracketed.text().strip().substring(0, 1) + bracketed.text().strip().substring(
                                    bracketed.text().strip().length() - 1));
                    builder.add(parent, node);
                    cells.put(path, unreadable(e.key().location()));
                } else if (value instanceof YNode.Scalar empty && empty.isNull()
                        && !(expected != null && expected.find(path) != null && !expected.find(path).isLeaf())) {
                    // 上年结转: with nothing after it: the row is there, its figures not written (trial AT, 8); said
                    // at its line with what to write, and read as a row of unreadable cells, not reported missing
                    int n = columns.leaves().size();
                    diagnostics.error(e.key().location(), "table.row-empty", table, path.toString(),
                            Messages.countRef(n, "column"),
                            e.key().text() + ": [" + String.join(", ", java.util.Collections.nCopies(n, "0")) + "]");
                    builder.add(parent, node);
                    cells.put(path, unreadable(e.key().location()));
                } else {
                    diagnostics.error(e.key().location(), "table.row-without-cells", table, path.toString());
                }
            }
        }

        /** A row that is there but whose cells cannot be read: every cell empty, each at the row's line. */
        private RowCells unreadable(Location rowAt) {
            int n = columns.leaves().size();
            Location[] at = new Location[n];
            java.util.Arrays.fill(at, rowAt);
            return new RowCells(new BigDecimal[n], at, rowAt);
        }

        private RowCells row(KeyPath path, YNode.Sequence seq, Location rowAt) {
            List<Header.Node> leaves = columns.leaves();
            BigDecimal[] values = new BigDecimal[leaves.size()];
            Location[] locations = new Location[leaves.size()];
            boolean miscounted = seq.items().size() != leaves.size();
            if (miscounted) {
                diagnostics.error(rowAt, "table.cell-count", table, path.toString(),
                        Messages.countRef(seq.items().size(), "cell"), Messages.countRef(leaves.size(), "column"));
            }
            for (int i = 0; i < leaves.size(); i++) {
                if (i >= seq.items().size()) {
                    locations[i] = rowAt;
                    continue;
                }
                YNode item = seq.items().get(i);
                locations[i] = item.location();
                if (!(item instanceof YNode.Scalar s)) {
                    String column = leaves.get(i).path().toString();
                    diagnostics.error(item.location(), "table.cell-not-scalar", table, path.toString(), column,
                            Messages.ref("word." + YNode.kind(item)));
                    continue;
                }
                NumberText.Result n = NumberText.parse(s);
                if (!n.ok()) {
                    String column = leaves.get(i).path().toString();
                    Object[] args = {table, path.toString(), column, quoted(s.text()), Messages.ref(n.problem())};
                    java.util.regex.Matcher unit = NumberText.WITH_UNIT.matcher(s.text().strip());
                    if (miscounted && n.problem().equals("value.leading-zero") && s.plain() && s.text().length() == 3) {
                        maybeSplit.add(new SplitCell(rowAt, s, args));
                    } else if (templateUnit != null && n.problem().equals("value.unit") && unit.matches()) {
                        // 18件 in a table whose unit the template gives: no unit: to write (trial AT, 14)
                        String written = s.text().strip().substring(unit.end(1)).strip();
                        boolean same = written.equals(templateUnit.replaceAll("\\s", ""));
                        diagnostics.error(s.location(), same ? "table.cell-unit-template" : "table.cell-unit-other",
                                table, path.toString(), column, quoted(s.text()), same ? unit.group(1) : templateUnit,
                                templateUnit);
                    } else {
                        diagnostics.error(s.location(), "table.cell-not-number", args);
                    }
                    continue;
                }
                if (!kind.accepts(n.value())) {
                    String column = leaves.get(i).path().toString();
                    diagnostics.error(s.location(), "table.cell-kind", table, path.toString(), column,
                            n.value().toPlainString(), kind.id(),
                            dev.tally.diagnostic.Messages.ref("table.kind-" + kind.id())); // this kind's rule alone
                } else if (kind == CellKind.COUNT && n.value().scale() > 0) {
                    // 2.0, as a spreadsheet cell formatted 0.0 pastes it: a count, read and shown as 2 (trial AT, 2)
                    String whole = n.value().setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
                    diagnostics.warning(s.location(), "table.count-decimal", table, path.toString(),
                            leaves.get(i).path().toString(), s.text().strip(), whole);
                    values[i] = new BigDecimal(whole);
                    continue;
                }
                values[i] = n.value();
            }
            if (miscounted) {
                // which cell stands in which column is anybody's guess: what is wrong with a cell's text is said
                // above, but no cell is read, so that no check runs on a shifted cell and the page shows the row
                // as unreadable rather than its cells under the wrong columns
                java.util.Arrays.fill(values, null);
                java.util.Arrays.fill(locations, rowAt);
            }
            return new RowCells(values, locations, rowAt);
        }
    }
}
