package dev.tally.run;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A baseline accepts the problems of reports kept as published, and only those. */
class BaselineTest {

    @TempDir
    Path project;

    /** Seed 004's defect: the report claims 170 where its parts sum to 169. */
    private static final String REPORT = """
            = 沈荡镇2017年政府信息公开工作年度报告

            [data#proactive]
            ----
            total: 170
            by_kind:
              a: 100
              b: 69
            ----

            [checks]
            ----
            - proactive.total = sum(proactive.by_kind)
            ----
            """;

    private static final String ENTRY =
            "src/reports/2017/shendang.adoc: check failed: proactive.total = sum(proactive.by_kind): 170 != 169";

    private Function<Path, String> paths() {
        return new DiagnosticFormatter(project, Locale.ROOT)::relative;
    }

    private Path file() {
        return project.resolve(Baseline.FILE_NAME);
    }

    /** The report checked with the integrity pass too (the text rules). */
    private RunResult checked(String report) {
        Path file = Fixture.report(project, "2017/shendang.adoc", report);
        return new Tally(Fixture.reports(project), new dev.tally.template.Templates(project),
                dev.tally.integrity.IntegrityConfig.defaults()).check(List.of(file), false, Reuse.NONE);
    }

    private RunResult run(String report) {
        Fixture.report(project, "2017/shendang.adoc", report);
        return Fixture.run(project);
    }

    @Test
    void aListedProblemIsANoteAndItsCheckIsNotAFailure() {
        RunResult raw = run(REPORT);
        assertEquals(1, raw.errors());
        Baseline.Applied applied = Baseline.parse("# published as is\n\n" + ENTRY + "\n", file()).apply(raw, paths());
        RunResult run = applied.run();
        assertEquals(0, run.errors());
        assertEquals(1, applied.accepted());
        assertTrue(applied.stale().isEmpty());
        Diagnostic d = run.reports().get(0).diagnostics().stream()
                .filter(x -> x.code().equals(Baseline.ACCEPTED)).findFirst().orElseThrow();
        assertEquals(Severity.NOTE, d.severity());
        assertEquals("accepted as published (tally.baseline): check failed: proactive.total = sum(proactive.by_kind): "
                + "170 != 169", d.message());
        assertTrue(d.message(Locale.CHINESE).startsWith("已按发布原样接受（tally.baseline）："), d.message(Locale.CHINESE));
        // the check did run: it is no failure, and no check "not run" either
        CheckOutcome o = run.reports().get(0).outcomes().get(0);
        assertEquals(CheckOutcome.Status.SKIPPED, o.status());
        assertEquals(Baseline.SKIP_ACCEPTED, o.reason());
        assertEquals(0, run.reports().get(0).notRun());
    }

    @Test
    void lineNumbersDoNotMatterButValuesDo() {
        // a line added above: still accepted
        Baseline baseline = Baseline.parse(ENTRY, file());
        assertEquals(0, baseline.apply(run(":tally-year: 2017\n" + REPORT), paths()).run().errors());
        // the same check failing with other values is another problem: an error, and the entry no longer found
        Baseline.Applied other = baseline.apply(run(REPORT.replace("b: 69", "b: 68")), paths());
        assertEquals(1, other.run().errors());
        assertEquals(CheckOutcome.Status.FAILED, other.run().reports().get(0).outcomes().get(0).status());
        // said where the entry stands, as a warning of the report it names: counted, printed, in the result files
        assertEquals(1, other.stale().size());
        Diagnostic stale = other.stale().get(0);
        assertEquals(Severity.WARNING, stale.severity());
        assertEquals(new dev.tally.diagnostic.Location(file(), 1), stale.location());
        assertEquals("no longer found in the reports: " + ENTRY + ": remove this line, or write the baseline anew "
                + "(tally:baseline) and review what it adds", stale.message());
        assertEquals(1, other.run().warnings());
        assertTrue(other.run().reports().get(0).diagnostics().contains(stale));
    }

