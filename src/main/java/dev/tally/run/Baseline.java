package dev.tally.run;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Problems accepted as published. A report kept as it was published cannot be corrected, and would fail every
 * build; its known problems are listed in a baseline file, one a line, as {@code tally:check} prints them but
 * without the line number ({@code src/reports/2017/shendang.adoc: check failed: …: 170 != 169}), so that lines
 * added above them do not matter. A problem listed there is no longer an error or warning but a note, "accepted as
 * published", and a check that failed only in accepted problems is no longer a failure but a check not failed for
 * that reason; any other problem, a new one or the same with other values, still fails the build.
 *
 * <p>Lines are matched by their text in English, whatever language the build prints in: the file reads the same on
 * every machine. Paths are relative to the directory given (the project's). Blank lines and lines starting with
 * {@code #} are comments. A problem listed twice is accepted twice: the same text at two places of a file needs
 * two lines.
 */
public final class Baseline {

    /** The file's name in the project's directory, where the goals look for it unless told otherwise. */
    public static final String FILE_NAME = "tally-baseline.txt";
    /** The code of an accepted problem; its arguments are the original's code, then the original's arguments. */
    public static final String ACCEPTED = Diagnostic.ACCEPTED;
    /** The reason of a check that failed only in accepted problems. */
    public static final String SKIP_ACCEPTED = "skip.accepted";

    /** Each entry, with the lines of the file that list it. */
    private final Map<String, List<Integer>> entries;
    private final Path file;

    private Baseline(Map<String, List<Integer>> entries, Path file) {
        this.entries = entries;
        this.file = file;
    }

    /** The entries of a baseline file's text; {@code file} is where they are said to stand. */
    public static Baseline parse(String text, Path file) {
        Map<String, List<Integer>> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String entry = withoutLines(lines[i].strip()); // a file written before lines were left out still fits
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.computeIfAbsent(entry, k -> new ArrayList<>()).add(i + 1);
            }
        }
        return new Baseline(entries, file);
    }

    /**
     * The entries of baseline text {@code after} that {@code before} does not list (as often), in the order of
     * {@code after}: what writing the baseline anew accepts that was not accepted, or, the other way round, what it
     * no longer lists. A null text lists nothing.
     */
    public static List<String> added(String before, String after) {
        Map<String, Integer> had = new HashMap<>();
        if (before != null) {
            parse(before, null).entries.forEach((entry, lines) -> had.put(entry, lines.size()));
        }
        List<String> added = new ArrayList<>();
        if (after != null) {
            parse(after, null).entries.forEach((entry, lines) -> {
                for (int i = had.getOrDefault(entry, 0); i < lines.size(); i++) {
                    added.add(entry);
                }
            });
        }
        return added;
    }

    /** How many problems the file lists. */
    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    /** A problem as the file lists it: its path, from {@code relative}, and its message in English. */
    public static String entry(Diagnostic d, Function<Path, String> relative) {
        return relative.apply(d.location().file()) + ": " + withoutLines(d.message(Locale.ROOT));
    }

    /**
     * The line numbers a message names besides its own line ({@code occurrences: 1, at lines: 8}, {@code (first at
     * line 3)}, {@code line(s) 4, _contact.adoc:9}) as {@code …}: a baseline matches a problem by its file and
     * message, not by where it stands, and a line added above must not make it new (trial AO, 1).
     */
    static String withoutLines(String message) {
        return LINE_REFS.matcher(message).replaceAll("$1$2 …");
    }

    private static final java.util.regex.Pattern LINE_REFS = java.util.regex.Pattern.compile(
            "\\b(line\\(s\\)|lines?)(:?) ((?:[^\\s,;()]+:)?\\d+(?:, (?:(?:[^\\s,;()]+:)?\\d+|…))*)");

    /**
     * The text of a baseline that accepts every error and warning of a run, each once, in the order they are
     * printed.
     */
    public static String write(RunResult run, Function<Path, String> relative) {
        Path reports = run.reportsDirectory() == null ? null : run.reportsDirectory().toAbsolutePath().normalize();
        StringBuilder b = new StringBuilder();
        b.append("# Tally baseline: problems accepted as published (tally:baseline wrote it; edit it by hand or run it\n")
                .append("# again). A problem listed here is a note, not an error or warning; any other still fails the\n")
                .append("# build. One problem a line: its file and its message, without the line number.\n");
        Set<Diagnostic> seen = new HashSet<>();
        for (Diagnostic d : run.diagnostics()) {
            if (d.severity() != Severity.NOTE && acceptable(d, reports) && seen.add(d)) {
                b.append(entry(d, relative)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The codes of problems that are the build's and not a report's as published: the report's template cannot be
     * used, so that its checks did not run. A baseline never accepts them (trial AN, 1).
     */
    static final Set<String> THE_BUILDS = Set.of("template.unknown", "template.empty-name", "template.outside",
            "template.file-missing", "template.invalid", "template.tables-not-read");

    /**
     * Whether a baseline may accept {@code d}: a problem of a report as published, in a file under the reports
     * directory ({@code reports}, absolute; null: any file), and not the build's ({@link #THE_BUILDS}). A problem of
     * a template file is the template's author's to fix.
     */
    static boolean acceptable(Diagnostic d, Path reports) {
        if (THE_BUILDS.contains(d.code())) {
            return false;
        }
        Path file = d.location().file();
        return reports == null || file == null || file.toAbsolutePath().normalize().startsWith(reports);
    }

    /**
     * The errors and warnings of a run that a baseline may not accept ({@link #acceptable}), each once: while there
     * are any, a baseline written would list what the checks that did not run would have found as gone.
     */
    public static List<Diagnostic> notAcceptable(RunResult run) {
        Path reports = run.reportsDirectory() == null ? null : run.reportsDirectory().toAbsolutePath().normalize();
        Set<Diagnostic> seen = new java.util.LinkedHashSet<>();
        for (Diagnostic d : run.diagnostics()) {
            if (d.severity() != Severity.NOTE && !acceptable(d, reports)) {
                seen.add(d);
            }
        }
        return List.copyOf(seen);
    }

    /**
     * A run with the baseline applied; how many problems it accepted; and its entries the run no longer finds, as
     * warnings at their lines of the file.
     */
    public record Applied(RunResult run, long accepted, List<Diagnostic> stale, List<Diagnostic> unplaced) {
    }

    /** The code of an entry that names no report of the run: its argument is the entry. */
    public static final String NO_SUCH_REPORT = "baseline.no-such-report";

    /** The code of an entry the reports no longer have: its argument is the entry. */
    public static final String STALE = "baseline.stale";

    /**
     * The code of an entry not found in a report whose checks did not all run (its template could not be used, its
     * data not read, its previous report not there): a note, as the entry may stand again once they run.
     */
    public static final String NOT_CHECKED = "baseline.not-checked";

    /**
     * The run with each error and warning the baseline lists made a note, {@link #ACCEPTED}, and each failed check
     * whose failures are all accepted made a check not run for {@link #SKIP_ACCEPTED}. A problem that several
     * reports share (their template's) is accepted in all of them by one line. An entry found nowhere is a warning
     * at its line of the file ({@link #STALE}), with the report it names (else the first): a baseline must not
     * keep accepting a problem that was corrected, should it come back.
     */
    public Applied apply(RunResult run, Function<Path, String> relative) {
        Path reportsDirectory = run.reportsDirectory() == null ? null
                : run.reportsDirectory().toAbsolutePath().normalize();
        Map<String, java.util.ArrayDeque<Integer>> left = new LinkedHashMap<>(); // the file's order
        entries.forEach((entry, lines) -> left.put(entry, new java.util.ArrayDeque<>(lines)));
        Map<Diagnostic, Diagnostic> decided = new HashMap<>();
        long accepted = 0;
        List<ReportResult> reports = new ArrayList<>();
        for (ReportResult r : run.reports()) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            boolean changed = false;
            for (Diagnostic d : r.diagnostics()) {
                Diagnostic now = decided.get(d);
                if (now == null) {
                    now = d;
                    if (d.severity() != Severity.NOTE && acceptable(d, reportsDirectory)) {
                        java.util.ArrayDeque<Integer> lines = left.get(entry(d, relative));
                        if (lines != null && !lines.isEmpty()) {
                            lines.removeFirst();
                            now = accepted(d);
                            accepted++;
                        }
                    }
                    decided.put(d, now);
                }
                changed |= now != d;
                diagnostics.add(now);
            }
            if (changed) {
                r = new ReportResult(r.file(), r.title(), r.report(), r.template(), List.copyOf(diagnostics),
                        r.checksRun(), outcomes(r.outcomes(), r.diagnostics(), diagnostics));
            }
            reports.add(r);
        }
        List<Diagnostic> stale = new ArrayList<>();
        left.forEach((entry, lines) -> {
            for (int line : lines) {
                stale.add(new Diagnostic(Severity.WARNING, new dev.tally.diagnostic.Location(file, line), STALE,
                        List.of(entry)));
            }
        });
        // each with the report it names; one naming no report of the run (another module's, a path from elsewhere,
        // a line number left in, a report renamed) is said apart, not charged to a report it is not about
        List<Diagnostic> unplaced = new ArrayList<>();
        Map<String, Integer> reportAt = new HashMap<>();
        if (!stale.isEmpty()) {
            for (int i = 0; i < reports.size(); i++) {
                reportAt.putIfAbsent(relative.apply(reports.get(i).file()), i);
            }
        }
        for (Diagnostic d : stale) {
            String entry = d.args().get(0);
            int at = -1;
            // the path is what stands before the first ": " that ends a report's path
            for (int colon = entry.indexOf(": "); colon >= 0 && at < 0; colon = entry.indexOf(": ", colon + 1)) {
                at = reportAt.getOrDefault(entry.substring(0, colon), -1);
            }
            if (at < 0) {
                unplaced.add(new Diagnostic(Severity.WARNING, d.location(), NO_SUCH_REPORT, d.args()));
                continue;
            }
            ReportResult r = reports.get(at);
            List<Diagnostic> with = new ArrayList<>(r.diagnostics());
            // not found where checks did not all run is no sign the problem was corrected: not "remove this line"
            // (trial AN, 3)
            with.add(mayNotHaveRun(entry, run.reports().get(at), reportsDirectory)
                    ? new Diagnostic(Severity.NOTE, d.location(), NOT_CHECKED, d.args()) : d);
            reports.set(at, new ReportResult(r.file(), r.title(), r.report(), r.template(), List.copyOf(with),
                    r.checksRun(), r.outcomes()));
        }
        return new Applied(new RunResult(run.reportsDirectory(), List.copyOf(reports)), accepted, stale, unplaced);
    }

    /**
     * Whether the problem an entry lists may have gone unfound for want of a check that did not run: the report's
     * template could not be used, or the entry names a check of the report that was skipped or invalid (not for a
     * previous report it names none of, nor for its failures accepted). Not for a problem of another kind (a text
     * rule, a missing table), which is looked for whatever checks run.
     */
    private static boolean mayNotHaveRun(String entry, ReportResult r, Path reportsDirectory) {
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() != Severity.NOTE && !acceptable(d, reportsDirectory)) {
                return true;
            }
        }
        for (CheckOutcome o : r.outcomes()) {
            boolean notRun = o.status() == CheckOutcome.Status.INVALID || o.status() == CheckOutcome.Status.SKIPPED
                    && !SKIP_ACCEPTED.equals(o.reason()) && !"skip.no-previous".equals(o.reason());
            if (notRun && o.check() != null && entry.contains(": " + o.check() + ": ")) {
                return true;
            }
        }
        return false;
    }

    private static Diagnostic accepted(Diagnostic d) {
        List<String> args = new ArrayList<>();
        args.add(d.code());
        args.addAll(d.args());
        return new Diagnostic(Severity.NOTE, d.location(), ACCEPTED, args);
    }

    /** A failed check with failures that name it, all of them accepted, is a check not failed for that reason. */
    private static List<CheckOutcome> outcomes(List<CheckOutcome> outcomes, List<Diagnostic> before,
            List<Diagnostic> after) {
        // the failures by the check they name: a report of many failures is gone through once, not once a check
        Map<String, List<Integer>> byCheck = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String check = CheckOutcome.checkNamedBy(before.get(i));
            if (check != null) {
                byCheck.computeIfAbsent(check, k -> new ArrayList<>()).add(i);
            }
        }
        List<CheckOutcome> out = new ArrayList<>();
        for (CheckOutcome o : outcomes) {
            if (o.status() == CheckOutcome.Status.FAILED) {
                boolean anyAccepted = false;
                boolean anyLeft = false;
                for (int i : byCheck.getOrDefault(o.check(), List.of())) {
                    Diagnostic d = before.get(i);
                    if (o.scopeFits(d)) {
                        boolean isAccepted = after.get(i).code().equals(ACCEPTED);
                        anyAccepted |= isAccepted;
                        anyLeft |= !isAccepted;
                    }
                }
                if (anyAccepted && !anyLeft) {
                    o = CheckOutcome.skipped(o.scope(), o.check(), o.location(), SKIP_ACCEPTED);
                }
            }
            out.add(o);
        }
        return out;
    }
}
