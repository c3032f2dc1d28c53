package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seeds as published (src/test/resources/integrity/published: each seed's text unchanged below a
 * four-line header that sets {@code :tally-year:} and, for the 2021-format ones, the template; seed line N is
 * line N + 4) find exactly their known defects; their cleaned versions (examples/src/reports), the rest of
 * the examples and a generated corpus find nothing. What each seed finds, and why, is written down in
 * src/test/resources/integrity/README.md.
 */
class SeedsTest {

    private static Diagnostics published(String seed) {
        Path dir = Run.fixtures().resolve("published");
        return Run.check(dir, dir.resolve("seed-" + seed + ".adoc"));
    }

    private static Diagnostic only(Diagnostics d, String code) {
        List<Diagnostic> found = d.list().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + d.list());
        return found.get(0);
    }

    @Test
    void seed000ConverterGarbageAndTraditionalCharacters() {
        Diagnostics d = published("000");
        assertEquals(List.of("integrity.pinyin@5", "integrity.mixed-script@5", "integrity.mojibake@14"), Run.codes(d));
        Diagnostic pinyin = only(d, "integrity.pinyin");
        assertEquals(Severity.ERROR, pinyin.severity());
        assertEquals(List.of("鎮(zhèn) 報(bào) 點(diǎn)", "135", "5, 8, 11, 12, 13, 14, 16"), shown(pinyin));
        Diagnostic script = only(d, "integrity.mixed-script");
        assertEquals(Severity.WARNING, script.severity());
        assertEquals("297", script.args().get(2));
        assertEquals("縣→县 鎮→镇 開→开 報→报 點→点", script.args().get(3));
        // the GBK-shift garbage of 对比，深化与 (published line 10)
        Diagnostic garbage = only(d, "integrity.mojibake");
        assertEquals(List.of("橫向?qū)Ρ龋罨", "1"), garbage.args());
    }

    @Test
    void seed001InjectedYearCumulativeFigureAndTheContentFarmPreamble() {
        Diagnostics d = published("001");
        assertEquals(List.of("integrity.denied-word@5", "integrity.foreign-year@8", "integrity.period-figure@10"),
                Run.codes(d));
        // 2024 pasted four times into a report on 2014 (published lines 4, 5 and 9)
        assertEquals(List.of("2024", "2014", "2012", "2015", "4", "8, 9, 13"), shown(only(d, "integrity.foreign-year")));
        // 截止目前 … 12040条: a cumulative figure, not the year's (published line 6)
        assertEquals(List.of("截止目前,我区已公布政府信息12040条", "截止目前", "2014"), shown(only(d, "integrity.period-figure")));
        // the content farm's preamble (published line 1), which the cleaned version deletes
        assertEquals(List.of("“本站为你”, “精心整理了”, “总结范文”, “客服老师”, “参考范文”", "5", "5"), shown(only(d, "integrity.denied-word")));
    }

    @Test
    void seed002InjectedGamblingBrandOnceWithItsCount() {
        Diagnostics d = published("002");
        assertEquals(List.of("integrity.denied-word@5", "integrity.repeated-token@5"), Run.codes(d));
        assertEquals(List.of("“UedBet”", "24", "5, 7, 13, 16, 18, 73, 75, 76, 77"), shown(only(d, "integrity.denied-word")));
        Diagnostic token = only(d, "integrity.repeated-token");
        assertEquals(Severity.WARNING, token.severity());
        assertEquals(List.of("UedBet体育", "24", "5, 7, 13, 16, 18, 73, 75, 76, 77"), shown(token));
    }

    @Test
    void seed002WithTheDeniedWordsOffStillFindsTheRepetition() {
        Path dir = Run.fixtures().resolve("published");
        Diagnostics d = Run.check(dir, dir.resolve("seed-002.adoc"), IntegrityConfig.defaults().deniedWords(List.of()));
        assertEquals(List.of("integrity.repeated-token@5"), Run.codes(d));
    }

    @Test
    void seed003ForeignDomainConverterGarbageAndTraditionalCharacters() {
        Diagnostics d = published("003");
        assertEquals(List.of("integrity.pinyin@5", "integrity.mixed-script@5", "integrity.link@6"), Run.codes(d));
        assertEquals(List.of("www.p252.cn", "*.gov.cn", "1", "6"), shown(only(d, "integrity.link")));
        assertEquals("130", only(d, "integrity.pinyin").args().get(1));
        assertEquals("513", only(d, "integrity.mixed-script").args().get(2));
    }

    @Test
    void seed004ConverterGarbageTraditionalCharactersAndTwoFiguresOutsideTheYear() {
        Diagnostics d = published("004");
        assertEquals(List.of("integrity.pinyin@5", "integrity.mixed-script@5", "integrity.mojibake@11",
                "integrity.period-figure@11", "integrity.period-figure@11"), Run.codes(d));
        assertEquals("475", only(d, "integrity.pinyin").args().get(1));
        assertEquals("707", only(d, "integrity.mixed-script").args().get(2));
        // a lost character with its converter pinyin, 推进政府?(dāng)数据 (published line 7)
        assertEquals(List.of("政府?dāng)?shù)據(", "1"), shown(only(d, "integrity.mojibake")));
        List<List<String>> spans = d.list().stream().filter(x -> x.code().equals("integrity.period-figure"))
                .map(x -> x.args().subList(1, 3)).toList();
        assertEquals(List.of(List.of("截至目前", "2017"), List.of("從2016年12月開(kāi)通至今", "2017")), spans);
    }

    @Test
    void everyFindingOfTheSeedsNamesItsFileAndLineAndReadsInBothLanguages() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (Diagnostic x : published(seed).list()) {
                assertTrue(x.location().line() > 0, x.toString());
                assertEquals("seed-" + seed + ".adoc", x.location().file().getFileName().toString());
                for (Locale l : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
                    String m = x.message(l);
                    assertFalse(m.startsWith("integrity."), m);
                    assertFalse(m.contains("{"), m);
                }
            }
        }
    }

    @Test
    void theChineseMessageOfAFinding() {
        Diagnostic link = only(published("003"), "integrity.link");
        assertEquals("链接指向 www.p252.cn，该域名不在允许范围内（只允许 *.gov.cn）：请改为允许的网站上的地址，或删去该链接；"
                + "确需保留，请联系技术人员把该域名加入 tally.allowedDomains。共 1 处，所在行：6",
                link.message(Locale.SIMPLIFIED_CHINESE));
        Diagnostic script = only(published("000"), "integrity.mixed-script");
        assertTrue(script.message(Locale.SIMPLIFIED_CHINESE).startsWith("简体中文报告中有繁体字：297 个（如 縣→县"),
                script.message(Locale.SIMPLIFIED_CHINESE));
    }

    // --------------------------------------------------------------------------------------- clean reports

    @ParameterizedTest
    @ValueSource(strings = {"2023/dayu.adoc", "2014/qu.adoc", "2023/moguqi.adoc", "2024/shijiahe.adoc",
            "2017/shendang.adoc", "2023/qingshan.adoc", "2024/qingshan.adoc"})
    void theCleanedSeedsAndTheMadeUpSeriesPass(String report) {
        Path dir = Run.examples();
        assertEquals(List.of(), Run.show(Run.check(dir, dir.resolve(report)), dir));
    }

    @Test
    void theGeneratedCorpusPasses(@TempDir Path tmp) throws IOException, InterruptedException {
        Path generator = Run.base().resolve("bench/GenerateReports.java");
        Assumptions.assumeTrue(Files.isRegularFile(generator), "no bench/GenerateReports.java");
        Path reports = tmp.resolve("src/reports");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), generator.toString(), reports.toString(), "200")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), out);
        List<String> findings = new ArrayList<>();
        int n = 0;
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                n++;
                findings.addAll(Run.show(Run.check(reports, f), reports));
            }
        }
        assertEquals(200, n);
        assertEquals(List.of(), findings);
    }

    /** The arguments as an English message shows them (a list of lines as {@code 4, 6}). */
    static List<String> shown(dev.tally.diagnostic.Diagnostic d) {
        return d.args().stream().map(a -> dev.tally.diagnostic.Messages.argument(java.util.Locale.ROOT, a)).toList();
    }
}