    @Test
    void aNewProblemBesideAnAcceptedOneStillFails() {
        String two = REPORT.replace("- proactive.total = sum(proactive.by_kind)\n",
                "- proactive.total = sum(proactive.by_kind)\n- proactive.by_kind.a = 99\n");
        RunResult run = Baseline.parse(ENTRY, file()).apply(run(two), paths()).run();
        assertEquals(1, run.errors());
        assertTrue(Fixture.errors(run, project).get(0).contains("proactive.by_kind.a = 99: 100 != 99"),
                Fixture.errors(run, project).toString());
        List<CheckOutcome.Status> statuses = run.reports().get(0).outcomes().stream().map(CheckOutcome::status).toList();
        assertEquals(List.of(CheckOutcome.Status.SKIPPED, CheckOutcome.Status.FAILED), statuses);
    }

    @Test
    void aBaselineWrittenFromARunAcceptsAllOfItAndOnlyOnceEach() {
        String twice = REPORT + "\n[checks]\n----\n- proactive.total = sum(proactive.by_kind)\n----\n";
        RunResult raw = run(twice);
        assertEquals(2, raw.errors());
        String written = Baseline.write(raw, paths());
        assertTrue(written.startsWith("# Tally baseline"), written);
        assertEquals(List.of(ENTRY, ENTRY), written.lines().filter(l -> !l.startsWith("#")).toList());
        Baseline.Applied all = Baseline.parse(written, file()).apply(raw, paths());
        assertEquals(0, all.run().errors());
        assertEquals(2, all.accepted());
        assertTrue(all.stale().isEmpty());
        // the same problem at two places needs two lines: one accepts one of them
        Baseline.Applied once = Baseline.parse(ENTRY, file()).apply(raw, paths());
        assertEquals(1, once.run().errors());
        assertEquals(1, once.accepted());
    }

    /**
     * Trial AK, 2 and 3: an entry that names no report of the run (another module's, a path from the build's top, a
     * line number left in) is said apart, with how a line names its report, and charged to no report.
     */
    @Test
    void anEntryNamingNoReportIsSaidApartAndChargedToNone() {
        RunResult raw = run(REPORT.replace("total: 170", "total: 169"));
        assertEquals(0, raw.errors());
        Baseline.Applied applied = Baseline.parse("city/" + ENTRY + "\n", file()).apply(raw, paths());
        assertEquals(0, applied.run().warnings());
        assertEquals(1, applied.unplaced().size());
        Diagnostic d = applied.unplaced().get(0);
        assertEquals(Baseline.NO_SUCH_REPORT, d.code());
        assertEquals(new dev.tally.diagnostic.Location(file(), 1), d.location());
        assertTrue(d.message().startsWith("names no report of this module: city/src/reports/2017/shendang.adoc: check failed"),
                d.message());
        assertTrue(d.message().endsWith("from the module's directory (src/reports/…), then its message, without the line "
                + "number; a baseline is a module's own"), d.message());
    }

    /** Writing the baseline anew says what it accepts that the file did not, and what it no longer lists. */
    @Test
    void whatABaselineWrittenAnewAddsAndDrops() {
        String before = "# old\n" + ENTRY + "\nsrc/reports/x.adoc: gone\n";
        String after = ENTRY + "\n" + ENTRY + "\nsrc/reports/y.adoc: new\n";
        assertEquals(List.of(ENTRY, "src/reports/y.adoc: new"), Baseline.added(before, after));
        assertEquals(List.of("src/reports/x.adoc: gone"), Baseline.added(after, before));
        assertEquals(List.of(ENTRY), Baseline.added(null, ENTRY));
    }

