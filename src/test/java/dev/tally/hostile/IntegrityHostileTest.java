package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static dev.tally.hostile.Sandbox.lineOf;
import static org.junit.jupiter.api.Named.named;

/**
 * The same hostile text with the integrity pass on, as {@code tally:check} runs by default: its rules read the
 * prose (links, words, years, scripts, garbled text, copied sentences), so long and strange lines go through
 * their patterns too. Same invariants as everywhere (see {@link Sandbox}).
 */
class IntegrityHostileTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path tmp;

    static Stream<Arguments> longLines() {
        return Stream.of(
                Arguments.of(named("a figure and a megabyte of spaces", "全年受理1" + " ".repeat(MB) + "件")),
                Arguments.of(named("figures and spaces", "全年" + "1 ".repeat(MB / 2) + "件")),
                Arguments.of(named("years and separators", "2024" + "、 ".repeat(MB / 2) + "年")),
                Arguments.of(named("Latin tokens", "abc ".repeat(MB / 4))),
                Arguments.of(named("Latin tokens next to Chinese", "abc中".repeat(MB / 4))),
                Arguments.of(named("one URL with a megabyte of host", "http://a" + ".-".repeat(MB / 2))),
                Arguments.of(named("many URLs", "http://a.example ".repeat(MB / 17))),
                Arguments.of(named("a megabyte of domain", "a.".repeat(MB / 2) + "com")),
                Arguments.of(named("e-mail-like text", "a@b".repeat(MB / 3))),
                Arguments.of(named("open pinyin brackets", "镇(".repeat(MB / 2))),
                Arguments.of(named("question marks after a Chinese character", "中" + "?".repeat(MB))),
                Arguments.of(named("garbled Latin-1", "Ã".repeat(MB))),
                Arguments.of(named("replacement characters", "\uFFFD".repeat(MB))),
                Arguments.of(named("traditional and simplified", "鎮镇".repeat(MB / 2))),
                Arguments.of(named("years", "2024年".repeat(MB / 5))),
                Arguments.of(named("foreign years", "1999 ".repeat(MB / 5))),
                Arguments.of(named("short sentences", "全年。".repeat(MB / 3))),
                Arguments.of(named("statistical periods", "统计期限自2024年".repeat(MB / 9))),
                Arguments.of(named("unclosed figures", "tally:v.a".repeat(MB / 9))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longLines")
    void aOneMegabyteLineGoesThroughTheIntegrityPassInBoundedTime(String line) {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        String r = "= 青山镇2024年政府信息公开工作年度报告\n\n" + line + "\n\n[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条。\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:v.a[2]"), "figure does not match");
    }

    static Stream<Arguments> longTableLines() {
        return Stream.of(
                Arguments.of(named("a cell of a megabyte of spaces", "|" + " ".repeat(MB) + "l|x")),
                Arguments.of(named("a megabyte of empty cells", " |".repeat(MB / 2))),
                Arguments.of(named("a megabyte of specifiers", " 2+l|".repeat(MB / 5))),
                Arguments.of(named("a megabyte of digits before a cell", "|" + "9".repeat(MB) + "+|x")),
                Arguments.of(named("a megabyte of escaped separators", "|" + "\\|".repeat(MB / 2))));
    }

    /** The cells of a table line are found in time linear in the line (trial Y, 6). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longTableLines")
    void aOneMegabyteTableLineIsReadInBoundedTime(String line) {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        String r = "= 青山镇2024年政府信息公开工作年度报告\n\n[cols=\"1,l\"]\n|===\n" + line + "\n|===\n\n"
                + "[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条。\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:v.a[2]"), "figure does not match");
    }

    /**
     * The integrity pass reads every line of prose with a dozen rules: a 50 MB report takes about a minute with it
     * on a loaded two-core machine (against a second or two for the numbers only), so 10 MB here, not 50.
     */
    @Test
    void aTenMegabyteReportGoesThroughTheIntegrityPass() throws IOException {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        Path file = s.reports.resolve("r.adoc");
        int lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("= 青山镇2024年政府信息公开工作年度报告\n");
            lines++;
            for (long written = 0; written < 10L * MB; lines++) {
                String prose = "2024年第" + lines + "次会议审议通过文件" + (lines % 97) + "件，访问 http://www.example.gov.cn/" + lines + " 。\n";
                w.write(prose);
                written += prose.getBytes(StandardCharsets.UTF_8).length;
            }
            w.write("\n[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条。\n");
        }
        s.run(Duration.ofSeconds(60)).hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lines + 7, "figure does not match");
    }

    /** The copied-sentences rule compares a report with its previous one: 30,000 sentences each. */
    @Test
    void twoLargeReportsAreComparedForCopiedSentencesInBoundedTime() throws IOException {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        for (String year : new String[] {"2023", "2024"}) {
            Path file = s.reports.resolve(year + "/r.adoc");
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("= 青山镇" + year + "年政府信息公开工作年度报告\n");
                if (year.equals("2024")) {
                    w.write(":tally-previous: ../2023/r.adoc\n");
                }
                for (int i = 0; i < 30_000; i++) {
                    w.write("本年度第" + i + "项工作按计划推进，群众满意度较高。\n");
                }
                w.write("\n[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条。\n");
            }
        }
        s.run(Duration.ofSeconds(60)).hostile("2024/r.adoc").hasErrorIn("src/reports/2024/r.adoc");
    }

    /** Garbled text found by the integrity pass is reported at its line, whatever the line endings before it. */
    @Test
    void garbledTextIsReportedAtItsLineAfterMixedLineEndings() {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        String r = "= 青山镇2024年政府信息公开工作年度报告\r\n\r本年度\r\n锟斤拷烫烫烫的文字\n\n[data#v]\r----\ra: 1\r----\r";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "锟斤拷"), "garbled text");
    }

    @Test
    void tenThousandDataBlocksGoThroughTheIntegrityPassInBoundedTime() {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        StringBuilder r = new StringBuilder("= 青山镇2024年政府信息公开工作年度报告\n\n");
        for (int i = 0; i < 10_000; i++) {
            r.append("第").append(i).append("项tally:b").append(i).append(".a[").append(i).append("]件。\n\n[data#b").append(i)
                    .append("]\n----\na: ").append(i).append("\n----\n\n");
        }
        r.append("全年tally:b1.a[2]条。\n");
        String text = r.toString();
        s.report("r.adoc", text);
        s.run(Duration.ofSeconds(30)).hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(text, "全年tally:b1.a[2]"),
                "figure does not match");
    }

    /** A NUL, a BOM in the middle, control characters and lone surrogates in the prose. */
    @Test
    void controlCharactersInTheProseGoThroughTheIntegrityPass() {
        Sandbox s = new Sandbox(tmp).withIntegrity();
        String r = "= 青山镇2024年政府信息公开工作年度报告\n\n本\u0000年\u0007度\uFEFF报告\u001b[31m \uD800 \uDC00 \u202Etext\n\n"
                + "[data#v]\n----\na: 1\n----\n\n全年tally:v.a[2]条。\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:v.a[2]"), "figure does not match");
    }
}
