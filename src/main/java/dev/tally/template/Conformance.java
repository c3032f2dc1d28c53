package dev.tally.template;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Suggest;
import dev.tally.model.Block;
import dev.tally.model.Report;
import dev.tally.model.SectionTitle;
import dev.tally.model.Table;
import dev.tally.model.Template;
import dev.tally.model.Values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a report has what its template declares: every table and values block (shapes are checked
 * while reading), and the level-1 sections, all present and in order.
 */
public final class Conformance {

    private Conformance() {
    }

    public static void check(Report report, Template template, Diagnostics diagnostics) {
        check(report, template, diagnostics, List.of());
    }

    /**
     * As {@link #check(Report, Template, Diagnostics)}, with the report's lines ({@code lines}, includes expanded):
     * a missing section whose title stands as a line of text is said there (trial AO, 7).
     */
    public static void check(Report report, Template template, Diagnostics diagnostics,
            List<dev.tally.read.SourceLine> lines) {
        Report.Attribute attr = report.attribute("tally-template");
        Location at = attr != null ? attr.location() : Location.of(report.file());
        for (String id : template.tables().keySet()) {
            Block block = report.block(id);
            if (block == null && report.isUnreadable(id)) {
                continue;
            }
            Block meant = block == null ? meantFor(report, template, id, template.tables().get(id).title()) : null;
            if (meant != null) {
                diagnostics.error(meant.location(), "template.missing-table-misnamed", id,
                        template.tables().get(id).title(), template.name(), meant.id());
            } else if (block == null) {
                SectionTitle heading = headingOf(report, template, template.tables().get(id).section());
                int[] pasted = heading == null ? null : pastedTable(lines, heading.location());
                if (pasted != null) {
                    // the table copied from a word processor as lines of cells between | marks: said there, where
                    // the block is to be written (trial AT, 12)
                    diagnostics.error(new Location(heading.location().file(), pasted[0]),
                            "template.missing-table-pasted", id, template.tables().get(id).title(), template.name(),
                            heading.title(), pasted[0], pasted[1]);
                } else if (heading != null) {
                    // said where the table belongs, under its section's heading, not at :tally-template: (trial AI)
                    diagnostics.error(heading.location(), "template.missing-table-here", id,
                            template.tables().get(id).title(), template.name(), heading.title());
                } else {
                    diagnostics.error(at, "template.missing-table", id, template.tables().get(id).title(),
                            template.name());
                }
            } else if (!(block instanceof Table)) {
                diagnostics.error(block.location(), "template.not-a-table", id);
            }
        }
        for (String id : template.values().keySet()) {
            Block block = report.block(id);
            if (block == null && report.isUnreadable(id)) {
                continue;
            }
            Block meant = block == null ? meantFor(report, template, id, null) : null;
            if (meant != null) {
                diagnostics.error(meant.location(), "template.missing-values-misnamed", id, template.name(), meant.id());
            } else if (block == null) {
                diagnostics.error(at, "template.missing-values", id, template.name());
            } else if (!(block instanceof Values)) {
                diagnostics.error(block.location(), "template.not-values", id);
            }
        }
        List<SectionTitle> level1 = report.sections().stream().filter(s -> s.level() == 1).toList();
        List<String> titles = level1.stream().map(s -> normalize(s.title())).toList();
        sections(report, template, level1, titles, at, diagnostics, lines);
        placement(report, template, level1, titles, diagnostics);
        emptySections(template, level1, titles, lines, diagnostics);
    }

