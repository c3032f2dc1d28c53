package dev.tally.run;

import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyTest {

    @TempDir
    Path project;

    @Test
    void reportsAreEveryAdocFileButPartialsInPathOrder() throws Exception {
        Fixture.report(project, "b.adoc", "= B\n");
        Fixture.report(project, "2024/z.adoc", "= Z\n");
        Fixture.report(project, "2023/a.adoc", "= A\n");
        Fixture.report(project, "_partial.adoc", "= P\n");
        Fixture.report(project, "parts/_x.adoc", "= X\n");
        Fixture.report(project, "notes.txt", "not a report\n");
        Fixture.report(project, "c.ADOC.bak", "not a report\n");
        List<Path> found = ReportFinder.find(Fixture.reports(project));
        assertEquals(List.of("2023/a.adoc", "2024/z.adoc", "b.adoc"),
                found.stream().map(p -> Fixture.reports(project).toAbsolutePath().relativize(p).toString()
                        .replace('\\', '/')).toList());
    }

    /** Trial V, 11: a partial included three times says its problem once, and the counts are of what is shown. */
    @Test
    void theSameProblemAtTheSameLineIsCountedOnce() {
        Fixture.report(project, "_part.adoc", "[data#p]\n----\na: 1\n----\n");
        Fixture.report(project, "r.adoc", "= R\n\ninclude::_part.adoc[]\n\ninclude::_part.adoc[]\n\ninclude::_part.adoc[]\n");
        RunResult run = Fixture.run(project);
        List<String> printed = Fixture.printed(run, project);
        assertEquals(printed.stream().distinct().toList(), printed);
        assertEquals(printed.stream().filter(p -> p.startsWith("ERROR")).count(), run.errors(), printed::toString);
        // said at each include that repeats the partial: the lines to remove
        assertEquals(List.of("ERROR src/reports/r.adoc:5: duplicate block id p: _part.adoc is included more than once",
                "ERROR src/reports/r.adoc:7: duplicate block id p: _part.adoc is included more than once"),
                printed.stream().filter(p -> p.startsWith("ERROR")).toList());
    }

    @Test
    void aCleanReportHasNoDiagnostics() {
        Fixture.report(project, "r.adoc", "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 1\n----\n");
        RunResult result = Fixture.run(project);
        assertEquals(List.of(), Fixture.printed(result, project));
        assertEquals(1, result.checksRun());
        assertEquals("R", result.reports().get(0).title());
    }

    /**
     * The title that the index, the results and the page's {@code <title>} show is the title the page shows:
     * each figure as its value, not the macro's source (trial E, F5); an escaped macro stays as text.
     */
    @Test
    void aFigureInTheTitleIsItsValueWhereverTheTitleIsShown() {
        Fixture.report(project, "r.adoc", "= Ops: tally:v.a[6] handled, \\tally:v.a[] literally, tally:v.nope[7]\n\n"
                + ".Caption: tally:v.a[]\n[data#t]\n----\ncolumns: [n]\nrows:\n  x: [1]\n----\n\n"
                + "[data#v]\n----\na: 5\n----\n");
        RunResult result = Fixture.run(project);
        assertEquals("Ops: 5 handled, tally:v.a[] literally, tally:v.nope[7]", result.reports().get(0).title());
        dev.tally.model.Table t = (dev.tally.model.Table) result.reports().get(0).report().block("t");
        assertTrue(dev.tally.render.OpenData.json(t, dev.tally.check.FigureText.resolve(t.title(),
                result.reports().get(0).report(), null)).contains("\"title\": \"Caption: 5\""));
    }

    /**
     * {@code previous.} always names the previous report, as the warning on a block named previous says; the
     * block is named in backquotes (trial E, F12).
     */
    @Test
    void previousIsThePreviousReportAndABlockNamedPreviousIsWrittenInBackquotes() {
        Fixture.report(project, "2023/r.adoc", "= R 2023\n\n[data#v]\n----\nx: 1\n----\n");
        Fixture.report(project, "2024/r.adoc", "= R 2024\n:tally-previous: ../2023/r.adoc\n\n"
                + "[data#previous]\n----\nx: 2\n----\n\n[data#v]\n----\nx: 1\n----\n\n"
                + "[checks]\n----\n- previous.v.x = v.x\n- v.x + 1 = `previous`.x\n- previous.x = 9\n----\n");
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        // the first two hold; the third names the previous report, which has no block x
        assertEquals(List.of("WARNING src/reports/2024/r.adoc:4: block id previous is reserved (previous. names the"
                        + " previous report): checks must write it in backquotes"),
                printed.stream().filter(p -> p.startsWith("WARNING")).toList());
        List<String> errors = printed.stream().filter(p -> p.startsWith("ERROR")).toList();
        assertEquals(1, errors.size(), printed::toString);
        assertTrue(errors.get(0).contains("previous.x") && errors.get(0).contains("the previous report has no block x"),
                errors::toString);
    }

    /** Trial E, F11: a partial included twice ran its checks twice; the count said 2 errors, 1 line showed. */
    @Test
    void aPartialIncludedTwiceRunsItsChecksOnce() {
        Fixture.report(project, "_p.adoc", "[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        Fixture.report(project, "r.adoc", "= R\n\ninclude::_p.adoc[]\n\ninclude::_p.adoc[]\n");
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertEquals(List.of("ERROR src/reports/_p.adoc:8: check failed: v.a = 2: 1 != 2",
                "ERROR src/reports/r.adoc:5: duplicate block id v: _p.adoc is included more than once"),
                printed.stream().sorted().toList()); // at the include that repeats it (trial V, 11)
        assertEquals(2, result.errors());
        assertEquals(1, result.checksRun());
    }

    @Test
    void dataInAPartialIsCheckedWithItsOwnFileAndLine() {
        Fixture.report(project, "_data.adoc", "[data#v]\n----\ntotal: 3\nparts:\n  a: 1\n  b: 1\n----\n");
        Fixture.report(project, "r.adoc", "= R\n\ninclude::_data.adoc[]\n\n共tally:v.total[3]条\n\n[checks]\n----\n- v.total = sum(v.parts)\n----\n");
        RunResult result = Fixture.run(project);
        assertEquals(1, result.reports().size());
        assertEquals(List.of("ERROR src/reports/r.adoc:9: check failed: v.total = sum(v.parts): 3 != 2"),
                Fixture.printed(result, project));
        Fixture.report(project, "_data.adoc", "[data#v]\n----\ntotal: 3\nparts:\n  a: 1\n  b: x\n  b: 2\n----\n");
        assertEquals("ERROR src/reports/_data.adoc:7: duplicate key b (first at line 6)",
                Fixture.printed(Fixture.run(project), project).get(0));
    }

    @Test
    void aBrokenDataBlockDoesNotCauseFollowOnErrors() {
        // the block's own error is the one to fix; "there is no block v" for every check and figure that
        // names it is not true and buries the real problem (cells already reported are skipped the same way)
        Fixture.report(project, "r.adoc", """
                [data#v]
                ----
                total: 3
                total: 4
                ----

                共tally:v.total[3]条

                [checks]
                ----
                - v.total = 3
                ----
                """);
        // what it costs is one note, at the first check or figure not run (trial AA, F3)
        assertEquals(List.of("ERROR src/reports/r.adoc:4: duplicate key total (first at line 3)",
                "NOTE src/reports/r.adoc:7: checks and figures not run (2), the first here: data of this report that "
                        + "they use could not be read or is missing (see the report's errors)"),
                Fixture.printed(Fixture.run(project), project));
    }

    @Test
    void anUnreadableReportIsReportedAndTheOthersStillChecked() throws Exception {
        Path bad = Fixture.reports(project).resolve("bad.adoc");
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[]{'o', 'k', '\n', (byte) 0xFF, '\n'});
        Fixture.report(project, "good.adoc", "[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        RunResult result = Fixture.run(project);
        assertEquals(2, result.reports().size());
        ReportResult first = result.reports().get(0);
        assertNull(first.report());
        assertEquals("bad", first.title());
        assertEquals(List.of(
                "ERROR src/reports/bad.adoc:2: the file is not valid UTF-8 (its byte 4 is no part of a UTF-8 character); save it as UTF-8",
                "ERROR src/reports/good.adoc:6: figure does not match the data: tally:v.a[2]: the data gives 1, the text says 2"),
                Fixture.printed(result, project));
        assertEquals(2, result.errors());
    }

    @Test
    void diagnosticsOfAReportAreInLineOrder() {
        Fixture.report(project, "r.adoc", """
                tally:v.a[9]

                [data#v]
                ----
                a: 1
                b: 1_000
                ----

                [checks]
                ----
                - v.a = 2
                ----
                """);
        RunResult result = Fixture.run(project);
        List<String> lines = result.diagnostics().stream().map(d -> d.location().line() + " " + d.code()).toList();
        assertEquals(List.of("1 report.no-title", "1 figure.mismatch", "6 value.not-number", "11 check.failed"),
                lines);
    }

    @Test
    void warningsDoNotCountAsErrors() {
        Fixture.report(project, "r.adoc", "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- {check: v.a = 2, severity: warning}\n----\n");
        RunResult result = Fixture.run(project);
        assertEquals(0, result.errors());
        assertEquals(1, result.warnings());
        assertEquals(1, result.count(Severity.WARNING));
    }

    @Test
    void anEmptyReportIsAWarning() {
        Fixture.report(project, "r.adoc", "\n\n");
        RunResult result = Fixture.run(project);
        assertEquals(List.of("WARNING src/reports/r.adoc:1: the report is empty"), Fixture.printed(result, project));
    }

    @Test
    void aReportThatIsAlsoAnotherReportsPreviousIsReadOnce() {
        Fixture.report(project, "2023/r.adoc", "[data#v]\n----\na: 1\nb: 1\nb: 2\n----\n");
        Fixture.report(project, "2024/r.adoc", "= R 2024\n:tally-previous: ../2023/r.adoc\n\n[data#v]\n----\na: 1\n----\n");
        RunResult result = Fixture.run(project);
        // the previous report's own problem is reported once, with that report
        assertEquals(List.of("ERROR src/reports/2023/r.adoc:5: duplicate key b (first at line 4)"),
                Fixture.printed(result, project));
        assertTrue(result.reports().get(1).diagnostics().isEmpty());
    }

    /** Trial J, 10: a cell of the wrong kind is marked in the table, with the problem in its tooltip. */
    @Test
    void aCellOfTheWrongKindIsMarkedWhereTheTableIsShown() {
        Fixture.report(project, "r.adoc", """
                = R

                [data#students]
                ----
                columns: [公办, 民办]
                cells: count
                rows:
                  高中: [100, 120.5]
                ----
                """);
        ReportResult r = Fixture.run(project).reports().get(0);
        List<dev.tally.check.FailedCell> cells = Tally.wrongKindCells(r.report(), r.diagnostics(),
                java.util.Locale.ENGLISH);
        assertEquals(1, cells.size(), cells::toString);
        assertEquals("students", cells.get(0).table());
        assertEquals("高中", cells.get(0).row().dotted());
        assertEquals("民办", cells.get(0).column().dotted());
        assertTrue(cells.get(0).why().contains("120.5 is not a valid count cell"), cells.get(0).why());
    }
}
