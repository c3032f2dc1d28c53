package dev.tally.run;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Report;
import dev.tally.model.Template;

import java.nio.file.Path;
import java.util.List;

/**
 * One report after checking: its title, the model (null when the file could not be read at all, or when the
 * run did not keep models), its template, every problem found in order of file and line, and how each check
 * came out.
 */
public record ReportResult(Path file, String title, Report report, Template template, List<Diagnostic> diagnostics,
        int checksRun, List<CheckOutcome> outcomes) {

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

}
