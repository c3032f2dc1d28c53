package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.tally.hostile.Sandbox.lineOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Paths that loop or escape: recursive includes, includes and previous reports and templates outside the
 * directories they must stay in (by {@code ../}, absolute paths and symbolic links), previous-report cycles,
 * and paths no file system takes (a NUL character), a directory, a named pipe.
 *
 * <p>Every escape attempt has a secret outside the allowed directory: a data block whose values must never be
 * read (a check on it must not come out as passed or failed with its values).
 */
public class PathHostileTest {

    @TempDir
    Path tmp;

    /** The secret value has a point in it, so it can never turn up by chance in a temporary directory's digits. */
    private static final String SECRET = "[data#secret]\n----\npin: 4711.0815\n----\n";

    private static String usesSecret(String includeLine) {
        return "= R\n\n" + includeLine + "\n\n[checks]\n----\n- secret.pin = 1\n----\n";
    }

    private static void symlink(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    // ---------------------------------------------------------------- recursive includes

    @Test
    void aReportIncludingItselfIsAnErrorAtTheInclude() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\ninclude::r.adoc[]\n\ntally:v.a[2]\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "include::r.adoc[]"), "includes itself")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void partialsIncludingEachOtherAreAnErrorAtTheIncludeThatCloses() {
        Sandbox s = new Sandbox(tmp);
        s.report("_a.adoc", "a1\ninclude::_b.adoc[]\n");
        s.report("_b.adoc", "b1\nb2\ninclude::_a.adoc[]\n");
        s.report("r.adoc", "= R\n\ninclude::_a.adoc[]\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/_b.adoc", 3, "include _a.adoc closes a circle of includes: _a.adoc → _b.adoc → _a.adoc")
                .has("ERROR", "src/reports/r.adoc", 10, "figure does not match");
    }

    /** Two reports (not partials) that include each other: each is read once through the other, and checked. */
    @Test
    void twoReportsIncludingEachOtherAreBothChecked() {
        Sandbox s = new Sandbox(tmp);
        s.report("a.adoc", "= A\n\n[data#va]\n----\nx: 1\n----\n\ninclude::b.adoc[]\n\ntally:va.x[2]\n");
        s.report("b.adoc", "= B\n\n[data#vb]\n----\ny: 1\n----\n\ninclude::a.adoc[]\n\ntally:vb.y[3]\n");
        s.run().hostile("a.adoc").hostile("b.adoc")
                .has("ERROR", "src/reports/b.adoc", 8, "include a.adoc closes a circle of includes: a.adoc → b.adoc → a.adoc")
                .has("ERROR", "src/reports/a.adoc", 8, "include b.adoc closes a circle of includes: b.adoc → a.adoc → b.adoc")
                .has("ERROR", "src/reports/a.adoc", 10, "tally:va.x[2]: the data gives 1")
                .has("ERROR", "src/reports/b.adoc", 10, "tally:vb.y[3]: the data gives 1");
    }

    @Test
    void includesNestedFortyDeepAreAnErrorAtTheLevelThatGoesOver() {
        Sandbox s = new Sandbox(tmp);
        for (int i = 0; i < 40; i++) {
            s.report("_d" + i + ".adoc", "level " + i + "\ninclude::_d" + (i + 1) + ".adoc[]\n");
        }
        s.report("_d40.adoc", "bottom\n");
        s.report("r.adoc", "= R\n\ninclude::_d0.adoc[]\n\n[data#v]\n----\na: 1\n----\n");
        s.run().hostile("r.adoc").hasErrorIn("src/reports/_d").lacks("r.adoc", "bottom");
    }

    // ---------------------------------------------------------------- includes escaping reportsDirectory

    @Test
    void anIncludeWithDotDotOutOfTheReportsIsAnErrorAndReadsNothing() {
        Sandbox s = new Sandbox(tmp);
        s.projectFile("secret.adoc", SECRET);
        String r = usesSecret("include::../../secret.adoc[]");
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", 3, "outside the reports directory")
                .lacks("r.adoc", "4711.0815")
                .lacks("r.adoc", "check failed");
    }

    @Test
    void anIncludeWithManyDotDotsIsAnErrorAndReadsNothing() {
        Sandbox s = new Sandbox(tmp);
        String r = usesSecret("include::../../../../../../../../../../etc/passwd[]");
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "outside the reports directory")
                .lacks("r.adoc", "root:");
    }

    @Test
    void anIncludeWithAnAbsolutePathIsAnErrorAndReadsNothing() {
        Sandbox s = new Sandbox(tmp);
        Path secret = s.outsideFile("secret.adoc", SECRET);
        s.report("r.adoc", usesSecret("include::" + secret.toAbsolutePath() + "[]"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "is an absolute path or a URL")
                .lacks("r.adoc", "4711.0815").lacks("r.adoc", "check failed");
    }

    @Test
    void anIncludeWithAnAbsolutePathInsideTheReportsIsStillAnError() {
        Sandbox s = new Sandbox(tmp);
        Path inside = s.report("_secret.adoc", SECRET);
        s.report("r.adoc", usesSecret("include::" + inside.toAbsolutePath() + "[]"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "is an absolute path or a URL; only paths"
                + " relative to the including file, inside the reports directory, are allowed");
    }

    @Test
    void anIncludeOfASymlinkToAFileOutsideIsAnErrorAndReadsNothing() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path secret = s.outsideFile("secret.adoc", SECRET);
        symlink(s.reports.resolve("_link.adoc"), secret);
        s.report("r.adoc", usesSecret("include::_link.adoc[]"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "outside the reports directory")
                .lacks("r.adoc", "4711.0815").lacks("r.adoc", "check failed");
    }

    @Test
    void anIncludeThroughASymlinkToADirectoryOutsideIsAnErrorAndReadsNothing() throws IOException {
        Sandbox s = new Sandbox(tmp);
        s.outsideFile("dir/secret.adoc", SECRET);
        symlink(s.reports.resolve("shared"), s.outside.resolve("dir"));
        s.report("r.adoc", usesSecret("include::shared/secret.adoc[]"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "outside the reports directory")
                .lacks("r.adoc", "4711.0815").lacks("r.adoc", "check failed");
    }

    @Test
    void anIncludeThroughAnAttributeThatLeadsOutsideIsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.projectFile("secret.adoc", SECRET);
        s.report("r.adoc", usesSecret(":up: ../..\ninclude::{up}/secret.adoc[]"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 4, "outside the reports directory")
                .lacks("r.adoc", "4711.0815");
    }

    /** Chosen behaviour: attribute references are substituted once; one that names another is not a loop. */
    @Test
    void attributesThatReferToEachOtherInAnIncludeTargetAreNotALoop() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "= R\n:a: {b}\n:b: {a}\n\ninclude::{a}.adoc[]\n\n[data#v]\n----\nx: 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 5, "include");
    }

    @Test
    void aNulCharacterInAnIncludeTargetIsAnErrorAtTheInclude() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "= R\n\ninclude::_a\u0000b.adoc[]\n\n[data#v]\n----\nx: 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "include");
    }

    @Test
    void anIncludeOfADirectoryIsAnErrorAtTheInclude() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Files.createDirectories(s.reports.resolve("parts"));
        s.report("r.adoc", "= R\n\ninclude::parts[]\n\n[data#v]\n----\nx: 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "");
    }

    @Test
    void anIncludeOfABinaryFileIsAnErrorInThatFile() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, (byte) 0xFF});
        s.report("r.adoc", "= R\n\ninclude::logo.png[]\n\n[data#v]\n----\nx: 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/logo.png", 1, "not valid UTF-8");
    }

    /**
     * A named pipe in the reports directory (nobody writes to it): reading it would wait for ever. Reports are
     * only regular files; an include of anything else must be an error, not a wait.
     */
    @Test
    void anIncludeOfANamedPipeIsAnErrorNotAWait() throws Exception {
        Sandbox s = new Sandbox(tmp);
        Path fifo = s.reports.resolve("_pipe.adoc");
        mkfifo(fifo);
        s.report("r.adoc", "= R\n\ninclude::_pipe.adoc[]\n\n[data#v]\n----\nx: 1\n----\n");
        try {
            s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "");
        } finally {
            release(fifo);
        }
    }

    /**
     * Trial V, 2: an SVG read into the page ({@code opts=inline}) through a link to a file outside the reports is
     * an error at its line, and the page is not converted (so the file is not published).
     */
    @Test
    void anInlineImageThatIsALinkToAFileOutsideIsAnErrorAndItsPageIsNotConverted() throws Exception {
        Sandbox s = new Sandbox(tmp);
        Path secret = s.outsideFile("secret.svg", "<svg>4711.0815</svg>");
        symlink(s.reports.resolve("logo.svg"), secret);
        s.report("r.adoc", "= R\n\nimage::logo.svg[opts=inline]\n\nimage::logo.svg[Logo]\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "is a link to a file outside the reports");
        dev.tally.run.RunResult run = new dev.tally.run.Tally(s.reports, new dev.tally.template.Templates(s.reports))
                .check();
        assertTrue(run.reports().stream().filter(r -> r.file().endsWith("r.adoc")).noneMatch(r -> r.renderable()));
        assertTrue(run.reports().stream().filter(r -> !r.file().endsWith("r.adoc")).allMatch(r -> r.renderable()));
    }

    /** Trial V, 5: a pipe named like a report is an error that says what it is, not a report passed over. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aPipeNamedLikeAReportIsAnErrorNotAWaitNorSilence() throws Exception {
        Sandbox s = new Sandbox(tmp);
        Path fifo = s.reports.resolve("pipe.adoc");
        mkfifo(fifo);
        try {
            dev.tally.run.RunResult run = new dev.tally.run.Tally(s.reports, new dev.tally.template.Templates(s.reports))
                    .check();
            assertTrue(run.reports().stream().anyMatch(r -> r.file().endsWith("pipe.adoc") && r.diagnostics().stream()
                    .anyMatch(d -> d.code().equals("read.not-a-file"))), run.diagnostics().toString());
        } finally {
            release(fifo);
        }
    }

    public static void mkfifo(Path fifo) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo), "mkfifo failed");
    }

    /** Opens the pipe for writing and closes it, so that a reader stuck on it sees its end and goes away. */
    public static void release(Path fifo) {
        Thread t = new Thread(() -> {
            try (OutputStream ignored = Files.newOutputStream(fifo)) {
                // open and close: end of file for the reader
            } catch (IOException ignored) {
                // nobody was reading
            }
        });
        t.setDaemon(true);
        t.start();
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- the reports themselves

    /**
     * Chosen behaviour (trial L, 2): a report that is a symbolic link to a file outside the reports directory is
     * not read, as an include, a previous report or a template there is not: its text would reach the site and
     * the result files. An error names the link and its target as written. A link to a report inside the directory is read.
     */
    @Test
    void aReportThatIsASymlinkToAFileOutsideIsRefused() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path real = s.outsideFile("real.adoc", "= Real\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        symlink(s.reports.resolve("r.adoc"), real);
        s.report("in/_real.adoc", "= In\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[3]\n");
        symlink(s.reports.resolve("alias.adoc"), s.reports.resolve("in/_real.adoc"));
        s.run().hostile("r.adoc").hostile("alias.adoc")
                .only("r.adoc", "ERROR src/reports/r.adoc:1: the report leads outside the reports directory through a"
                        + " link (r.adoc → " + real + "): it is not read")
                .has("ERROR", "src/reports/alias.adoc", 8, "tally:v.a[3]: the data gives 1");
    }

    /**
     * Trial AP, 1: with earlier results reused (tally:report takes tally:check's), a report that is a link out is
     * refused all the same, and its file is not read for the page or its downloads; not even where the index holds
     * a result for it (a file replaced by a link since).
     */
    @Test
    void aReportThatIsASymlinkOutsideIsNeverReadForThePage() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path real = s.outsideFile("real.adoc", "= Real\n\n[data#salaries]\n----\nceo: 424242\n----\n");
        Path link = s.reports.resolve("pub.adoc");
        symlink(link, real);
        dev.tally.run.Reuse everything = new dev.tally.run.Reuse() {
            @Override
            public dev.tally.run.ReportResult reuse(Path report) {
                return new dev.tally.run.ReportResult(report, "Pub", null, null, List.of(), 0, List.of());
            }

            @Override
            public void checked(dev.tally.run.ReportResult result, List<Path> inputs) {
            }
        };
        dev.tally.run.RunResult run = new dev.tally.run.Tally(s.reports, new dev.tally.template.Templates(s.project))
                .check(List.of(link), true, everything);
        dev.tally.run.ReportResult r = run.reports().get(0);
        org.junit.jupiter.api.Assertions.assertNull(r.report(), "the file outside was read");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("report.outside"),
                r.diagnostics().stream().map(dev.tally.diagnostic.Diagnostic::code).toList());
    }

    /**
     * Trial AP, 6: a report whose name is not UTF-8 is an error that says to rename it, not read: no page could name
     * it, and the result files would name a file that does not exist. (The name is made by the shell: Java writes
     * only names it can encode.)
     */
    @Test
    void aReportNamedInAnotherEncodingIsAnError() throws Exception {
        Sandbox s = new Sandbox(tmp);
        s.report("good.adoc", "= Good\n");
        Process p;
        try {
            p = new ProcessBuilder("bash", "-c", "printf '= Bad\\n' > $'bad\\xffname.adoc'")
                    .directory(s.reports.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "no bash here: " + e);
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "the shell could not make the name");
        Sandbox.Outcome o = s.run();
        assumeTrue(o.printed.stream().anyMatch(l -> l.contains("\uFFFD")), () -> "names are not read as UTF-8 here: " + o.dump());
        assertTrue(o.printed.contains("ERROR src/reports/bad\uFFFDname.adoc:1: the name bad\uFFFDname.adoc is not UTF-8 "
                + "(\uFFFD stands for what cannot be read): the site cannot publish it, nor CI find it; rename the file (or "
                + "its folder), and it is read"), o::dump);
    }

    /** A report that is a dangling link is named, not skipped in silence: its figures would go unchecked. */
    @Test
    void aReportThatIsADanglingSymlinkIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        symlink(s.reports.resolve("r.adoc"), s.outside.resolve("gone.adoc"));
        Sandbox.Outcome o = s.run();
        org.junit.jupiter.api.Assertions.assertTrue(o.printed.stream().anyMatch(p -> p.contains("src/reports/r.adoc")),
                () -> "the dangling report r.adoc is not mentioned:\n" + o.dump());
        // said as a link to nowhere, and where it points, not as a missing file at an absolute path (trial AP, 7)
        org.junit.jupiter.api.Assertions.assertTrue(o.printed.contains("ERROR src/reports/r.adoc:1: r.adoc is a symbolic "
                + "link to " + s.outside.resolve("gone.adoc") + ", which does not exist"), o::dump);
    }

    /** Chosen behaviour: a directory named like a report is not a report; its reports inside are found. */
    @Test
    void aDirectoryNamedLikeAReportIsWalkedNotRead() {
        Sandbox s = new Sandbox(tmp);
        s.report("odd.adoc/r.adoc", "= R\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        s.run().hostile("odd.adoc/r.adoc").has("ERROR", "src/reports/odd.adoc/r.adoc", 8, "figure does not match");
    }

    /** Chosen behaviour: a symbolic link to a directory outside is not walked (nothing outside is read). */
    @Test
    void aSymlinkToADirectoryOutsideIsNotWalked() throws IOException {
        Sandbox s = new Sandbox(tmp);
        s.outsideFile("more/x.adoc", "= X\n\n" + SECRET + "\ntally:secret.pin[1]\n");
        symlink(s.reports.resolve("more"), s.outside.resolve("more"));
        Sandbox.Outcome o = s.run();
        org.junit.jupiter.api.Assertions.assertTrue(o.printed.stream().noneMatch(p -> p.contains("4711.0815")), o::dump);
        org.junit.jupiter.api.Assertions.assertEquals(1, o.result.reports().size(), o::dump);
    }

    /**
     * Trial AF, 6: a reports directory that is itself a link is the directory it names: its reports are found and
     * checked (it was taken for an empty one), under the directory's own name.
     */
    @Test
    void aReportsDirectoryThatIsALinkIsTheDirectoryItNames() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real/2024"));
        Files.writeString(real.resolve("a.adoc"), "= A\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        Path reports = tmp.resolve("project/src/reports");
        symlink(reports, tmp.resolve("real"));
        java.util.List<Path> found = dev.tally.run.ReportFinder.find(reports);
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(reports.resolve("2024/a.adoc").toAbsolutePath().normalize()), found);
        dev.tally.run.RunResult r = new dev.tally.run.Tally(reports,
                new dev.tally.template.Templates(tmp.resolve("project"))).check(found, false);
        org.junit.jupiter.api.Assertions.assertEquals(1, r.errors(), () -> r.diagnostics().toString());
    }

    /**
     * Trial AF: hidden files and folders are no reports (an editor's lock file .#r.adoc, a dangling link; a hidden
     * draft; a .git folder), as the site publishes none of them.
     */
    @Test
    void hiddenFilesAndFoldersAreNoReports() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("hidden/src/reports"));
        Files.writeString(reports.resolve("r.adoc"), "= R\n");
        Files.writeString(reports.resolve(".draft.adoc"), "= D\n");
        Files.createDirectories(reports.resolve(".git"));
        Files.writeString(reports.resolve(".git/x.adoc"), "= X\n");
        symlink(reports.resolve(".#r.adoc"), tmp.resolve("root@host.1234"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(reports.resolve("r.adoc").toAbsolutePath()
                .normalize()), dev.tally.run.ReportFinder.find(reports));
    }

    /** A directory symlinked to its own parent: a loop the walk must not follow. */
    @Test
    void aSymlinkLoopInTheReportsIsNotFollowed() throws IOException {
        Sandbox s = new Sandbox(tmp);
        symlink(s.reports.resolve("loop"), s.reports);
        s.report("r.adoc", "= R\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 8, "figure does not match");
    }

    // ---------------------------------------------------------------- :tally-previous:

    @Test
    void aReportNamingItselfAsPreviousIsAnErrorAtTheAttribute() {
        Sandbox s = new Sandbox(tmp);
        s.report("2024/r.adoc", "= R\n:tally-previous: r.adoc\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = previous.v.a\n----\n");
        s.run().hostile("2024/r.adoc").has("ERROR", "src/reports/2024/r.adoc", 2, "names itself");
    }

    /** Trial Q, 11: a partial is no period's report, even where it holds a data block. */
    @Test
    void aPartialNamedAsPreviousIsAnErrorAtTheAttribute() {
        Sandbox s = new Sandbox(tmp);
        s.report("2023/_v.adoc", "[data#v]\n----\na: 1\n----\n");
        s.report("2024/r.adoc", "= R\n:tally-previous: ../2023/_v.adoc\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = previous.v.a\n----\n");
        s.run().hostile("2024/r.adoc").has("ERROR", "src/reports/2024/r.adoc", 2, "../2023/_v.adoc is a partial");
    }

    /** Trial R, 9: a previous report two years back, or a later one, is most likely the wrong file. */
    @Test
    void aPreviousReportOfAnotherThanTheYearBeforeIsAWarning() {
        Sandbox s = new Sandbox(tmp);
        String body = "\n[data#v]\n----\na: 1\n----\n";
        s.report("2022/r.adoc", "= R\n:tally-year: 2022\n" + body);
        s.report("2023/r.adoc", "= R\n:tally-year: 2023\n:tally-previous: ../2022/r.adoc\n" + body);
        s.report("2024/r.adoc", "= R\n:tally-year: 2024\n:tally-previous: ../2022/r.adoc\n" + body);
        // a quarter is of its year (trial AL, 1): last year's last quarter is fine, a report of 2022 is not
        s.report("2024/q4.adoc", "= R\n:tally-year: 2024-Q4\n" + body);
        s.report("2025/q1.adoc", "= R\n:tally-year: 2025-Q1\n:tally-previous: ../2024/q4.adoc\n" + body);
        s.report("2025/q2.adoc", "= R\n:tally-year: 2025-Q2\n:tally-previous: ../2022/r.adoc\n" + body);
        Sandbox.Outcome o = s.run();
        o.hostile("2024/r.adoc").has("WARNING", "src/reports/2024/r.adoc", 3,
                "previous report ../2022/r.adoc is of 2022, this report of 2024: is it last period's report?");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), o.of("2023/r.adoc"), o::dump);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), o.of("2025/q1.adoc"), o::dump);
        o.hostile("2025/q2.adoc").has("WARNING", "src/reports/2025/q2.adoc", 3,
                "previous report ../2022/r.adoc is of 2022, this report of 2025: is it last period's report?");
    }

    @Test
    void aReportNamingItselfThroughAnotherPathIsStillItself() {
        Sandbox s = new Sandbox(tmp);
        s.report("2024/r.adoc", "= R\n:tally-previous: ../2024/./r.adoc\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = previous.v.a\n----\n");
        s.run().hostile("2024/r.adoc").has("ERROR", "src/reports/2024/r.adoc", 2, "names itself");
    }

    /**
     * A names B as previous and B names A: what happens is that each is checked against the other, once, and no
     * more (previous reports are not followed further). A passes, B fails with both values shown; each is warned
     * that the two name each other (trial AP, 8).
     */
    @Test
    void twoReportsNamingEachOtherAsPreviousAreCheckedAgainstEachOther() {
        Sandbox s = new Sandbox(tmp);
        String a = "= A\n:tally-previous: ../2023/b.adoc\n\n[data#v]\n----\nn: 2\n----\n\n[checks]\n----\n- v.n = previous.v.n + 1\n----\n";
        String b = "= B\n:tally-previous: ../2024/a.adoc\n\n[data#v]\n----\nn: 1\n----\n\n[checks]\n----\n- v.n = previous.v.n + 1\n----\n";
        s.report("2024/a.adoc", a);
        s.report("2023/b.adoc", b);
        Sandbox.Outcome o = s.run().hostile("2023/b.adoc");
        o.has("ERROR", "src/reports/2023/b.adoc", 11, "check failed: v.n = previous.v.n + 1: 1 != 3")
                .has("WARNING", "src/reports/2023/b.adoc", 2, "the previous report ../2024/a.adoc names this report as "
                        + "its own previous one: one of the two :tally-previous: is wrong");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                // b's failure, at a's side of it (trial AM, 5)
                "NOTE src/reports/2024/a.adoc:6: this figure does not agree with the one at line 11 of the next "
                        + "report, ../2023/b.adoc: its check v.n = previous.v.n + 1 fails there; see which of the two "
                        + "reports holds the wrong figure",
                "WARNING src/reports/2024/a.adoc:2: the previous report ../2023/b.adoc names this report as its own "
                        + "previous one: one of the two :tally-previous: is wrong"), o.of("2024/a.adoc"), o::dump);
        org.junit.jupiter.api.Assertions.assertEquals(1, o.report("2024/a.adoc").checksRun());
    }

    /** Trial AO, 8: a previous report of the same period, or of a later year, is warned of at :tally-previous:. */
    @Test
    void aPreviousReportThatIsNotEarlierIsWarnedOf() {
        Sandbox s = new Sandbox(tmp);
        s.report("2024/b.adoc", "= B\n:tally-year: 2024\n");
        s.report("2025/c.adoc", "= C\n:tally-year: 2025\n");
        s.report("2024/a.adoc", "= A\n:tally-year: 2024\n:tally-previous: b.adoc\n");
        s.report("2024/d.adoc", "= D\n:tally-year: 2024\n:tally-previous: ../2025/c.adoc\n");
        s.report("2024/q2.adoc", "= Q2\n:tally-year: 2024-Q2\n:tally-previous: q1.adoc\n");
        s.report("2024/q1.adoc", "= Q1\n:tally-year: 2024-Q1\n");
        Sandbox.Outcome o = s.run();
        // either this report's :tally-year: was left at last period's or :tally-previous: is wrong (trial AT, 17)
        o.has("WARNING", "src/reports/2024/a.adoc", 3, "the previous report b.adoc is of 2024 (its :tally-year:), not "
                + "earlier than this report, of 2024: is this report's :tally-year: still last period's, or "
                + ":tally-previous: copied from another report?");
        o.has("WARNING", "src/reports/2024/d.adoc", 3, "the previous report ../2025/c.adoc is of 2025");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), o.of("2024/q2.adoc"), o::dump);
    }

    /**
     * {@code previous.previous.x} would need the report before the previous one, which is never read: the check
     * cannot run, and it must say so at its line rather than be skipped in silence.
     */
    @Test
    void previousOfPreviousIsADiagnosticNotASilentSkip() {
        Sandbox s = new Sandbox(tmp);
        s.report("2023/r.adoc", "= R\n\n[data#v]\n----\nn: 1\n----\n");
        String r = "= R\n:tally-previous: ../2023/r.adoc\n\n[data#v]\n----\nn: 2\n----\n\n[checks]\n----\n- v.n = previous.previous.v.n\n----\n";
        s.report("2024/r.adoc", r);
        s.run().hostile("2024/r.adoc").hasAt("src/reports/2024/r.adoc", 11);
    }

    @Test
    void aPreviousReportOutsideByDotDotIsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.projectFile("secret.adoc", SECRET);
        s.report("r.adoc", "= R\n:tally-previous: ../../secret.adoc\n\n[checks]\n----\n- previous.secret.pin = 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the reports directory")
                .lacks("r.adoc", "4711.0815");
    }

    @Test
    void aPreviousReportByAbsolutePathIsAnError() {
        Sandbox s = new Sandbox(tmp);
        Path secret = s.outsideFile("secret.adoc", SECRET);
        s.report("r.adoc", "= R\n:tally-previous: " + secret.toAbsolutePath() + "\n\n[checks]\n----\n- previous.secret.pin = 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the reports directory")
                .lacks("r.adoc", "4711.0815");
    }

    /** The same jail as for includes: a previous report that is a link to a file outside is outside. */
    @Test
    void aPreviousReportThatIsASymlinkToAFileOutsideIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path secret = s.outsideFile("secret.adoc", SECRET);
        symlink(s.reports.resolve("_prev.adoc"), secret);
        s.report("r.adoc", "= R\n:tally-previous: _prev.adoc\n\n[checks]\n----\n- previous.secret.pin = 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the reports directory")
                .lacks("r.adoc", "4711.0815");
    }

    @Test
    void aPreviousReportThroughASymlinkedDirectoryOutsideIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        s.outsideFile("old/r.adoc", SECRET);
        symlink(s.reports.resolve("old"), s.outside.resolve("old"));
        s.report("r.adoc", "= R\n:tally-previous: old/r.adoc\n\n[checks]\n----\n- previous.secret.pin = 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the reports directory")
                .lacks("r.adoc", "4711.0815");
    }

    @Test
    void aNulCharacterInThePreviousPathIsAnErrorAtTheAttribute() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "= R\n:tally-previous: ../2023/a\u0000b.adoc\n\n[data#v]\n----\nn: 1\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "");
    }

    /** Trial S, 14: a figure on a previous report that is missing does not say the report names none. */
    @Test
    void aFigureOnAMissingPreviousReportIsANoteUnderTheMissingFilesError() {
        Sandbox s = new Sandbox(tmp);
        s.report("2024/r.adoc", "= R\n:tally-previous: q1.adoc\n\nLast year tally:previous.v.n[1].\n\n[data#v]\n----\nn: 1\n----\n");
        s.run().hostile("2024/r.adoc")
                .has("ERROR", "src/reports/2024/r.adoc", 2, "previous report not found: q1.adoc")
                .has("NOTE", "src/reports/2024/r.adoc", 4, "was not checked: the previous report could not be read")
                .lacks("2024/r.adoc", "names no previous report");
    }

    /**
     * Trial AQ, 7: a report whose name holds an invisible character (a right-to-left override, a zero-width space)
     * that changes how it reads is not read: the index would show one name and the file be another.
     */
    @Test
    void aReportNamedWithAnInvisibleCharacterIsRefused() {
        Sandbox s = new Sandbox(tmp);
        s.report("a\u202Egpj.adoc", "= Looks like another\n");
        s.report("good.adoc", "= Good\n");
        Sandbox.Outcome o = s.run();
        assertTrue(o.printed.stream().anyMatch(l -> l.startsWith("ERROR ") && l.endsWith(": the name a?gpj.adoc holds an "
                + "invisible character (U+202E, shown as ?) that changes how it reads: rename the file, and it is read")),
                o::dump);
        org.junit.jupiter.api.Assertions.assertEquals(0, o.report("good.adoc").diagnostics().size(), o::dump);
    }

    /** Trial AQ, 6: a previous report that is no .adoc file is an error that quotes nothing of it. */
    @Test
    void aPreviousReportThatIsNoAdocFileIsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.report("t/notes.txt", "INPROJSECRET: 1\n");
        s.report("2024/r.adoc", "= R\n:tally-previous: ../t/notes.txt\n");
        s.run().hostile("2024/r.adoc").has("ERROR", "src/reports/2024/r.adoc", 2,
                "previous report ../t/notes.txt is no report: a report is a file whose name ends in .adoc")
                .lacks("2024/r.adoc", "INPROJSECRET");
    }

    /** A previous report that is a folder is an error that says so, not "not found" (trial AP, 7). */
    @Test
    void aPreviousReportThatIsADirectoryIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Files.createDirectories(s.reports.resolve("2023"));
        s.report("2024/r.adoc", "= R\n:tally-previous: ../2023\n\n[data#v]\n----\nn: 1\n----\n");
        s.run().hostile("2024/r.adoc").has("ERROR", "src/reports/2024/r.adoc", 2,
                "previous report ../2023 is a folder: name the report in it");
    }

    @Test
    void aPreviousReportThatIsNotUtf8IsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("old.adoc", "= 旧\n\n[data#v]\n----\nn: 1\n----\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        s.report("r.adoc", "= R\n:tally-previous: old.adoc\n\n[data#v]\n----\nn: 1\n----\n\n[checks]\n----\n- v.n = previous.v.n\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "could not be read");
    }

    // ---------------------------------------------------------------- templates outside the project

    private static final String TEMPLATED = "= R\n:tally-template: %s\n\n[data#t]\n----\ncolumns: [a]\nrows:\n  x: [1]\n----\n";

    @Test
    void aTemplatePathClimbingOutOfTheProjectIsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", String.format(TEMPLATED, "../../../../etc/passwd.yaml"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the project (the directory the build runs from); in a build of several modules that share a template, build from the top");
    }

    @Test
    void anAbsoluteTemplatePathIsAnError() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", String.format(TEMPLATED, "/etc/passwd.yaml"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the project");
    }

    @Test
    void anAbsoluteTemplatePathToAnExistingFileOutsideIsAnErrorAndReadsNothing() {
        Sandbox s = new Sandbox(tmp);
        Path t = s.outsideFile("t.yaml", "name: t\ntables:\n  t:\n    columns: [a]\n    rows: [x]\n    checks: [a = 4711.0815]\n");
        s.report("r.adoc", String.format(TEMPLATED, t.toAbsolutePath()));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the project").lacks("r.adoc", "4711.0815");
    }

    @Test
    void aTemplateThatIsASymlinkToAFileOutsideIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path t = s.outsideFile("t.yaml", "name: t\ntables:\n  t:\n    columns: [a]\n    rows: [x]\n    checks: [a = 4711.0815]\n");
        symlink(s.project.resolve("templates/t.yaml"), t);
        s.report("r.adoc", String.format(TEMPLATED, "../../templates/t.yaml"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "outside the project").lacks("r.adoc", "4711.0815");
    }

    @Test
    void aNulCharacterInATemplatePathIsAnErrorAtTheAttribute() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", String.format(TEMPLATED, "../../templates/t\u0000.yaml"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "");
    }

    @Test
    void aTemplateThatIsADirectoryIsAnError() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Files.createDirectories(s.project.resolve("templates/t.yaml"));
        s.report("r.adoc", String.format(TEMPLATED, "../../templates/t.yaml"));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 2, "template file not found");
    }
}
