package dev.tally.render;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePagesTest {

    @TempDir
    Path base;

    private Path reports() throws Exception {
        return Files.createDirectories(base.resolve("src/reports"));
    }

    private static ReportResult report(Path file, String title, int checks, Diagnostic... problems) {
        return new ReportResult(file, title, null, null, List.of(problems), checks, List.of());
    }

    private SitePages pages(Locale locale, List<ReportResult> reports) throws Exception {
        return new SitePages(new RunResult(reports(), reports), new DiagnosticFormatter(base, locale));
    }

    @Test
    void linksArePercentEncodedAndTheTextStaysAsItIs() throws Exception {
        Path dir = reports();
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(dir.resolve("2024/a#b.adoc"), 3), "read.empty",
                List.of());
        ReportResult hash = report(dir.resolve("2024/a#b.adoc"), "A & B", 1, error);
        ReportResult space = report(dir.resolve("2024/青山 镇.adoc"), "青山 镇", 1,
                new Diagnostic(Severity.WARNING, new Location(dir.resolve("2024/青山 镇.adoc"), 4), "read.empty",
                        List.of()));
        SitePages pages = pages(Locale.ENGLISH, List.of(hash, space));
        String index = pages.index();
        assertTrue(index.contains("<a href=\"2024/a%23b.html\">A &amp; B</a>"), index);
        assertTrue(index.contains("<code>src/reports/2024/a#b.adoc</code>"), index);
        assertTrue(index.contains("<a href=\"2024/%E9%9D%92%E5%B1%B1%20%E9%95%87.html\">青山 镇</a>"), index);
        String checks = pages.checks();
        assertTrue(checks.contains("<a href=\"2024/a%23b.html\">A &amp; B</a>"), checks);
        assertTrue(checks.contains("<a href=\"2024/%E9%9D%92%E5%B1%B1%20%E9%95%87.html\">"), checks);
        assertFalse(checks.contains("href=\"2024/a#b.html\""));
    }
}
