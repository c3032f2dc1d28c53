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

    public long count(Severity severity) {
        return reports.stream().mapToLong(r -> r.count(severity)).sum();
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
