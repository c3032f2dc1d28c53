package dev.tally.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * {@code tally:check} as Maven configures it: parameters and their defaults from the plugin descriptor, the
 * project's base directory, and what the user sees in the log.
 */
@MojoTest
class CheckMojoTest {

    /** Where a test's own directories go: removed after it, not left in the system's temporary directory. */
    @TempDir
    java.nio.file.Path tmp;

    @Inject
    private Log log;

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    void defaultsFollowTheFormat(CheckMojo mojo) throws Exception {
        assertEquals(new File(MojoExtension.getBasedir(), "src/reports"),
                MojoExtension.getVariableValueFromObject(mojo, "reportsDirectory"));
        assertFalse((Boolean) MojoExtension.getVariableValueFromObject(mojo, "skip"));
        assertTrue((Boolean) MojoExtension.getVariableValueFromObject(mojo, "failOnError"));
        assertFalse((Boolean) MojoExtension.getVariableValueFromObject(mojo, "failOnWarning"));
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    void consistentReportsPassWithOneLinePerReportAndASummary(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("Tally: src/reports/2024/ok.adoc: 2 checks run, no problems");
        verify(log).info("Tally: 1 report read, 2 checks run, 0 errors, 0 warnings");
        verify(log, never()).error(anyString());
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void anInconsistentNumberFailsTheBuildWithFileLineCheckAndBothValues(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally: 1 error in the reports (see above)", e.getMessage());
        verify(log).error("src/reports/bad.adoc:11: check failed: proactive.total = sum(proactive.parts): 170 != 169");
        verify(log).error("Tally: 1 report read, 1 check run, 1 error, 0 warnings");
    }

    /**
     * Trial V, 9: -Dtally.outputDirectory= (empty) is the project's directory, where the result files and the index
     * would land among the sources; so is a directory above it, or the reports directory. Refused before any run.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void anOutputDirectoryThatIsTheProjectOrItsReportsIsRefused(CheckMojo mojo) throws Exception {
        File base = new File(MojoExtension.getBasedir());
        for (File output : List.of(base, base.getParentFile(), new File(base, "src/reports"))) {
            MojoExtension.setVariableValueToObject(mojo, "outputDirectory", output);
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().startsWith("Tally: the output directory "), e.getMessage());
            assertTrue(e.getMessage().endsWith("give tally.outputDirectory a directory of its own, such as target/tally"),
                    e.getMessage());
        }
        assertFalse(new File(base, "tally-results.json").exists());
    }

    /** Trials I 11, L 17, N 4: with failIfNoReports, a misspelt directory or an empty one fails the build. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failIfNoReports", value = "true")
    void failIfNoReportsFailsOnAMissingOrEmptyReportsDirectory(CheckMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", new File(MojoExtension.getBasedir(), "src/reprots"));
        MojoFailureException missing = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally: no reports directory at src/reprots, nothing to check (tally.failIfNoReports)",
                missing.getMessage());
        java.nio.file.Path empty = java.nio.file.Files.createDirectory(tmp.resolve("tally-empty"));
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", empty.toFile());
        MojoFailureException none = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(none.getMessage().startsWith("Tally: no report in ") && none.getMessage().endsWith(
                ", nothing to check (tally.failIfNoReports)"), none.getMessage());
        java.nio.file.Files.delete(empty);
    }

    /**
     * Trial X, 4: in a reactor, -Dtally.failIfNoReports reaches the aggregator too, which holds no reports of its
     * own: it is not failed (its modules are checked, each failing if it has none).
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failIfNoReports", value = "true")
    void failIfNoReportsLeavesAnAggregatorAlone(CheckMojo mojo) throws Exception {
        org.apache.maven.project.MavenProject aggregator = new org.apache.maven.project.MavenProject();
        aggregator.setPackaging("pom");
        aggregator.getModules().add("anhui");
        MojoExtension.setVariableValueToObject(mojo, "project", aggregator);
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", new File(MojoExtension.getBasedir(), "src/none"));
        mojo.execute();
        aggregator.getModules().clear();
        assertThrows(MojoFailureException.class, mojo::execute);
    }

    /** Trial N, 5: a parameter with a typo fails the goal before a report is read, naming the property. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,xml")
    void anUnknownResultFormatFailsBeforeAnyReportIsChecked(CheckMojo mojo) {
        org.apache.maven.plugin.MojoExecutionException e =
                assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertEquals("Tally: tally.formats: unknown result format 'xml'; known formats: sarif, junit, json",
                e.getMessage());
        verify(log, never()).error(anyString());
        verify(log, never()).info(org.mockito.ArgumentMatchers.contains("bad.adoc"));
    }

    /** An empty {@code <formats/>} is no value to Maven (the default applies): {@code none} writes no result file. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "none")
    @MojoParameter(name = "failOnError", value = "false")
    @MojoParameter(name = "incremental", value = "false")
    void formatsNoneWritesNoResultFile(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = writingTo(mojo, "tally-none");
        mojo.execute();
        verify(log).info(org.mockito.ArgumentMatchers.startsWith("Tally: 1 report read, 1 check run, 1 error"));
        try (var files = java.nio.file.Files.list(out)) {
            assertEquals(java.util.List.of(), files.toList());
        }
        java.nio.file.Files.delete(out);
    }

    /**
     * Trial Q, 3: a second run that asks for fewer formats, with nothing changed (incremental), removes the other
     * formats' files of the first run: CI would collect them as this run's.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aNarrowerFormatsRemovesTheOtherFormatsFiles(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = writingTo(mojo, "tally-narrow");
        mojo.execute();
        assertTrue(java.nio.file.Files.exists(out.resolve("TEST-tally.xml")));
        MojoExtension.setVariableValueToObject(mojo, "formats", java.util.List.of("json"));
        mojo.execute();
        assertFalse(java.nio.file.Files.exists(out.resolve("TEST-tally.xml")));
        assertFalse(java.nio.file.Files.exists(out.resolve("tally-results.sarif")));
        assertTrue(java.nio.file.Files.exists(out.resolve("tally-results.json")));
    }

    /**
     * Trial AH, 1: a run without the index (tally.incremental=false) writes result files the index does not describe:
     * it removes the index, so that the next run with it checks everything again and writes its own files, not
     * keeping these as "up to date".
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aRunWithoutTheIndexRemovesItSoTheNextRunChecksEverything(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = writingTo(mojo, "tally-noindex");
        mojo.execute();
        assertTrue(java.nio.file.Files.exists(out.resolve("check-index.txt")));
        MojoExtension.setVariableValueToObject(mojo, "incremental", false);
        mojo.execute();
        assertFalse(java.nio.file.Files.exists(out.resolve("check-index.txt")));
        MojoExtension.setVariableValueToObject(mojo, "incremental", true);
        mojo.execute();
        verify(log, never()).info(org.mockito.ArgumentMatchers.contains("results reused"));
        assertTrue(java.nio.file.Files.exists(out.resolve("check-index.txt")));
    }

    /**
     * Trial AH, 2: the build's root decides what a report may reach (a template outside a module built alone) and
     * what paths are shown from: a run from another root reuses nothing.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aRunFromAnotherRootReusesNothing(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = writingTo(mojo, "tally-root");
        File base = new File(MojoExtension.getBasedir());
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", base);
        mojo.execute();
        mojo.execute();
        verify(log).info("Tally: 1 report unchanged since the last check, results reused (tally.incremental)");
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", base.getParentFile());
        mojo.execute();
        verify(log, org.mockito.Mockito.times(1)).info(org.mockito.ArgumentMatchers.contains("results reused"));
    }

    /** Trial AF: a file named like a report but not one ({@code .ADOC}, {@code .asciidoc}) is said not to be read. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aFileNamedAlmostLikeAReportIsSaidNotToBeRead(CheckMojo mojo) throws Exception {
        java.nio.file.Path reports = java.nio.file.Files.createDirectories(tmp.resolve("p/src/reports"));
        java.nio.file.Files.writeString(reports.resolve("a.adoc"), "= A\n");
        java.nio.file.Files.writeString(reports.resolve("B.ADOC"), "= B\n");
        java.nio.file.Files.writeString(reports.resolve("c.asciidoc"), "= C\n");
        java.nio.file.Files.writeString(reports.resolve("_part.ADOC"), "x\n");
        inProject(mojo, tmp.resolve("p"));
        mojo.execute();
        verify(log).warn("Tally: src/reports/B.ADOC is not read: a report is a file whose name ends in .adoc, in lower case");
        verify(log).warn("Tally: src/reports/c.asciidoc is not read: a report is a file whose name ends in .adoc, in lower "
                + "case");
        verify(log).info("Tally: 1 report read, 0 checks run, 0 errors, 0 warnings");
    }

    /** Trial AI, 1: a report whose checks pass but some did not run says so on its line, not a bare "no problems". */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aReportWithChecksNotRunSaysSoOnItsLine(CheckMojo mojo) throws Exception {
        java.nio.file.Path reports = java.nio.file.Files.createDirectories(tmp.resolve("q/src/reports"));
        java.nio.file.Files.writeString(reports.resolve("a.adoc"), "= A\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n"
                + "----\n- v.a = 1\n- v.a >= previous.v.a\n----\n");
        inProject(mojo, tmp.resolve("q"));
        mojo.execute();
        verify(log).info("Tally: src/reports/a.adoc: 1 check run, no problems; 1 check not run (see the notes)");
        // with a problem too, the checks not run are still counted on the line (trial AK)
        java.nio.file.Files.writeString(tmp.resolve("q/src/reports/a.adoc"), "= A\n\n[data#v]\n----\na: 1\n----\n\n"
                + "[checks]\n----\n- v.a = 2\n- v.a >= previous.v.a\n----\n");
        MojoExtension.setVariableValueToObject(mojo, "failOnError", false);
        mojo.execute();
        verify(log).info("Tally: src/reports/a.adoc: 1 check run, 1 error, 0 warnings; 1 check not run (see the notes)");
    }

    /** A project of the test's own in {@code dir} holding the broken report (170 != 169), with its baseline file. */
    private static java.nio.file.Path brokenProject(CheckMojo mojo, java.nio.file.Path dir) throws Exception {
        java.nio.file.Path report = dir.resolve("src/reports/bad.adoc");
        java.nio.file.Files.createDirectories(report.getParent());
        java.nio.file.Files.copy(new File(MojoExtension.getBasedir(), "src/reports/bad.adoc").toPath(), report);
        inProject(mojo, dir);
        java.nio.file.Path baseline = dir.resolve("tally-baseline.txt");
        MojoExtension.setVariableValueToObject(mojo, "baseline", baseline.toFile());
        return baseline;
    }

    private List<String> infoLines() {
        org.mockito.ArgumentCaptor<CharSequence> said = org.mockito.ArgumentCaptor.forClass(CharSequence.class);
        verify(log, org.mockito.Mockito.atLeastOnce()).info(said.capture());
        return said.getAllValues().stream().map(CharSequence::toString).toList();
    }

    /**
     * Trial AI: a report kept as published cannot be corrected. tally:baseline writes its problems to
     * tally-baseline.txt, and the build never fails on it.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "baseline")
    void theBaselineGoalWritesTheProblemsFoundAndDoesNotFail(BaselineMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        mojo.execute();
        assertEquals(List.of("src/reports/bad.adoc: check failed: proactive.total = sum(proactive.parts): 170 != 169"),
                java.nio.file.Files.readAllLines(baseline).stream().filter(l -> !l.startsWith("#")).toList());
        verify(log).info("Tally: wrote 1 problem to tally-baseline.txt: they no longer fail the build, any other "
                + "problem does");
        // what it accepts that the file did not list is a warning each: one sees what one accepts; no [ERROR] lines
        // in a build that passes (trial AJ, 2 and 12)
        verify(log).warn("Tally: newly accepted as published: src/reports/bad.adoc: check failed: proactive.total = "
                + "sum(proactive.parts): 170 != 169");
        verify(log, never()).error(anyString());
        // written again, nothing new: nothing said but the count
        org.mockito.Mockito.clearInvocations(log);
        mojo.execute();
        verify(log, never()).warn(anyString());
        // a project whose reports have no problem gets no baseline (trial AK)
        java.nio.file.Files.delete(baseline);
        java.nio.file.Files.writeString(tmp.resolve("p/src/reports/bad.adoc"), "= Fine\n");
        mojo.execute();
        verify(log).info("Tally: no problem to accept: no baseline written");
        assertFalse(java.nio.file.Files.exists(baseline));
    }

    /**
     * Trial AN, 1: while a report's template cannot be used, tally:baseline writes nothing and fails: a baseline
     * written then would drop what the checks that did not run accept.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "baseline")
    void theBaselineGoalRefusesWhileATemplateCannotBeUsed(BaselineMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        java.nio.file.Path report = tmp.resolve("p/src/reports/bad.adoc");
        java.nio.file.Files.writeString(report, java.nio.file.Files.readString(report)
                .replaceFirst("\n", "\n:tally-template: ../templates/gone.yaml\n"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally: no baseline written: 1 problem of the build, not of the reports as published, must be "
                + "fixed first (a template that cannot be used, so that its checks did not run; see above); then run "
                + "tally:baseline again", e.getMessage());
        verify(log).error(org.mockito.ArgumentMatchers.contains("src/reports/bad.adoc:2: template file not found"));
        assertFalse(java.nio.file.Files.exists(baseline));
    }

    /**
     * Trial AQ, 2: a reports directory that is a link to the project itself (src/reports -> ..) would put the whole
     * checkout, its .git/config, within an include's reach: nothing is read, and the build fails saying why. A link to
     * a folder elsewhere is a reports directory like any.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aReportsDirectoryThatLinksToTheProjectIsRefused(CheckMojo mojo) throws Exception {
        java.nio.file.Path project = java.nio.file.Files.createDirectories(tmp.resolve("p/src"));
        java.nio.file.Files.writeString(tmp.resolve("p/evil.adoc"), "= Evil\n\ninclude::.git/config[]\n");
        java.nio.file.Path link = project.resolve("reports");
        try {
            java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of(".."));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        inProject(mojo, tmp.resolve("p"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Tally: the reports directory src/reports is a link to "
                + tmp.resolve("p").toRealPath() + ", which holds the project itself: nothing is read"), e.getMessage());
        // a link to a folder elsewhere: read as ever
        java.nio.file.Path elsewhere = java.nio.file.Files.createDirectories(tmp.resolve("shared"));
        java.nio.file.Files.writeString(elsewhere.resolve("a.adoc"), "= A\n");
        java.nio.file.Files.delete(link);
        java.nio.file.Files.createSymbolicLink(link, elsewhere);
        mojo.execute();
        verify(log).info("Tally: 1 report read, 0 checks run, 0 errors, 0 warnings");
    }

    /** Trial AI: with the baseline, the same report passes, its problem printed as a note that says why. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aProblemTheBaselineListsIsANoteAndTheBuildPasses(CheckMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        java.nio.file.Files.writeString(baseline, "# published so\n"
                + "src/reports/bad.adoc: check failed: proactive.total = sum(proactive.parts): 170 != 169\n"
                + "src/reports/bad.adoc: check failed: a = b: 1 != 2\n"
                + "src/reports/gone.adoc: check failed: a = b: 1 != 2\n");
        mojo.execute();
        verify(log, never()).error(anyString());
        List<String> info = infoLines();
        assertTrue(info.contains("src/reports/bad.adoc:11: accepted as published (tally.baseline): check failed: "
                + "proactive.total = sum(proactive.parts): 170 != 169"), info::toString);
        assertTrue(info.contains("Tally: 1 problem accepted as published (tally-baseline.txt)"), info::toString);
        // an entry the reports no longer have is a warning at its line, counted: so that the baseline does not hide
        // the problem's next occurrence (trial AJ, 1)
        // the report's line counts both: the warning, and what the baseline accepts
        assertTrue(info.contains("Tally: src/reports/bad.adoc: 1 check run, 0 errors, 1 warning; 1 problem accepted as "
                + "published (tally.baseline)"), info::toString);
        verify(log).warn("tally-baseline.txt:3: no longer found in the reports: src/reports/bad.adoc: check failed: "
                + "a = b: 1 != 2: remove this line, or write the baseline anew (tally:baseline) and review what it adds");
        // one that names no report of the module is said apart, charged to no report (trial AK, 2)
        verify(log).warn("tally-baseline.txt:4: names no report of this module: src/reports/gone.adoc: check failed: "
                + "a = b: 1 != 2: a line of the baseline names a report by its path from the module's directory "
                + "(src/reports/…), then its message, without the line number; a baseline is a module's own");
        assertTrue(info.contains("Tally: 1 report read, 1 check run, 0 errors, 1 warning"), info::toString);
        // the JUnit file shows the check as skipped for that reason, not as a failure a CI server would count
        String junit = java.nio.file.Files.readString(tmp.resolve("p/target/tally/TEST-tally.xml"));
        assertTrue(junit.contains("failures=\"0\""), junit);
        assertTrue(junit.contains("<skipped message=\"not failed: its failures are accepted as published "
                + "(tally.baseline)\"/>"), junit);
        assertTrue(java.nio.file.Files.readString(tmp.resolve("p/target/tally/tally-results.sarif"))
                .contains("\"suppressions\""));
    }

    /**
     * Trial AK: a baseline written or changed after a check does not make the next one check every report again (the
     * index keeps the results before the baseline), but its result files are written anew and say what it accepts.
     */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aNewBaselineReusesTheResultsAndWritesTheResultFilesAnew(CheckMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        java.nio.file.Path junitFile = tmp.resolve("p/target/tally/TEST-tally.xml");
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(java.nio.file.Files.readString(junitFile).contains("failures=\"1\""));
        java.nio.file.Files.writeString(baseline,
                "src/reports/bad.adoc: check failed: proactive.total = sum(proactive.parts): 170 != 169\n");
        mojo.execute();
        verify(log).info("Tally: 1 report unchanged since the last check, results reused (tally.incremental)");
        assertTrue(infoLines().contains("Tally: 1 problem accepted as published (tally-baseline.txt)"));
        String junit = java.nio.file.Files.readString(junitFile);
        assertTrue(junit.contains("failures=\"0\"") && junit.contains("(tally.baseline)"), junit);
        // the baseline gone: reused again, and the problem fails the build again, in the files too
        java.nio.file.Files.delete(baseline);
        assertThrows(MojoFailureException.class, mojo::execute);
        verify(log, org.mockito.Mockito.times(2)).info(
                "Tally: 1 report unchanged since the last check, results reused (tally.incremental)");
        assertTrue(java.nio.file.Files.readString(junitFile).contains("failures=\"1\""));
    }

    /** Trial AK, 4: a baseline named on purpose that is not there is said, not taken silently for none. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aBaselineNamedThatIsNotThereIsSaid(CheckMojo mojo) throws Exception {
        brokenProject(mojo, tmp.resolve("p"));
        MojoExtension.setVariableValueToObject(mojo, "baseline", tmp.resolve("p/published.txt").toFile());
        mojo.execute();
        verify(log).warn("Tally: the baseline published.txt (tally.baseline) does not exist: no problem is accepted as "
                + "published");
    }

    /** A baseline that is not UTF-8 (saved as GBK) is said as such, with the parameter, not a stack trace. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aBaselineThatIsNotUtf8IsSaidAsSuch(CheckMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        java.nio.file.Files.write(baseline, "src/reports/bad.adoc: 检查未通过".getBytes(java.nio.charset.Charset.forName("GBK")));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Tally: cannot read the baseline " + baseline + " (tally.baseline): it is not UTF-8", e.getMessage());
    }

    /** Trial AI: the same check failing with other values is another problem: the build fails on it. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aProblemWithOtherValuesThanTheBaselineListsFails(CheckMojo mojo) throws Exception {
        java.nio.file.Path baseline = brokenProject(mojo, tmp.resolve("p"));
        java.nio.file.Files.writeString(baseline,
                "src/reports/bad.adoc: check failed: proactive.total = sum(proactive.parts): 170 != 168\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally: 1 error in the reports (see above)", e.getMessage());
    }

    /** A new directory of the test's own, where the mojo writes its result files. */
    private java.nio.file.Path writingTo(CheckMojo mojo, String name) throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createDirectory(tmp.resolve(name));
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        return out;
    }

    /** Points the mojo at a project of its own in {@code dir}: its src/reports, its target/tally, built from it. */
    private static void inProject(CheckMojo mojo, java.nio.file.Path dir) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", dir.resolve("src/reports").toFile());
        MojoExtension.setVariableValueToObject(mojo, "basedir", dir.toFile());
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", dir.toFile());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", dir.resolve("target/tally").toFile());
    }

    /** Trial L, 5: a line break in a report's file name cannot forge a line of the log. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void aLineBreakInAFileNameForgesNoLogLine(CheckMojo mojo) throws Exception {
        java.nio.file.Path reports = java.nio.file.Files.createDirectory(tmp.resolve("tally-names"));
        java.nio.file.Path bad;
        try {
            bad = reports.resolve("a.adoc\n[ERROR] forged.adoc:1: forged\nz.adoc");
            java.nio.file.Files.writeString(bad, "= R\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system takes no line break in a name: " + e);
            return;
        }
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", reports.toFile());
        mojo.execute();
        org.mockito.ArgumentCaptor<CharSequence> said = org.mockito.ArgumentCaptor.forClass(CharSequence.class);
        verify(log, org.mockito.Mockito.atLeastOnce()).info(said.capture());
        org.mockito.ArgumentCaptor<CharSequence> errors = org.mockito.ArgumentCaptor.forClass(CharSequence.class);
        verify(log, org.mockito.Mockito.atLeastOnce()).error(errors.capture());
        java.util.List<String> lines = new java.util.ArrayList<>();
        said.getAllValues().forEach(l -> lines.add(l.toString()));
        errors.getAllValues().forEach(l -> lines.add(l.toString()));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\n")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("a.adoc\\u000A[ERROR] forged.adoc:1: forged\\u000Az.adoc: 1 check")),
                lines::toString);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorOffPrintsErrorsAndGoesOn(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).error("src/reports/bad.adoc:11: check failed: proactive.total = sum(proactive.parts): 170 != 169");
        verify(log).info("Tally: 1 report read, 1 check run, 1 error, 0 warnings");
    }

    @Test
    @Basedir("/unit/warning")
    @InjectMojo(goal = "check")
    void warningsDoNotFailTheBuildByDefault(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).warn("src/reports/warn.adoc:11: check failed: v.a = v.b: 1 != 2");
    }

    @Test
    @Basedir("/unit/warning")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningFailsTheBuildOnWarnings(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("1 warning"), e.getMessage());
        assertTrue(e.getMessage().contains("failOnWarning"), e.getMessage());
        // the warnings that fail the build are logged as errors, so that mvn -q shows them (trial S, 3)
        verify(log, never()).warn(anyString());
        verify(log).error(org.mockito.ArgumentMatchers.startsWith("src/reports/"));
        verify(log).error(org.mockito.ArgumentMatchers.startsWith("Tally: 1 report read"));
    }

    /** Trial S, 8: Maven reads any word but true as false; a switch given another word is refused. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    void aSwitchThatIsNeitherTrueNorFalseIsRefused(CheckMojo mojo) throws Exception {
        org.apache.maven.execution.MavenSession session =
                (org.apache.maven.execution.MavenSession) MojoExtension.getVariableValueFromObject(mojo, "session");
        org.mockito.Mockito.when(session.getUserProperties()).thenReturn(new java.util.Properties() {{
                setProperty("tally.failOnError", "yes");
            }});
        org.apache.maven.plugin.MojoExecutionException e =
                assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertEquals("Tally: tally.failOnError must be true or false, not 'yes'", e.getMessage());
    }

    /** Trial S, 1: a skipped check leaves no earlier run's result files for CI to collect. */
    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipRemovesAnEarlierRunsResultFiles(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createDirectory(tmp.resolve("tally-skip"));
        java.nio.file.Files.writeString(out.resolve("TEST-tally.xml"), "<testsuites failures=\"1\"/>");
        java.nio.file.Files.writeString(out.resolve("other.txt"), "not Tally's");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        assertFalse(java.nio.file.Files.exists(out.resolve("TEST-tally.xml")));
        assertTrue(java.nio.file.Files.exists(out.resolve("other.txt")));
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnError", value = "false")
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningFailsOnErrorsTooEvenWithFailOnErrorOff(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally: 1 error in the reports (see above)", e.getMessage());
    }

    @Test
    @Basedir("/unit/empty")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "reportsDirectory", value = "${basedir}/src/reprots")
    void aReportsDirectoryNamedOnPurposeThatIsMissingIsAWarning(CheckMojo mojo) throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createDirectory(tmp.resolve("tally-missing")).resolve("tally");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        verify(log).warn("Tally: no reports directory at src/reprots, nothing to check");
        // nothing checked, said in the result files too (trial S, 1): CI finds this run's, as for an empty directory
        assertTrue(java.nio.file.Files.readString(out.resolve("TEST-tally.xml")).contains("tests=\"0\""));
    }

    /**
     * Trial AH, 6: a module without reports at the default place (a reactor's parent) writes no result files, whether
     * target/tally is there or not; an earlier run's are removed.
     */
    @Test
    @Basedir("/unit/empty")
    @InjectMojo(goal = "check")
    void aModuleWithoutReportsWritesNoResultFilesAndRemovesOldOnes(CheckMojo mojo) throws Exception {
        java.nio.file.Path base = java.nio.file.Files.createDirectories(tmp.resolve("parent"));
        java.nio.file.Path out = java.nio.file.Files.createDirectories(base.resolve("target/tally"));
        java.nio.file.Files.writeString(out.resolve("TEST-tally.xml"), "<testsuites/>");
        java.nio.file.Files.writeString(out.resolve("site-files.txt"), "x");
        MojoExtension.setVariableValueToObject(mojo, "basedir", base.toFile());
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", base.resolve("src/reports").toFile());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        verify(log).info("Tally: no reports directory at src/reports, nothing to check");
        try (var files = java.nio.file.Files.list(out)) {
            assertEquals(java.util.List.of("site-files.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "reportsDirectory", value = "${basedir}/src/reports/2024/ok.adoc")
    void aReportsDirectoryThatIsAFileIsAnError(CheckMojo mojo) {
        org.apache.maven.plugin.MojoExecutionException e =
                assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertEquals("Tally: the reports directory src/reports/2024/ok.adoc is a file, not a directory "
                + "(tally.reportsDirectory)", e.getMessage());
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/src/reports/2024/ok.adoc")
    void anOutputDirectoryThatIsAFileIsAnErrorNamingIt(CheckMojo mojo) {
        org.apache.maven.plugin.MojoExecutionException e =
                assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertEquals("Tally: the output directory src/reports/2024/ok.adoc is a file, not a directory "
                + "(tally.outputDirectory)", e.getMessage());
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "klingon!")
    void aMalformedLanguageIsAWarningToo(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).warn("Tally: no messages in the language klingon! (tally.locale); they are written in English "
                + "(available: en, zh)");
    }

    @Test
    @Basedir("/unit/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "fr")
    void aLanguageWithoutMessagesIsAWarningAndEnglishIsUsed(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).warn("Tally: no messages in the language fr (tally.locale); they are written in English "
                + "(available: en, zh)");
        verify(log).info("Tally: 1 report read, 2 checks run, 0 errors, 0 warnings");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipReadsNothing(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("Tally: skipped (tally.skip)");
        verify(log, never()).error(anyString());
    }

    @Test
    @Basedir("/unit/empty")
    @InjectMojo(goal = "check")
    void aProjectWithoutReportsPassesWithANote(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("Tally: no reports directory at src/reports, nothing to check");
    }

    @Test
    @Basedir("/unit/empty")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "reportsDirectory", value = "${basedir}/../check/src/reports")
    void reportsDirectoryCanPointElsewhere(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("Tally: 1 report read, 2 checks run, 0 errors, 0 warnings");
    }

    @Test
    void ofManyReportsOnlyThoseWithProblemsAreListedAndTheRestCounted() {
        java.nio.file.Path base = java.nio.file.Path.of("/p").toAbsolutePath();
        java.util.List<dev.tally.run.ReportResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            java.nio.file.Path f = base.resolve("src/reports/r" + (100 + i) + ".adoc");
            java.util.List<dev.tally.diagnostic.Diagnostic> ds = i == 7
                    ? java.util.List.of(new dev.tally.diagnostic.Diagnostic(dev.tally.diagnostic.Severity.ERROR,
                            new dev.tally.diagnostic.Location(f, 3), "read.empty-block", java.util.List.of("v")))
                    : java.util.List.of(new dev.tally.diagnostic.Diagnostic(dev.tally.diagnostic.Severity.NOTE,
                            new dev.tally.diagnostic.Location(f, 1), "read.empty", java.util.List.of()));
            results.add(new dev.tally.run.ReportResult(f, "R", null, null, ds, 2, java.util.List.of()));
        }
        CheckMojo.print(new dev.tally.run.RunResult(base.resolve("src/reports"), results),
                new dev.tally.diagnostic.DiagnosticFormatter(base, java.util.Locale.ROOT), log);
        verify(log).info("Tally: src/reports/r107.adoc: 2 checks run, 1 error, 0 warnings");
        verify(log).error(org.mockito.ArgumentMatchers.startsWith("src/reports/r107.adoc:3: "));
        verify(log).info("Tally: 59 reports without errors or warnings, not listed one by one (mvn -X lists them)");
        verify(log, never()).info("Tally: src/reports/r100.adoc: 2 checks run, no problems");
        verify(log, never()).info(org.mockito.ArgumentMatchers.startsWith("src/reports/r100.adoc:1: "));
        // a module of a reactor names itself in the line that has no path (trial X, 6)
        CheckMojo.print(new dev.tally.run.RunResult(base.resolve("src/reports"), results),
                new dev.tally.diagnostic.DiagnosticFormatter(base, java.util.Locale.ROOT), log, false, "hefei");
        verify(log).info("Tally: 59 reports without errors or warnings, not listed one by one (mvn -X lists them)"
                + " (module hefei)");
    }
    /** Trial P, 11: a problem in a partial two reports include is printed once; the second report says where. */
    @Test
    void aProblemOfASharedPartialIsPrintedOnceAndTheOtherReportSaysItStandsAbove() {
        java.nio.file.Path base = java.nio.file.Path.of("/p").toAbsolutePath();
        java.nio.file.Path partial = base.resolve("src/reports/_contact.adoc");
        dev.tally.diagnostic.Diagnostic shared = new dev.tally.diagnostic.Diagnostic(dev.tally.diagnostic.Severity.ERROR,
                new dev.tally.diagnostic.Location(partial, 3), "read.empty-block", java.util.List.of("v"));
        java.util.List<dev.tally.run.ReportResult> results = new java.util.ArrayList<>();
        for (String name : java.util.List.of("a", "b")) {
            results.add(new dev.tally.run.ReportResult(base.resolve("src/reports/" + name + ".adoc"), "R", null, null,
                    java.util.List.of(shared), 2, java.util.List.of()));
        }
        CheckMojo.print(new dev.tally.run.RunResult(base.resolve("src/reports"), results),
                new dev.tally.diagnostic.DiagnosticFormatter(base, java.util.Locale.ROOT), log);
        verify(log).info("Tally: src/reports/a.adoc: 2 checks run, 1 error, 0 warnings");
        verify(log).info("Tally: src/reports/b.adoc: 2 checks run, 1 error, 0 warnings (1 shown above, in src/reports/_contact.adoc)");
        verify(log, org.mockito.Mockito.times(1)).error(org.mockito.ArgumentMatchers.startsWith("src/reports/_contact.adoc:3: "));
    }
    /** Trial S, 16: a report whose only failures are notes does not say "no problems" above them. */
    @Test
    void aReportWithAFailedNoteSaysSoInsteadOfNoProblems() {
        java.nio.file.Path base = java.nio.file.Path.of("/p").toAbsolutePath();
        java.nio.file.Path f = base.resolve("src/reports/q2.adoc");
        dev.tally.diagnostic.Diagnostic note = new dev.tally.diagnostic.Diagnostic(dev.tally.diagnostic.Severity.NOTE,
                new dev.tally.diagnostic.Location(f, 11), "check.failed", java.util.List.of("rev.actual >= rev.budget", "1100", "<", "1200", ""));
        CheckMojo.print(new dev.tally.run.RunResult(base.resolve("src/reports"), java.util.List.of(
                new dev.tally.run.ReportResult(f, "R", null, null, java.util.List.of(note), 1, java.util.List.of()))),
                new dev.tally.diagnostic.DiagnosticFormatter(base, java.util.Locale.ROOT), log);
        verify(log).info("Tally: src/reports/q2.adoc: 1 check run, no errors or warnings; 1 check of severity note failed");
        verify(log, never()).info("Tally: src/reports/q2.adoc: 1 check run, no problems");
    }
}