    /**
     * A section of the template that stands in the report with nothing under it but tally:init's placeholder comment
     * ({@code // The text of this section.}), comments and blank lines: a report from tally:init not filled in, a
     * warning at its heading, so that an empty form is not published as consistent (trial AO, 9). A section left
     * empty otherwise (its tables lost, as published) is said by what it lacks.
     */
    private static void emptySections(Template template, List<SectionTitle> level1, List<String> titles,
            List<dev.tally.read.SourceLine> lines, Diagnostics diagnostics) {
        if (lines.isEmpty() || level1.isEmpty()) {
            return;
        }
        Map<Location, Integer> at = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            at.putIfAbsent(lines.get(i).location(), i);
        }
        for (int h = 0; h < level1.size(); h++) {
            String title = titles.get(h);
            if (template.sections().stream().noneMatch(s -> s.names().contains(title))) {
                continue; // a section of the report's own
            }
            Integer from = at.get(level1.get(h).location());
            Integer to = h + 1 < level1.size() ? at.get(level1.get(h + 1).location()) : Integer.valueOf(lines.size());
            if (from == null || to == null || to <= from) {
                continue;
            }
            if (nothingBetween(lines, from + 1, to) && placeholderBetween(lines, from + 1, to)) {
                diagnostics.warning(level1.get(h).location(), "template.section-empty", level1.get(h).title());
            }
        }
    }

    /** tally:init's comment in an empty section, in each language it writes: {@code // The text of this section.} */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of(
            "// " + dev.tally.diagnostic.Messages.format(java.util.Locale.ENGLISH, "init.comment.section", List.of()),
            "// " + dev.tally.diagnostic.Messages.format(java.util.Locale.CHINESE, "init.comment.section", List.of()));

    private static boolean placeholderBetween(List<dev.tally.read.SourceLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PLACEHOLDERS.contains(lines.get(i).text().strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lines from {@code from} to {@code to} hold only blank lines, comments and attribute entries. */
    private static boolean nothingBetween(List<dev.tally.read.SourceLine> lines, int from, int to) {
        boolean inComment = false;
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("////")) {
                inComment = !inComment;
            } else if (!inComment && !t.isEmpty() && !t.startsWith("//") && !(t.startsWith(":") && t.indexOf(':', 1) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The report's level-1 heading of the template's section {@code section} (by its title or an alias), or null. */
    private static SectionTitle headingOf(Report report, Template template, String section) {
        if (section == null) {
            return null;
        }
        String name = normalize(section);
        Template.SectionSpec wanted = template.sections().stream().filter(s -> s.names().contains(name))
                .findFirst().orElse(null);
        if (wanted == null) {
            return null;
        }
        return report.sections().stream().filter(h -> h.level() == 1 && wanted.names().contains(normalize(h.title())))
                .findFirst().orElse(null);
    }

    /**
     * The report's block that most likely is the template's missing block {@code id} under another name: of the
     * blocks the template does not declare, the one whose id is a letter or two from it ({@code appeal} for
     * {@code appeals}), or else the one titled as the template titles it; null when there is none.
     */
    private static Block meantFor(Report report, Template template, String id, String title) {
        Map<String, Block> others = new LinkedHashMap<>();
        for (Block b : report.blocks().values()) {
            if (!template.tables().containsKey(b.id()) && !template.values().containsKey(b.id())) {
                others.put(b.id(), b);
            }
        }
        String close = Suggest.closest(id, others.keySet());
        if (close != null) {
            return others.get(close);
        }
        if (title == null) {
            return null;
        }
        List<Block> titled = others.values().stream()
                .filter(b -> b.title() != null && normalize(b.title()).equals(normalize(title))).toList();
        return titled.size() == 1 ? titled.get(0) : null;
    }

    /**
     * A table the template puts in a section ({@code section:}) that the report has, standing in another one:
     * a warning (the format lets a report add sections, not move the form's tables). Only a table in the report's
     * own file is placed: a partial's lines are not in the report's order.
     */
    private static void placement(Report report, Template template, List<SectionTitle> level1, List<String> titles,
            Diagnostics diagnostics) {
        // the template's tables in their own section, by that section (its index among the report's headings)
        Map<Integer, List<Template.TableSpec>> inPlace = new java.util.TreeMap<>();
        for (Template.TableSpec spec : template.tables().values()) {
            Block block = report.block(spec.id());
            if (spec.section() == null || !(block instanceof Table) || !block.location().file().equals(report.file())) {
                continue;
            }
            String section = normalizedSection(spec.section()); // once, not once for each of the template's sections
            Template.SectionSpec wanted = template.sections().stream().filter(s -> s.names().contains(section))
                    .findFirst().orElse(null);
            if (wanted == null || titles.stream().noneMatch(wanted.names()::contains)) {
                continue; // the report lacks that section: that is the error reported
            }
            int in = sectionOf(block, report, level1);
            if (in >= 0 && !wanted.names().contains(titles.get(in))) {
                diagnostics.warning(block.location(), "template.table-section", spec.id(), level1.get(in).title(),
                        wanted.title());
            } else if (in >= 0) {
                inPlace.computeIfAbsent(in, k -> new ArrayList<>()).add(spec);
            }
        }
        for (Template.ValuesSpec spec : template.values().values()) {
            // a values block the template places (section:) as a table's (trial AN, 4)
            Block block = report.block(spec.id());
            if (spec.section() == null || !(block instanceof Values) || !block.location().file().equals(report.file())) {
                continue;
            }
            String section = normalizedSection(spec.section());
            Template.SectionSpec wanted = template.sections().stream().filter(s -> s.names().contains(section))
                    .findFirst().orElse(null);
            int in = sectionOf(block, report, level1);
            if (wanted != null && titles.stream().anyMatch(wanted.names()::contains) && in >= 0
                    && !wanted.names().contains(titles.get(in))) {
                diagnostics.warning(block.location(), "template.values-section", spec.id(), level1.get(in).title(),
                        wanted.title());
            }
        }
        // within a section, the template's order: the form's （五）（六）（八） not published as （五）（八）（六）
        // (trial AJ, 8); a note, as a report may add tables and the form does not number every one
        for (List<Template.TableSpec> specs : inPlace.values()) {
            List<String> order = new ArrayList<>(template.tables().keySet());
            specs.sort(java.util.Comparator.comparingInt(t -> report.block(t.id()).location().line()));
            Template.TableSpec latest = null;
            for (Template.TableSpec spec : specs) {
                if (latest != null && order.indexOf(spec.id()) < order.indexOf(latest.id())) {
                    diagnostics.note(report.block(spec.id()).location(), "template.table-order", spec.id(), latest.id());
                } else {
                    latest = spec;
                }
            }
        }
    }

    /** The index among the report's level-1 headings of the one a block of the report's own file stands under, or -1. */
    private static int sectionOf(Block block, Report report, List<SectionTitle> level1) {
        int in = -1;
        for (int i = 0; i < level1.size(); i++) {
            Location at = level1.get(i).location();
            if (at.file().equals(report.file()) && at.line() < block.location().line()) {
                in = i;
            }
        }
        return in;
    }

    private static void sections(Report report, Template template, List<SectionTitle> level1, List<String> titles,
            Location at, Diagnostics diagnostics, List<dev.tally.read.SourceLine> lines) {
        List<Template.SectionSpec> specs = template.sections();
        int[] headingOf = new int[specs.size()];
        java.util.Arrays.fill(headingOf, -1);
        for (int s = 0; s < specs.size(); s++) {
            Template.SectionSpec spec = specs.get(s);
            int found = -1;
            List<String> names = spec.names();
            for (int i = 0; i < level1.size(); i++) {
                if (names.contains(titles.get(i))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                if (report.isIncomplete()) {
                    continue; // it may be in the part that could not be read
                }
                SectionTitle deeper = report.sections().stream().filter(h -> h.level() > 1
                        && names.contains(normalize(h.title()))).findFirst().orElse(null);
                int near = deeper != null ? -1 : nearMiss(spec, template, level1, titles);
                dev.tally.read.SourceLine plain = deeper == null && near < 0 ? asText(lines, names) : null;
                if (deeper != null) {
                    // === 四、… one level too deep: said at that heading (trial AE, 6)
                    diagnostics.error(deeper.location(), "template.section-level", spec.title(), deeper.level(),
                            "=".repeat(deeper.level() + 1));
                } else if (near >= 0) {
                    List<String> accepted = new ArrayList<>();
                    accepted.add(spec.title());
                    accepted.addAll(spec.aliases());
                    String[] typo = typo(level1.get(near).title(), accepted);
                    if (typo != null) {
                        // 行政讼诉 for 行政诉讼: the characters that differ, not the whole title to compare (trial AT, 27)
                        diagnostics.error(level1.get(near).location(), "template.section-typo", spec.title(),
                                level1.get(near).title(), typo[0], typo[1], typo[2]);
                    } else {
                        diagnostics.error(level1.get(near).location(), "template.section-renamed", spec.title(),
                                level1.get(near).title(), dev.tally.diagnostic.Messages.titlesRef(accepted));
                    }
                } else if (plain != null && plain.text().strip().startsWith("=")) {
                    // ==五、… with no space after ==: a paragraph to AsciiDoc, not a heading (trial AT, 6)
                    String text = plain.text().strip();
                    int marks = 0;
                    while (marks < text.length() && text.charAt(marks) == '=') {
                        marks++;
                    }
                    diagnostics.error(plain.location(), "template.section-no-space", spec.title(), text,
                            text.substring(0, marks), text.substring(marks).strip());
                } else if (plain != null) {
                    // 一、总体情况 pasted from a word processor without == before it (trial AO, 7)
                    diagnostics.error(plain.location(), "template.section-as-text", spec.title(), plain.text().strip());
                } else {
                    // said at the heading it belongs before, where it is to be written, rather than at the
                    // :tally-template: line (trial AT, 6)
                    int next = nextPresent(specs, s, level1, titles);
                    if (next >= 0) {
                        diagnostics.error(level1.get(next).location(), "template.missing-section-before", spec.title(),
                                level1.get(next).title());
                    } else {
                        diagnostics.error(at, "template.missing-section", spec.title());
                    }
                }
                continue;
            }
            for (int i = found + 1; i < level1.size(); i++) {
                if (names.contains(titles.get(i))) {
                    // the form's sections come once each; a second one is taken for an extra section
                    diagnostics.warning(level1.get(i).location(), "template.section-twice", spec.title(),
                            level1.get(found).location().line());
                }
            }
            headingOf[s] = found;
        }
        order(specs, headingOf, level1, diagnostics);
    }

    /**
     * The sections out of the template's order, each an error at its heading: the fewest that, taken out, leave the
     * rest in order (a longest ordered subsequence), so that one section moved is the one blamed, not every section
     * it jumped over (trial AA, F6). Of equally few, the later sections of the template are blamed.
     */
    private static void order(List<Template.SectionSpec> specs, int[] found, List<SectionTitle> level1,
            Diagnostics diagnostics) {
        int n = specs.size();
        // longest[s]: the longest ordered run of present sections that starts with section s
        int[] longest = new int[n];
        int most = 0;
        for (int s = n - 1; s >= 0; s--) {
            if (found[s] < 0) {
                continue;
            }
            longest[s] = 1;
            for (int t = s + 1; t < n; t++) {
                if (found[t] > found[s] && longest[t] + 1 > longest[s]) {
                    longest[s] = longest[t] + 1;
                }
            }
            most = Math.max(most, longest[s]);
        }
        boolean[] kept = new boolean[n];
        int want = most;
        int after = -1; // the heading index the next kept section must follow
        for (int s = 0; s < n && want > 0; s++) {
            if (found[s] > after && longest[s] == want) {
                kept[s] = true;
                after = found[s];
                want--;
            }
        }
        for (int s = 0; s < n; s++) {
            if (found[s] < 0 || kept[s]) {
                continue;
            }
            int before = s - 1;
            while (before >= 0 && !kept[before]) {
                before--;
            }
            if (before >= 0) {
                diagnostics.error(level1.get(found[s]).location(), "template.section-order", specs.get(s).title(),
                        specs.get(before).title());
            } else {
                int next = s + 1;
                while (!kept[next]) {
                    next++; // some section is kept, and none before s
                }
                diagnostics.error(level1.get(found[s]).location(), "template.section-order-before",
                        specs.get(s).title(), specs.get(next).title());
            }
        }
    }

    /** A leading ordinal: 一、 (四) 3. 3、 III. and the like. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百\\d]+[)）]|\\d+(?:\\.\\d+)*[.、．]|[IVXLC]+\\.)");

    /**
     * The heading that most likely is {@code spec} renamed, or -1: a level-1 heading that no section of the
     * template accepts, with the same leading ordinal as {@code spec}'s title (四、…), or else one without a number of
     * its own that shares most of its characters with the title or an alias. Pointing at it tells the author what to rename, where the bare "missing section" at the top
     * of the report does not.
     */
    private static int nearMiss(Template.SectionSpec spec, Template template, List<SectionTitle> level1,
            List<String> titles) {
        String wanted = spec.names().get(0);
        java.util.regex.Matcher m = ORDINAL.matcher(wanted);
        String ordinal = m.find() ? m.group() : null;
        int best = -1;
        double bestScore = 0.5; // below half the characters in common, a heading is another section
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            if (template.sections().stream().anyMatch(sec -> sec.names().contains(title))) {
                continue;
            }
            if (ordinal != null && title.startsWith(ordinal) && !title.equals(ordinal)) {
                return i;
            }
            java.util.regex.Matcher own = ORDINAL.matcher(title);
            if (ordinal != null && own.find() && numeral(own.group()).equals(numeral(ordinal))
                    && own.end() < title.length()) {
                return i; // 三.收到… for 三、收到…: the same number, other punctuation (trial AE, 6)
            }
            double score = 0;
            for (String name : spec.names()) { // the title and aliases, without their numbering
                score = Math.max(score, similarity(ORDINAL.matcher(name).replaceFirst(""), title));
            }
            if (score >= bestScore && (ordinal == null || !ORDINAL.matcher(title).find())) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Where a heading differs from one of the titles a section accepts by a few characters in one place (讼诉 for
     * 诉讼, 二. for 二、): that title, the heading's characters there and the title's; or null. Spaces count as none.
     */
    static String[] typo(String heading, List<String> accepted) {
        String[] best = null;
        String h = heading.strip();
        for (String title : accepted) {
            String t = title.strip();
            int start = 0;
            while (start < h.length() && start < t.length() && h.charAt(start) == t.charAt(start)) {
                start++;
            }
            int end = 0;
            while (end < h.length() - start && end < t.length() - start
                    && h.charAt(h.length() - 1 - end) == t.charAt(t.length() - 1 - end)) {
                end++;
            }
            String wrote = h.substring(start, h.length() - end);
            String meant = t.substring(start, t.length() - end);
            if (wrote.strip().isEmpty() && meant.isEmpty() || wrote.length() > 4 || meant.length() > 4
                    || start + end < Math.max(4, t.length() / 2)) {
                continue; // the same, or too different to be a slip
            }
            if (wrote.isEmpty() || meant.isEmpty()) {
                // a character left out or added: shown with its neighbours, 二主 for 二、主
                int from = Math.max(0, start - 1);
                wrote = h.substring(from, Math.min(h.length(), h.length() - end + 1));
                meant = t.substring(from, Math.min(t.length(), t.length() - end + 1));
            }
            if (best == null || wrote.length() + meant.length() < best[1].length() + best[2].length()) {
                best = new String[] {t, wrote, meant};
            }
        }
        return best;
    }

    /** An ordinal's number without its punctuation: 三 of 三、 and 三. and （三）. */
    private static String numeral(String ordinal) {
        return ordinal.replaceAll("[、.．()（）]", "");
    }

    /** Dice's coefficient on the two texts' characters (as multisets): 1 for the same characters, 0 for none. */
    private static double similarity(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                common++;
                counts.put(c, n - 1);
            }
        }
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        return total == 0 ? 0 : 2.0 * common / total;
    }

    static boolean matches(Template.SectionSpec spec, String title) {
        return spec.names().contains(normalize(title));
    }

    /** A template's section, with the normalized titles it may have: its title and aliases. */
    public static Template.SectionSpec section(String title, List<String> aliases, Location location) {
        List<String> names = new ArrayList<>();
        names.add(normalize(title));
        aliases.forEach(a -> names.add(normalize(a)));
        return new Template.SectionSpec(title, List.copyOf(aliases), location, List.copyOf(names));
    }

    /** Folds full-width forms (（）、１) to their ASCII equivalents and drops spaces, so titles compare as people read them. */
    /**
     * The first and last line of a run of two or more lines of cells between | marks (three marks or more, and a
     * digit) under a section's heading, before the next section: a table pasted as text; or null.
     */
    private static int[] pastedTable(List<dev.tally.read.SourceLine> lines, Location heading) {
        int first = -1;
        int last = -1;
        boolean under = false;
        for (dev.tally.read.SourceLine l : lines) {
            if (!l.location().file().equals(heading.file())) {
                continue;
            }
            if (!under) {
                under = l.location().line() == heading.line();
                continue;
            }
            String t = l.text();
            if (t.startsWith("== ") || t.startsWith("=== ")) {
                break;
            }
            int bars = 0;
            boolean digit = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                bars += c == '|' ? 1 : 0;
                digit |= c >= '0' && c <= '9';
            }
            if (bars >= 3 && digit) {
                if (first >= 0 && l.location().line() != last + 1) {
                    if (last > first) {
                        break; // the first run of two or more
                    }
                    first = -1;
                }
                if (first < 0) {
                    first = l.location().line();
                }
                last = l.location().line();
            }
        }
        return first >= 0 && last > first ? new int[] {first, last} : null;
    }

    /** The templates' section names, normalized: the same few for every report. */
    private static final Map<String, String> SECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The first line of text that is a section's title, or one of its aliases, written without == or with no space
     * after it ({@code ==五、…}, which AsciiDoc reads as a paragraph); or null.
     */
    private static dev.tally.read.SourceLine asText(List<dev.tally.read.SourceLine> lines, List<String> names) {
        for (dev.tally.read.SourceLine l : lines) {
            String t = l.text().strip();
            if (t.isEmpty() || t.length() > 80 || t.charAt(0) == '/' || t.charAt(0) == '.') {
                continue;
            }
            int marks = 0;
            while (marks < t.length() && t.charAt(marks) == '=') {
                marks++;
            }
            boolean glued = marks > 0 && marks <= 6 && marks < t.length() && !Character.isWhitespace(t.charAt(marks));
            if ((marks == 0 || glued) && names.contains(normalize(t.substring(marks)))) {
                return l;
            }
        }
        return null;
    }

    /**
     * The index among the report's level-1 headings of the first of the template's sections after {@code s} that the
     * report has, or -1.
     */
    private static int nextPresent(List<Template.SectionSpec> specs, int s, List<SectionTitle> level1,
            List<String> titles) {
        for (int t = s + 1; t < specs.size(); t++) {
            int i = titles.indexOf(specs.get(t).names().stream().filter(titles::contains).findFirst().orElse(null));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String normalizedSection(String name) {
        return SECTIONS.size() < 10_000 ? SECTIONS.computeIfAbsent(name, Conformance::normalize) : normalize(name);
    }

    static String normalize(String s) {
        String n = nfkcStable(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /**
     * Whether NFKC leaves the text as it is, judged by its characters alone: printable ASCII, CJK unified
     * ideographs and the ideographic comma and full stop have no decomposition and never combine with what
     * precedes them. Most titles are such text, and need not wake the Unicode normalizer's tables.
     */
    static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c <= 0x7E || c >= '\u4E00' && c <= '\u9FFF' || c == '\u3001' || c == '\u3002')) {
                return false;
            }
        }
        return true;
    }
}
