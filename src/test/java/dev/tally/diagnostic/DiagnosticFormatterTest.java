package dev.tally.diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticFormatterTest {

    @TempDir
    Path base;

    private static Diagnostic diagnostic(Path file, int line) {
        return new Diagnostic(Severity.ERROR, new Location(file, line), "include.missing", List.of("x.adoc"));
    }

    @Test
    void pathIsRelativeToTheBaseWithSlashes() {
        Path file = base.resolve("src").resolve("reports").resolve("2017").resolve("shendang.adoc");
        String text = new DiagnosticFormatter(base, Locale.ROOT).format(diagnostic(file, 41));
        assertEquals("src/reports/2017/shendang.adoc:41: include target not found: x.adoc", text);
    }

    @Test
    void controlCharactersFromAReportReachTheConsoleAsEscapes() {
        Path file = base.resolve("src/reports/a.adoc");
        Diagnostic d = new Diagnostic(Severity.ERROR, new Location(file, 2), "include.missing",
                List.of("x\u001B[2J\u0007\r\nFAKE\u0085\u2028.adoc\tend"));
        String text = new DiagnosticFormatter(base, Locale.ROOT).format(d);
        assertEquals("src/reports/a.adoc:2: include target not found: x\\u001B[2J\\u0007\\u000D\\u000AFAKE\\u0085\\u2028.adoc\tend",
                text);
    }

    /** Trial L, 10: what a pasted text hides (a zero-width space, a no-break space, a right-to-left override) shows. */
    @Test
    void invisibleCharactersReachTheConsoleAsEscapes() {
        Path file = base.resolve("src/reports/a.adoc");
        Diagnostic d = new Diagnostic(Severity.ERROR, new Location(file, 2), "include.missing",
                List.of("'\u200B12' 1\u00A0234 \u202Eabc 中文\u3000"));
        assertEquals("src/reports/a.adoc:2: include target not found: '\\u200B12' 1\\u00A0234 \\u202Eabc 中文\u3000",
                new DiagnosticFormatter(base, Locale.ROOT).format(d));
    }

    /** Trial AD, 3: an integrity rule's line names the property that sets it to another severity or off. */
    @Test
    void anIntegrityRulesLineNamesItsProperty() {
        Path file = base.resolve("src/reports/a.adoc");
        Diagnostic d = new Diagnostic(Severity.WARNING, new Location(file, 34), "integrity.copied",
                List.of("68", "13", "19", "60"));
        String text = new DiagnosticFormatter(base, Locale.ROOT).format(d);
        assertTrue(text.startsWith("src/reports/a.adoc:34: 68% of the sentences (13 of 19)"), text);
        assertTrue(text.endsWith(" (tally.integrity.copied)"), text);
        assertFalse(new DiagnosticFormatter(base, Locale.ROOT).format(diagnostic(file, 1)).contains("(tally."));
    }

    @Test
    void lineZeroPrintsJustThePath() {
        Path file = base.resolve("src/reports/a.adoc");
        String text = new DiagnosticFormatter(base, Locale.ROOT).format(diagnostic(file, 0));
        assertEquals("src/reports/a.adoc: include target not found: x.adoc", text);
    }

    @Test
    void relativeAndUnnormalizedPathsAreResolved() {
        Path file = base.resolve("src/reports/2024/../2023/a.adoc");
        String text = new DiagnosticFormatter(base.resolve("src/.."), Locale.ROOT).format(diagnostic(file, 3));
        assertEquals("src/reports/2023/a.adoc:3: include target not found: x.adoc", text);
    }

    @Test
    void aFileOutsideTheBaseIsPrintedInFull() {
        Path project = base.resolve("project");
        Path outside = base.resolve("elsewhere/a.adoc");
        DiagnosticFormatter f = new DiagnosticFormatter(project, Locale.ROOT);
        String shown = f.relative(outside);
        assertFalse(shown.startsWith(".."), shown);
        assertTrue(shown.endsWith("elsewhere/a.adoc"), shown);
        assertFalse(shown.contains("\\"), shown);
    }

    @Test
    void aSiblingDirectoryWithTheSameNamePrefixIsNotInsideTheBase() {
        Path project = base.resolve("proj");
        Path file = base.resolve("project2/a.adoc");
        String shown = new DiagnosticFormatter(project, Locale.ROOT).relative(file);
        assertTrue(shown.endsWith("project2/a.adoc") && shown.length() > "project2/a.adoc".length(), shown);
    }
}
