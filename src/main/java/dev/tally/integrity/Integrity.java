package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.model.Report;
import dev.tally.model.Template;
import dev.tally.read.IncludeExpander;
import dev.tally.read.SourceLine;

import java.nio.file.Path;
import java.util.List;

/**
 * The integrity pass of {@code tally:check}: what a published report must not contain, beyond its numbers.
 * Each rule has an id (the diagnostic code is {@code integrity.ID}), a default severity and its parameters
 * in {@link IntegrityConfig}:
 *
 * <ul>
 * <li>{@code link} (error): URLs and domains outside the allowed domains ({@code *.gov.cn} by default);
 * <li>{@code file-missing}, {@code file-unpublished}, {@code file-kind} (warnings): an image or attachment the page
 * names that does not exist, that is not published with the pages (absolute, outside the reports directory, through
 * a symbolic link, hidden), or whose kind is not published;
 * <li>{@code denied-word} (error): words of the denied list (gambling and spam by default);
 * <li>{@code repeated-token} (warning): a Latin token repeated unnaturally ({@code UedBet体育} 24 times);
 * <li>{@code pinyin} (error): converter pinyin after Chinese characters ({@code 鎮(zhèn)});
 * <li>{@code mixed-script} (warning): traditional characters in a report in simplified Chinese;
 * <li>{@code mojibake} (error): text decoded with the wrong character set, lost characters;
 * <li>{@code copied} (warning): sentences repeated verbatim from the previous report above a share (60%);
 * <li>{@code period} (error): a year in the title or the 统计期限 sentence that is not the report's;
 * <li>{@code period-figure} (warning): a figure counted over another span (截至目前, 从2016年…至今);
 * <li>{@code foreign-year} (warning): a stray year-like number far from the report's year;
 * <li>{@code claim} (the claim's own severity): a phrase of the template's claims that the data contradicts.
 * </ul>
 *
 * Text rules read the prose only: not comments, attribute lines, or the content of data and checks blocks.
 * A thing that recurs is one finding at its first line with its count and lines. Knows nothing of Maven.
 */
public final class Integrity {

    private Integrity() {
    }

    /**
     * Runs every enabled rule on one report.
     *
     * @param report the report as read
     * @param lines the report's lines, includes expanded (as the reader read them)
     * @param template the report's template, or null
     * @param previousLines the previous period's report's lines, or null (then {@code copied} does not run)
     * @param config switches and parameters
     * @return the findings, in order of file and line
     */
    public static Diagnostics check(Report report, List<SourceLine> lines, Template template,
            List<SourceLine> previousLines, IntegrityConfig config) {
        return check(report, lines, template, previousLines, config, null);
    }

    /**
     * As {@link #check(Report, List, Template, List, IntegrityConfig)}, taking the prose of lines already seen in
     * this run from {@code seen} (a report is read for itself and again as the next period's previous report).
     */
    public static Diagnostics check(Report report, List<SourceLine> lines, Template template,
            List<SourceLine> previousLines, IntegrityConfig config, Seen seen) {
        return check(report, lines, template, previousLines, config, seen, null);
    }

    /**
     * As {@link #check(Report, List, Template, List, IntegrityConfig, Seen)}, looking also at the files the page
     * names ({@code file-missing}, {@code file-unpublished}, {@code file-kind}) against {@code reportsDirectory}
     * (null: not).
     */
    public static Diagnostics check(Report report, List<SourceLine> lines, Template template,
            List<SourceLine> previousLines, IntegrityConfig config, Seen seen, Path reportsDirectory) {
        IntegrityConfig c = config == null ? IntegrityConfig.defaults() : config;
        Findings findings = new Findings(report.file());
        if (c.skip() || lines == null) {
            return findings.diagnostics();
        }
        Prose prose = prose(lines, seen);
        Integer year = year(report, template);
        Prose previous = previousLines == null ? null : prose(previousLines, seen);
        Integer previousYear = previous == null ? null : parseYear(previous.attributes.get("tally-year"));
        if (previous != null && previousYear == null && year != null) {
            previousYear = year - 1;
        }
        Path root = reportsDirectory == null ? null : reportsDirectory.toAbsolutePath().normalize();
        Context ctx = new Context(report, prose, template, previous, previousYear, c, year, findings, root);
        LinkRule.run(ctx);
        FileRule.run(ctx);
        WordRules.denied(ctx);
        WordRules.repeated(ctx);
        GarbageRules.pinyin(ctx);
        GarbageRules.mixedScript(ctx);
        GarbageRules.mojibake(ctx);
        CopyRule.run(ctx);
        PeriodRules.period(ctx);
        PeriodRules.periodFigure(ctx);
        PeriodRules.foreignYear(ctx);
        ClaimRule.run(ctx);
        return findings.diagnostics();
    }

