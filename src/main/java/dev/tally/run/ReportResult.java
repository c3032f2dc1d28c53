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

    /**
     * The problems that make a report unsafe to hand to Asciidoctor, which would expand it again by its own rules:
     * an include or attribute bomb (found with bounds that Asciidoctor does not keep, it would run out of memory
     * or time) and an image read into the page from outside the reports directory.
     */
    public static final java.util.Set<String> NOT_RENDERED = java.util.Set.of("include.too-large", "include.too-big",
            "read.too-many-lines", "read.too-large", "read.attribute-bomb", "read.image-outside");

    /** Whether the report's page may be converted: it was read, and it has none of {@link #NOT_RENDERED}. */
    public boolean renderable() {
        return report != null && diagnostics.stream().noneMatch(d -> NOT_RENDERED.contains(d.code()));
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The checks and figures that were not run (no previous report, data that could not be read, …). */
    public long notRun() {
        // a check whose failures the baseline accepts did run
        return outcomes.stream().filter(o -> o.status() == dev.tally.check.CheckOutcome.Status.SKIPPED
                && !Baseline.SKIP_ACCEPTED.equals(o.reason())).count();
    }

}
