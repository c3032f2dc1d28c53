package dev.tally.run;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;

import java.nio.file.Path;
import java.util.List;

/** The outcome of checking every report under a directory, reports in path order. */
public record RunResult(Path reportsDirectory, List<ReportResult> reports) {

    public int checksRun() {
        return reports.stream().mapToInt(ReportResult::checksRun).sum();
    }

    /**
     * The problems of a severity in all reports, each once: a template's problem that every report naming the
     * template carries is one problem (the console prints it once too).
     */
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

    /** The problems accepted as published (a baseline lists them), each once, as {@link #count} counts. */
    public long accepted() {
        return reports.stream().flatMap(r -> r.diagnostics().stream())
                .filter(d -> Diagnostic.ACCEPTED.equals(d.code())).distinct().count();
    }

    /** Every diagnostic of every report, report by report. */
    public List<Diagnostic> diagnostics() {
        return reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
    }
}
