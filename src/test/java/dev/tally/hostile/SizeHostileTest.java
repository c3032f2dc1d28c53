package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.tally.hostile.Sandbox.lineOf;

/**
 * Inputs that are too big, too long or too many: 50 MB data blocks and reports, 1 MB lines (plain and shaped to
 * make regular expressions backtrack), 10,000 data blocks, includes that multiply. The large files are generated
 * here, never committed. Every case must end within {@link Sandbox#LIMIT}, with a diagnostic at a line.
 */
class SizeHostileTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path tmp;

    /** For the biggest inputs: a loaded build machine needs more than the default to read 50 MB. */
    private static final Duration HEAVY = Duration.ofSeconds(30);

    private Sandbox.Outcome runOne(String text) {
        return runOne(text, Sandbox.LIMIT);
    }

    private Sandbox.Outcome runOne(String text, Duration limit) {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", text);
        return s.run(limit).hostile("r.adoc");
    }

    // ---------------------------------------------------------------- 50 MB

    /** A data block of 50 MB (the reader takes files up to 64 MB, YAML up to 4 MB): an error at the block. */
    @Test
    void aFiftyMegabyteDataBlockIsAnErrorAtTheBlock() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path file = s.reports.resolve("r.adoc");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("= R\n\n[data#huge]\n----\n");
            long written = 0;
            for (int i = 0; written < 50L * MB; i++) {
                String line = "key_" + i + ": " + i + "\n";
                w.write(line);
                written += line.length();
            }
            w.write("----\n\n[checks]\n----\n- huge.key_0 = 0\n----\n");
        }
        s.run(HEAVY).hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "YAML larger than");
    }

    /** A report of 50 MB of prose: read, checked, and the line numbers at its end are right. */
    @Test
    void aFiftyMegabyteReportIsCheckedWithRightLineNumbersAtItsEnd() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path file = s.reports.resolve("r.adoc");
        int lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("= R\n");
            lines++;
            String prose = "本年度报告根据条例编制，内容包括总体情况、主动公开政府信息情况。".repeat(2) + "\n";
            long written = 0;
            while (written < 50L * MB) {
                w.write(prose);
                written += prose.getBytes(StandardCharsets.UTF_8).length;
                lines++;
            }
            w.write("\n[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条\n");
        }
        int figure = lines + 7;
        s.run(HEAVY).hostile("r.adoc").only("r.adoc", "ERROR src/reports/r.adoc:" + figure
                + ": figure does not match the data: tally:v.a[2]: the data gives 1, the text says 2");
    }

    /**
     * 50 MB of empty lines is 52 million lines: each costs far more memory than its one byte (about 5 GB in all,
     * and 17 s, on the machine these tests were written on; a 2 GB heap runs out of memory). A limit on lines, or
     * lines that cost little, keeps it bounded.
     */
    @Test
    void aFiftyMegabyteReportOfEmptyLinesIsBounded() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path file = s.reports.resolve("r.adoc");
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("= R\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50 * MB; i++) {
                out.write('\n');
            }
            out.write("[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n".getBytes(StandardCharsets.UTF_8));
        }
        s.run().hostile("r.adoc");
    }

    /** Over the reader's own limit (64 MB): an error, not an attempt. */
    @Test
    void aReportOverTheSizeLimitIsAnErrorWithALine() throws IOException {
        Sandbox s = new Sandbox(tmp);
        Path file = s.reports.resolve("r.adoc");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line = "x".repeat(1023) + "\n";
            for (int i = 0; i < 65 * 1024; i++) {
                w.write(line);
            }
        }
        s.run(HEAVY).hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 1, "larger than");
    }

    // ---------------------------------------------------------------- 1 MB lines

    @Test
    void aOneMegabyteLineOfProse() {
        String r = "= R\n\n" + "文".repeat(MB) + "\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).only("r.adoc", "ERROR src/reports/r.adoc:10: figure does not match the data: tally:v.a[2]: the data gives 1, the text says 2");
    }

    @Test
    void aOneMegabyteLineOfProseWithAFigureAtItsEnd() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n" + "x ".repeat(MB / 2) + "tally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", 8, "figure does not match the data: tally:v.a[2]");
    }

    /** Many macro starts and no closing bracket: each {@code tally:} start must not rescan the rest of the line. */
    @Test
    void aOneMegabyteLineOfUnclosedFigures() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n" + "tally:v.a".repeat(MB / 9) + "\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteLineOfFiguresWithUnclosedExpectations() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n" + "tally:v.a[".repeat(MB / 10) + "\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteSectionTitleWithSpaces() {
        String r = "= R\n\n== 一、总体情况" + " ".repeat(MB) + "完\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteAttributeEntryWithSpaces() {
        String r = "= R\n:description: 年度报告" + " ".repeat(MB) + "完\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteIncludeLineWithoutAClosingBracket() {
        String r = "= R\n\ninclude::" + "a[".repeat(MB / 2) + "\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteIncludeTarget() {
        String r = "= R\n\ninclude::" + "a".repeat(MB) + ".adoc[]\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", 3, "include")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteBlockAttributeLine() {
        String r = "= R\n\n[data#v" + ",role=x".repeat(MB / 7) + "]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    @Test
    void aOneMegabyteValueInADataBlockIsAnErrorAtItsLine() {
        String r = YamlHostileTest.data("v", "a: 1\nb: " + "9".repeat(MB) + "\nc: 3\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "b: 999"), "more than 60 characters");
    }

    /** Chosen behaviour: a 1 MB text value is text, like any other; the rest of the block is read and checked. */
    @Test
    void aOneMegabyteTextValueInADataBlockIsText() {
        String r = "= R\n\n[data#v]\n----\nnote: " + "说明".repeat(MB / 2) + "\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n";
        runOne(r).only("r.adoc", "ERROR src/reports/r.adoc:" + lineOf(r, "- v.a = 2") + ": check failed: v.a = 2: 1 != 2");
    }

    /** Chosen behaviour: a text value of a sentence or two (more than 60 characters) is text, not a bad number. */
    @Test
    void aLongSentenceAsATextValueIsText() {
        String sentence = "本年度未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况，也未发生被追究责任的情况，全镇政府信息公开工作总体平稳有序、规范高效。";
        String r = "= R\n\n[data#v]\n----\nnote: " + sentence + "\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n";
        runOne(r).only("r.adoc", "ERROR src/reports/r.adoc:" + lineOf(r, "- v.a = 2") + ": check failed: v.a = 2: 1 != 2");
    }

    @Test
    void aOneMegabyteKeyInADataBlockIsAnErrorAtItsLine() {
        String r = YamlHostileTest.data("v", "a: 1\n" + "k".repeat(MB) + ": 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "kkkk"), "a key of " + MB + " characters; YAML allows at most 1024");
    }

    @Test
    void aOneMegabyteRowOfCellsIsACountErrorAtTheRow() {
        String r = YamlHostileTest.data("t", "columns: [a, b]\nrows:\n  x: [" + "1,".repeat(MB / 2) + "1]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [1,1"), "row x has 524289 cells, but the table has 2 columns");
    }

    // ---------------------------------------------------------------- many

    @Test
    void tenThousandDataBlocksAreReadAndCheckedInBoundedTime() {
        StringBuilder r = new StringBuilder("= R\n\n");
        StringBuilder checks = new StringBuilder("[checks]\n----\n");
        for (int i = 0; i < 10_000; i++) {
            r.append("[data#b").append(i).append("]\n----\na: ").append(i).append("\nb: ").append(i).append("\n----\n\n");
            r.append("第").append(i).append("块tally:b").append(i).append(".a[").append(i).append("]。\n\n");
            checks.append("- b").append(i).append(".a = b").append(i).append(".b\n");
        }
        r.append("[data#b4711]\n----\na: 1 # again\n----\n\n");
        r.append("[data#bad]\n----\na: 1\nb: 2\n----\n\n");
        checks.append("- bad.a = bad.b\n----\n");
        String text = r.append(checks).toString();
        Sandbox.Outcome o = runOne(text, HEAVY);
        o.has("ERROR", "src/reports/r.adoc", lineOf(text, "a: 1 # again") - 2, "duplicate block id b4711")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(text, "- bad.a = bad.b") + ": check failed: bad.a = bad.b: 1 != 2");
        org.junit.jupiter.api.Assertions.assertEquals(20_001, o.report("r.adoc").checksRun());
    }

    @Test
    void tenThousandIncludesOfTheSamePartialAreFine() {
        Sandbox s = new Sandbox(tmp);
        s.report("_p.adoc", "一段文字。\n");
        s.report("r.adoc", "= R\n\n" + "include::_p.adoc[]\n".repeat(10_000)
                + "\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 10_002 + 7, "figure does not match");
    }

    /**
     * The include version of billion laughs: ten partials, each including the next ten times, is 10^10 lines from
     * eleven small files. Nothing forbids including a partial twice, so only a limit on the expanded size can
     * stop it: an error at the include line that goes over, in bounded time.
     */
    @Test
    void anIncludeBombIsAnErrorNotAHang() {
        Sandbox s = new Sandbox(tmp);
        for (int level = 0; level < 10; level++) {
            s.report("_b" + level + ".adoc", ("include::_b" + (level + 1) + ".adoc[]\n").repeat(10));
        }
        s.report("_b10.adoc", "lol\n");
        s.report("r.adoc", "= R\n\ninclude::_b0.adoc[]\n\n[data#v]\n----\na: 1\n----\n");
        s.run().hostile("r.adoc").hasErrorIn("src/reports/");
    }
}
