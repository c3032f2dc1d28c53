package dev.tally.results;

import dev.tally.run.ReportFinder;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
