package dev.tally.results;

import dev.tally.run.ReportFinder;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incremental check: what it reuses, and every change that makes it check a report again. */
class CheckIndexTest {

    @TempDir
    Path project;

    private int run(String version) throws Exception {
        Path reports = project.resolve("src/reports");
        CheckIndex index = CheckIndex.load(project.resolve("target/tally"), project, version);
        RunResult result = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, index);
        index.save(result);
        assertEquals(1, result.errors(), "the broken report's error is reported whether reused or not");
        return index.reused();
    }

    private void write(String path, String text) throws Exception {
        Path p = project.resolve("src/reports").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /**
     * Trial V, 5: a named pipe named as the previous report blocked the build, the index reading it to hash it. It
     * is hashed as what it is, not read, and the report says so, run after run.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aPipeNamedAsThePreviousReportIsNotReadToBeIndexed() throws Exception {
        Path fifo = project.resolve("src/reports/fifo.adoc");
        Files.createDirectories(fifo.getParent());
        dev.tally.hostile.PathHostileTest.mkfifo(fifo);
        try {
            write("p.adoc", "= P\n:tally-previous: fifo.adoc\n\n[data#v]\n----\na: 1\n----\n");
            for (int round = 0; round < 2; round++) {
                Path reports = project.resolve("src/reports");
                CheckIndex index = CheckIndex.load(project.resolve("target/tally"), project, "1");
                RunResult result = new Tally(reports, new Templates(project)).check(List.of(reports.resolve("p.adoc")),
                        false, index);
                index.save(result);
                assertEquals(List.of("previous.not-a-file"), result.diagnostics().stream()
                        .filter(d -> d.severity() == dev.tally.diagnostic.Severity.ERROR).map(d -> d.code()).toList());
            }
        } finally {
            dev.tally.hostile.PathHostileTest.release(fifo);
        }
    }

    @Test
    void unchangedReportsAreNotCheckedAgainAndEveryInputInvalidates() throws Exception {
        write("_part.adoc", "[data#v]\n----\na: 1\n----\n");
        write("2023/a.adoc", "= A\n\ninclude::../_part.adoc[]\n");
        write("2024/a.adoc", "= A\n:tally-previous: ../2023/a.adoc\n\n[data#v]\n----\na: 2\n----\n\n"
                + "[checks]\n----\n- v.a >= previous.v.a\n----\n");
        write("bad.adoc", "[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");

        assertEquals(0, run("1"), "first run checks everything");
        assertEquals(3, run("1"), "nothing changed: nothing checked again");

        write("_part.adoc", "[data#v]\n----\na: 1\n----\n\n");
        assertEquals(1, run("1"), "an include changed: 2023/a.adoc (which includes it) and 2024/a.adoc (whose previous "
                + "report includes it) are checked again");

        write("2023/a.adoc", "= A 2023\n\ninclude::../_part.adoc[]\n");
        assertEquals(1, run("1"), "the previous report changed: both 2023 and 2024 checked again");

        assertEquals(0, run("2"), "another plugin version: everything checked again");

        Files.writeString(project.resolve("target/tally/check-index.json"), "{garbage", StandardCharsets.UTF_8);
        assertEquals(0, run("2"), "a broken index is ignored: everything checked again");
        assertEquals(3, run("2"));
    }

    private RunResult runAgain() throws Exception {
        Path reports = project.resolve("src/reports");
        CheckIndex index = CheckIndex.load(project.resolve("target/tally"), project, "1");
        RunResult result = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, index);
        index.save(result);
        return result;
    }

    private static java.util.List<String> codes(RunResult result) {
        return result.reports().stream().flatMap(r -> r.diagnostics().stream()).map(d -> d.code()).toList();
    }

    @Test
    void aMissingPreviousReportOrIncludeThatAppearsIsCheckedAgain() throws Exception {
        write("2024/b.adoc", "= B\n:tally-previous: ../2023/a.adoc\n\ninclude::_part.adoc[]\n\n[data#v]\n----\na: 12\n"
                + "----\n\n[checks]\n----\n- v.a >= previous.v.a\n----\n");
        assertEquals(java.util.List.of("include.missing", "previous.missing"), codes(runAgain()).stream().sorted().toList());
        assertEquals(java.util.List.of("include.missing", "previous.missing"), codes(runAgain()).stream().sorted().toList(),
                "nothing changed: the same result, reused");

        write("2023/a.adoc", "= A\n\n[data#v]\n----\na: 20\n----\n");
        RunResult afterPrevious = runAgain();
        assertTrue(codes(afterPrevious).contains("check.failed"), codes(afterPrevious).toString());
        assertFalse(codes(afterPrevious).contains("previous.missing"), codes(afterPrevious).toString());

        write("2024/_part.adoc", "Text.\n");
        RunResult afterInclude = runAgain();
        assertFalse(codes(afterInclude).contains("include.missing"), codes(afterInclude).toString());
    }

    /** A run with the integrity pass, which looks at the files the pages name. */
    private RunResult runWithIntegrity() throws Exception {
        Path reports = project.resolve("src/reports");
        CheckIndex index = CheckIndex.load(project.resolve("target/tally"), project, "1");
        RunResult result = new Tally(reports, new Templates(project), dev.tally.integrity.IntegrityConfig.defaults())
                .check(ReportFinder.find(reports), false, index);
        index.save(result);
        return result;
    }

    /**
     * Trial AB, 1: an image or attachment the page names that appears, goes or turns into a link changes the
     * report's result, though the report does not change; its content does not (it is not read).
     */
    @Test
    void aFileThePageNamesThatAppearsGoesOrTurnsIntoALinkIsSeen() throws Exception {
        write("r.adoc", "= R\n\nimage::seal.png[章]\n\n附件：link:附件/表.xlsx[表]\n");
        write("附件/表.xlsx", "x");
        assertEquals(List.of("integrity.file-missing"), codes(runWithIntegrity()));
        assertEquals(List.of("integrity.file-missing"), codes(runWithIntegrity()), "nothing changed: reused");

        write("seal.png", "png");
        assertEquals(List.of(), codes(runWithIntegrity()), "the image is there now");
        write("seal.png", "another png");
        assertEquals(List.of(), codes(runWithIntegrity()));

        Files.delete(project.resolve("src/reports/附件/表.xlsx"));
        assertEquals(List.of("integrity.file-missing"), codes(runWithIntegrity()), "the attachment is gone");

        write("附件/real.xlsx", "x");
        try {
            Files.createSymbolicLink(project.resolve("src/reports/附件/表.xlsx"), Path.of("real.xlsx"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return; // no symbolic links here
        }
        assertEquals(List.of("integrity.file-unpublished"), codes(runWithIntegrity()), "a link is not published");
        assertTrue(Files.readString(project.resolve("target/tally/check-index.txt")).contains("\tstate:file"),
                "the presence is indexed, not the content");
    }

    @Test
    void aTemplateFileThatCouldNotBeLoadedIsWatchedAndItsFixIsSeen() throws Exception {
        Path template = project.resolve("src/templates/t.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "name: t\nvalues:\n  v:\n    required: [a\nchecks:\n  - v.a = 1\n", StandardCharsets.UTF_8);
        write("r.adoc", "= R\n:tally-template: ../templates/t.yaml\n\n[data#v]\n----\na: 1\n----\n");
        assertTrue(codes(runAgain()).contains("template.invalid"));
        assertTrue(codes(runAgain()).contains("template.invalid"), "nothing changed: the same result, reused");

        Files.writeString(template, "name: t\nvalues:\n  v:\n    required: [a]\nchecks:\n  - v.a = 1\n", StandardCharsets.UTF_8);
        RunResult fixed = runAgain();
        assertEquals(java.util.List.of(), codes(fixed), "the fixed template is read: no stale errors");
        assertEquals(1, fixed.checksRun());
    }

    @Test
    void theReportGoalReusesTheCheckResultsWithTheModelsAndChecksOnlyWhatChanged() throws Exception {
        write("2023/a.adoc", "= A\n\n[data#v]\n----\na: 1\n----\n");
        write("2024/a.adoc", "= A\n:tally-previous: ../2023/a.adoc\n\n[data#v]\n----\na: 2\n----\n");
        write("bad.adoc", "= Bad\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        Path reports = project.resolve("src/reports");
        Path dir = project.resolve("target/tally");
        CheckIndex check = CheckIndex.load(dir, project, "1", "the check's settings");
        check.save(new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, check));

        // tally:report: any settings, models wanted
        CheckIndex forReport = CheckIndex.load(dir, project, "1", null);
        RunResult run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), true, forReport);
        assertEquals(3, forReport.reused(), "nothing changed: nothing checked again");
        run.reports().forEach(r -> assertNotNull(r.report(), "the model is read for rendering: " + r.file()));
        ReportResult bad = run.reports().stream().filter(r -> r.file().endsWith("bad.adoc")).findFirst().orElseThrow();
        assertEquals(1, bad.diagnostics().size(), "the check's finding is shown: " + bad.diagnostics());
        assertTrue(bad.diagnostics().get(0).message(java.util.Locale.ROOT).contains("1 != 2"),
                bad.diagnostics().get(0).message(java.util.Locale.ROOT));
        assertEquals(1, bad.checksRun());

        // a report changed after the check: checked again by the report goal
        write("bad.adoc", "= Bad\n\n[data#v]\n----\na: 2\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        forReport = CheckIndex.load(dir, project, "1", null);
        run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), true, forReport);
        assertEquals(2, forReport.reused());
        assertEquals(java.util.List.of(reports.resolve("bad.adoc")), forReport.checkedAgain(), "the debug log names it");
        assertEquals(0, run.errors(), "the changed report's own result, not the stale one");

        assertEquals(0, reusedWith(dir, "1", "other settings"), "tally:check with other settings checks again");
        assertEquals(0, reusedWith(dir, "2", null), "another plugin version: nothing reused, even for the report");
    }

    private int reusedWith(Path dir, String version, String settings) throws Exception {
        Path reports = project.resolve("src/reports");
        CheckIndex index = CheckIndex.load(dir, project, version, settings);
        new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), true, index);
        return index.reused();
    }

    @Test
    void aRunWithNothingChangedWritesNothingAgain() throws Exception {
        write("2023/a.adoc", "= A\n\n[data#v]\n----\na: 1\n----\n");
        write("2024/b.adoc", "= B\n\n[data#v]\n----\na: 2\n----\n");
        Path reports = project.resolve("src/reports");
        Path dir = project.resolve("target/tally");
        CheckIndex first = CheckIndex.load(dir, project, "1", "s");
        RunResult run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, first);
        assertFalse(first.unchanged(run));
        first.save(run);
        ResultFiles.write(run, project, dir, java.util.Set.of("json", "junit"), "1");
        ResultFiles.markBase(dir, project);
        assertTrue(ResultFiles.fresh(dir, java.util.Set.of("json", "junit"), first.resultsFile(), project));
        assertFalse(ResultFiles.fresh(dir, java.util.Set.of("json", "sarif"), first.resultsFile(), project),
                "a format not written before is not fresh");
        // a build from another directory (the module alone, after the reactor) writes its paths from there
        assertFalse(ResultFiles.fresh(dir, java.util.Set.of("json", "junit"), first.resultsFile(),
                project.resolve("src")));

        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(first.resultsFile());
        Files.setLastModifiedTime(first.resultsFile(), java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 5000));
        java.nio.file.attribute.FileTime marked = Files.getLastModifiedTime(first.resultsFile());
        CheckIndex second = CheckIndex.load(dir, project, "1", "s");
        run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, second);
        assertTrue(second.unchanged(run));
        second.save(run);
        assertEquals(marked, Files.getLastModifiedTime(first.resultsFile()), "the index is not written again");

        write("2024/b.adoc", "= B\n\n[data#v]\n----\na: 3\n----\n");
        CheckIndex third = CheckIndex.load(dir, project, "1", "s");
        run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, third);
        assertFalse(third.unchanged(run));

        Files.delete(project.resolve("src/reports/2024/b.adoc"));
        CheckIndex fourth = CheckIndex.load(dir, project, "1", "s");
        run = new Tally(reports, new Templates(project)).check(ReportFinder.find(reports), false, fourth);
        assertFalse(fourth.unchanged(run), "a report removed: the index and result files change");
    }
}
