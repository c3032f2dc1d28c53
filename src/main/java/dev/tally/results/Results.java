package dev.tally.results;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;

import java.nio.file.Path;
import java.util.List;

/**
 * A check run as read back from {@code tally-results.json} (or taken from a {@link RunResult}): what the site
 * needs to show check results without checking again. Immutable.
 *
 * @param reportsDirectory the reports directory of the run, absolute
 * @param toolVersion the version of the plugin that wrote the results (null when not known)
 * @param reports every report, in path order
 */
public record Results(Path reportsDirectory, String toolVersion, List<Results.ReportEntry> reports) {

    public Results {
        reports = List.copyOf(reports);
    }

    /**
     * One report of the run.
     *
     * @param file the report's file, absolute
     * @param title its title (the file name when it could not be read)
     * @param checksRun how many checks ran
     * @param diagnostics every problem found, in order of file and line
     * @param outcomes how each check came out
     */
    public record ReportEntry(Path file, String title, int checksRun, List<Diagnostic> diagnostics,
            List<CheckOutcome> outcomes) {

        public ReportEntry {
            diagnostics = List.copyOf(diagnostics);
            outcomes = List.copyOf(outcomes);
        }

        public static ReportEntry of(ReportResult r) {
            return new ReportEntry(r.file(), r.title(), r.checksRun(), r.diagnostics(), r.outcomes());
        }

        public long count(Severity severity) {
            return diagnostics.stream().filter(d -> d.severity() == severity).count();
        }
    }

    /** The same data as a fresh run gives. */
    public static Results of(RunResult run, String toolVersion) {
        return new Results(run.reportsDirectory(), toolVersion,
                run.reports().stream().map(ReportEntry::of).toList());
    }

    public int checksRun() {
        return reports.stream().mapToInt(ReportEntry::checksRun).sum();
    }

    /** The problems of a severity in all reports, each once, as {@link RunResult#count} counts them. */
    public long count(Severity severity) {
        return reports.stream().flatMap(r -> r.diagnostics().stream()).filter(d -> d.severity() == severity)
                .distinct().count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** Every diagnostic of every report, report by report. */
    public List<Diagnostic> diagnostics() {
        return reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
    }
}
