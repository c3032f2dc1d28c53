package dev.tally.run;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's corpus ({@code bench/GenerateReports.java}) is what it says it is: consistent reports check
 * clean, in both the national template and a free-form format, linked to the previous year; the broken ones fail
 * exactly where they were broken. A benchmark on a corpus full of errors would time the wrong thing.
 */
class GeneratedCorpusTest {

    @TempDir
    Path project;

    @Test
    void aConsistentCorpusOfBothKindsChecksCleanAndEveryLaterYearIsCheckedAgainstTheEarlier() throws Exception {
        Path reports = generate(60, 0, 3);
        RunResult result = new Tally(reports, new Templates(project), IntegrityConfig.defaults())
                .check(ReportFinder.find(reports), false);
        assertEquals(60, result.reports().size());
        List<Diagnostic> problems = result.reports().stream().flatMap(r -> r.diagnostics().stream())
                .filter(d -> d.severity() != Severity.NOTE).toList();
        assertEquals(List.of(), problems);
        long freeForm = result.reports().stream().filter(r -> r.file().getFileName().toString().startsWith("dept"))
                .count();
        assertEquals(20, freeForm, "every third place writes a report of its own format");
        for (ReportResult r : result.reports()) {
            String text = Files.readString(r.file(), StandardCharsets.UTF_8);
            boolean later = r.file().getParent().getFileName().toString().equals("2024");
            assertEquals(later, text.contains(":tally-previous: ../2023/" + r.file().getFileName()), r.file().toString());
            assertEquals(!r.file().getFileName().toString().startsWith("dept"),
                    text.contains(":tally-template: gov-info-disclosure-2021"), r.file().toString());
            // the previous year's checks ran (none were skipped) in every later report
            if (later) {
                assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("check.previous-skipped")),
                        r.file() + ": " + r.diagnostics());
            }
        }
    }

    @Test
    void everyBrokenReportFailsOneCheckAndNoOtherDoes() throws Exception {
        Path reports = generate(60, 7, 3);
        RunResult result = new Tally(reports, new Templates(project), IntegrityConfig.defaults())
                .check(ReportFinder.find(reports), false);
        assertEquals(60 / 7, result.errors(), "one wrong total in every seventh report");
        assertEquals(0, result.warnings());
        long freeFormBroken = result.reports().stream()
                .filter(r -> r.file().getFileName().toString().startsWith("dept") && r.count(Severity.ERROR) > 0).count();
        assertTrue(freeFormBroken > 0 && freeFormBroken < 60 / 7, "both kinds of report are broken");
    }

    private Path generate(int count, int brokenEvery, int freeFormEvery) throws IOException, InterruptedException {
        Path reports = project.resolve("src/reports");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "bench/GenerateReports.java", reports.toString(),
                String.valueOf(count), String.valueOf(brokenEvery), "7", String.valueOf(freeFormEvery))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the generator ends");
        assertEquals(0, p.exitValue(), output);
        return reports;
    }
}