    /**
     * The year a report is on: its {@code :tally-year:}, else the year in its title where the template's
     * {@code report-title} places it ({@code （机关名称）{year}年政府信息公开工作年度报告}: the four digits before 年),
     * else null (then the period rules do not run).
     */
    public static Integer year(Report report, Template template) {
        Report.Attribute attr = report.attribute("tally-year");
        if (attr != null) {
            return parseYear(attr.value());
        }
        if (template != null && template.reportTitle() != null && template.reportTitle().contains("{year}")) {
            String after = template.reportTitle().substring(template.reportTitle().indexOf("{year}") + 6);
            String title = report.title();
            String next = after.isEmpty() ? "" : after.substring(0, after.offsetByCodePoints(0, 1));
            int at = yearBefore(title, next);
            if (at >= 0) {
                return Integer.parseInt(title, at, at + 4, 10);
            }
        }
        return null;
    }

    /**
     * Where the first year of this century or the last ({@code 19xx}, {@code 20xx}, digits 0-9 only) stands in
     * {@code text} with no digit on either side and {@code next} right after it; -1 when none does. What the
     * pattern {@code (?<!\d)((?:19|20)\d\d)(?!\d)} followed by {@code next} finds, without compiling a pattern
     * for every report.
     */
    static int yearBefore(String text, String next) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && digit(text, i + 2) && digit(text, i + 3) && !digit(text, i - 1) && !digit(text, i + 4)
                    && text.startsWith(next, i + 4)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean digit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /**
     * A period within a year, as a label: a quarter, a half or a month of it ({@code 2025-Q1}, {@code 2025 H2},
     * {@code 2025-03}, {@code 2025Q1}); the year is its first four digits. A fiscal year ({@code 2024-25}) is none.
     */
    private static final java.util.regex.Pattern PART_OF_YEAR =
            java.util.regex.Pattern.compile("((?:19|20)\\d\\d)[-_. ]?(?:[Qq][1-4]|[Hh][12]|0[1-9]|1[0-2])");

    private static Integer parseYear(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 4 && digit(v, 0) && digit(v, 1) && digit(v, 2) && digit(v, 3)) {
            return Integer.valueOf(v);
        }
        // a quarter's report is of its year too: its title's and its text's years are checked against that (trial AL, 1)
        java.util.regex.Matcher part = v.length() <= 8 ? PART_OF_YEAR.matcher(v) : null;
        return part != null && part.matches() ? Integer.valueOf(part.group(1)) : null;
    }

    /**
     * The paths whose presence the findings on the files a report's page names depend on (not their content): the
     * files themselves and the reports that pages it links to are made from. A report is checked again when one of
     * them appears, goes or turns into a link.
     */
    public static List<Path> filesLookedAt(Report report, Path reportsDirectory) {
        return FileRule.looked(report, reportsDirectory.toAbsolutePath().normalize());
    }

    /**
     * The lines of a report with includes expanded, as {@link #check} wants them (for a previous report,
     * say); null when the file cannot be read. Problems with includes are not reported here.
     */
    public static List<SourceLine> lines(Path reportsDirectory, Path file) {
        return new IncludeExpander(reportsDirectory, new Diagnostics()).expand(file);
    }

    private static Prose prose(List<SourceLine> lines, Seen seen) {
        return seen == null ? Prose.of(lines) : seen.prose(lines);
    }

    /**
     * The prose of the reports' lines most recently checked in a run, by the identity of their line lists, so that
     * a report's prose is made once when it is also the next report's previous one. Holds at most a few hundred
     * reports' prose; safe for threads.
     */
    public static final class Seen {
        private static final int MOST = 256;

        /* by identity: the same list, not an equal one (two reports may have equal lines and still be two reports) */
        private final java.util.Map<List<SourceLine>, Prose> recent = new java.util.IdentityHashMap<>(MOST * 2);
        /** The lists in {@link #recent}, oldest first. */
        private final java.util.ArrayDeque<List<SourceLine>> order = new java.util.ArrayDeque<>(MOST + 1);

        private Prose prose(List<SourceLine> lines) {
            synchronized (recent) {
                Prose p = recent.get(lines);
                if (p != null) {
                    return p;
                }
            }
            Prose p = Prose.of(lines);
            synchronized (recent) {
                if (recent.put(lines, p) == null) {
                    order.addLast(lines);
                    if (order.size() > MOST) {
                        recent.remove(order.removeFirst());
                    }
                }
            }
            return p;
        }
    }
}