    /**
     * Trial AN, 1 and 3: a template that cannot be used is the build's problem, not the report's as published: a
     * baseline neither lists nor accepts it, and an entry not found while the template's checks did not run is kept,
     * a note, not a warning to remove it.
     */
    @Test
    void aBrokenTemplateIsNeverAcceptedAndWhatItHidesIsKept() throws Exception {
        Path template = project.resolve("src/templates/t.yaml");
        java.nio.file.Files.createDirectories(template.getParent());
        String good = "name: t\nvalues:\n  v:\n    required: [a, b]\nchecks:\n  - v.a = v.b\n";
        java.nio.file.Files.writeString(template, good);
        String report = "= R\n:tally-template: ../../templates/t.yaml\n\n[data#v]\n----\na: 1\nb: 2\n----\n";
        RunResult raw = run(report);
        assertEquals(1, raw.errors());
        String written = Baseline.write(raw, paths());
        assertTrue(Baseline.notAcceptable(raw).isEmpty());
        // the template broken (a name misspelt in its check): its error and the report's "has errors" are the build's
        java.nio.file.Files.writeString(template, good.replace("v.a = v.b", "v.a = v.bb"));
        RunResult broken = Fixture.run(project);
        assertEquals(List.of("template.invalid", "check.unknown-key"),
                Baseline.notAcceptable(broken).stream().map(Diagnostic::code).toList());
        assertEquals(0, Baseline.parse(Baseline.write(broken, paths()), file()).size(), "none of them is written");
        // listed by hand, they are not accepted either
        String byHand = String.join("\n", broken.diagnostics().stream().map(d -> Baseline.entry(d, paths())).toList());
        assertEquals(0, Baseline.parse(byHand, file()).apply(broken, paths()).accepted());
        // the entry of the check that did not run is not "no longer found": a note that it is kept
        Baseline.Applied applied = Baseline.parse(written, file()).apply(broken, paths());
        Diagnostic kept = applied.run().reports().get(0).diagnostics().stream()
                .filter(d -> d.args().contains(written.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()))
                .findFirst().orElseThrow();
        assertEquals(Baseline.NOT_CHECKED, kept.code());
        assertEquals(Severity.NOTE, kept.severity());
        assertTrue(kept.message().startsWith("not found, but this build did not run all the checks of the report: "),
                kept.message());
        // with the template mended and the report corrected, the same entry is stale: a warning
        java.nio.file.Files.writeString(template, good);
        RunResult corrected = run(report.replace("b: 2", "b: 1"));
        Diagnostic stale = Baseline.parse(written, file()).apply(corrected, paths()).run().reports().get(0)
                .diagnostics().stream().filter(d -> d.code().equals(Baseline.STALE)).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, stale.severity());
    }

    /**
     * Trial AO, 1: a text rule's message names the lines of what it found; the baseline lists it without them, so a
     * line added above does not make the problem new, and a file written with them still fits. Not found (the
     * words taken out), the entry is stale, a warning, though checks of the report did not run: no check finds words.
     */
    @Test
    void aFindingOfTheTextIsMatchedWithoutItsLines() {
        String report = "= R\n\n来自 bet365 的文字。\n\n[checks]\n----\n- v.a = 1\n----\n";
        RunResult raw = checked(report);
        assertEquals(List.of("integrity.denied-word", "check.unknown-block"),
                raw.diagnostics().stream().map(Diagnostic::code).toList());
        String written = Baseline.write(raw, paths());
        assertTrue(written.contains("src/reports/2017/shendang.adoc: denied words: “bet365”; occurrences: 1, at lines: …\n"),
                written);
        RunResult moved = checked(report.replace("= R\n", "= R\n// a comment added\n"));
        Baseline.Applied applied = Baseline.parse(written, file()).apply(moved, paths());
        assertEquals(2, applied.accepted());
        assertEquals(0, applied.run().errors());
        // a baseline written with the line numbers, before they were left out, still fits
        String old = written.replace("at lines: …", "at lines: 3");
        assertEquals(2, Baseline.parse(old, file()).apply(moved, paths()).accepted());
        // the words gone: stale, a warning, though the report's check is invalid
        RunResult gone = checked(report.replace("bet365", "某网站"));
        List<Diagnostic> stale = Baseline.parse(written, file()).apply(gone, paths()).run().reports().get(0)
                .diagnostics().stream().filter(d -> d.code().equals(Baseline.STALE) || d.code().equals(Baseline.NOT_CHECKED))
                .toList();
        assertEquals(List.of(Baseline.STALE), stale.stream().map(Diagnostic::code).toList());
    }

    @Test
    void warningsAreAcceptedAlikeAndNotesAreNeverListed() {
        RunResult raw = run(REPORT.replace("- proactive.total = sum(proactive.by_kind)",
                "- check: proactive.total = sum(proactive.by_kind)\n  severity: warning"));
        assertEquals(0, raw.errors());
        assertEquals(1, raw.warnings());
        String written = Baseline.write(raw, paths());
        assertEquals(1, Baseline.parse(written, file()).size());
        RunResult run = Baseline.parse(written, file()).apply(raw, paths()).run();
        assertEquals(0, run.warnings());
        assertTrue(run.reports().get(0).diagnostics().stream().allMatch(d -> d.severity() == Severity.NOTE));
    }
}
