package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on small reports written for it: what it finds, where, and what it leaves alone. */
class RulesTest {

    @TempDir
    Path project;

    /** The first three lines of every test report; its text starts on line 4. */
    static final String HEAD = "= 青山镇2023年政府信息公开工作年度报告\n:tally-year: 2023\n\n";

    Path reports() {
        return project.resolve("src/reports");
    }

    Path write(String relative, String text) {
        return Run.write(reports(), relative, text);
    }

    Diagnostics check(String body) {
        return check(body, IntegrityConfig.defaults());
    }

    Diagnostics check(String body, IntegrityConfig config) {
        return Run.check(reports(), write("2023/r.adoc", HEAD + body), config);
    }

    static List<String> codes(Diagnostics d) {
        return Run.codes(d);
    }

    static Diagnostic first(Diagnostics d) {
        assertTrue(d.size() > 0, "no findings");
        return d.list().get(0);
    }

    // ---------------------------------------------------------------------------------------------- links

    @Nested
    class Links {

        /** A report on the built-in template: its body starts at line 5. */
        Diagnostics gov(String body) {
            return Run.check(reports(), write("2023/r.adoc", HEAD.replace("\n\n",
                    "\n:tally-template: gov-info-disclosure-2021\n\n") + body), IntegrityConfig.defaults());
        }

        @Test
        void theBuiltInTemplateAllowsGovernmentDomainsOnly() {
            Diagnostics d = gov("""
                    报告可在（https://www.example.com/a?b=1）、www.qingshan.gov.cn 和 gov.cn 下载。
                    联系邮箱：qingshan@163.com，或 mailto:office@example.net。
                    """);
            assertEquals(List.of("integrity.link@5"), codes(d));
            assertEquals(List.of("www.example.com", "*.gov.cn", "1", "5"), shown(first(d)));
            assertEquals(Severity.ERROR, first(d).severity());
        }

        /**
         * Trial I, 1: a report on no template, in a build that names no domains, may link anywhere: the format is
         * anyone's, and *.gov.cn is the government template's rule.
         */
        @Test
        void aReportOnNoTemplateMayLinkAnywhereUnlessTheBuildSaysOtherwise() {
            String body = "见 https://www.acme.example.com/a 和 www.github.com。\n";
            assertEquals(List.of(), codes(check(body)));
            assertEquals(List.of("integrity.link@4"),
                    codes(check(body, IntegrityConfig.defaults().set("allowedDomains", "*.example.com"))));
        }

        @Test
        void aDomainThatRecursIsOneFindingWithItsLines() {
            Diagnostics d = gov("见 www.p252.cn。\n\n又见 http://WWW.P252.CN/x。\n");
            assertEquals(List.of("integrity.link@5"), codes(d));
            assertEquals(List.of("www.p252.cn", "*.gov.cn", "2", "5, 7"), shown(first(d)));
        }

        @Test
        void commentsAndDataAreNotLinksButAttributesAndListingsAre() {
            Diagnostics d = gov("""
                    // 旧网址 http://www.old-portal.com
                    :portal: http://evil.example.com
                    [data#site]
                    ----
                    url: http://data.example.com
                    ----

                    ----
                    http://listing.example.com
                    ----
                    """);
            assertEquals(List.of("integrity.link@6", "integrity.link@13"), codes(d));
            assertEquals("evil.example.com", d.list().get(0).args().get(0));
            assertEquals("listing.example.com", d.list().get(1).args().get(0));
        }

        @Test
        void configuredDomainsReplaceTheDefault() {
            IntegrityConfig c = IntegrityConfig.defaults().set("allowedDomains", "*.gov.cn, www.people.com.cn");
            Diagnostics d = check("见 www.people.com.cn 和 news.people.com.cn 和 www.gov.cn.evil.com。\n", c);
            assertEquals(List.of("news.people.com.cn", "www.gov.cn.evil.com"),
                    d.list().stream().map(x -> x.args().get(0)).toList());
        }

        @Test
        void theTemplateCanNameItsOwnDomains() {
            write("t.yaml", "name: t\nallowed-domains: ['*.example.org']\n");
            Diagnostics d = check(":tally-template: ../t.yaml\n\n见 www.example.org 和 www.qingshan.gov.cn。\n");
            assertEquals(List.of("integrity.link@6"), codes(d));
            assertEquals(List.of("www.qingshan.gov.cn", "*.example.org", "1", "6"), shown(first(d)));
        }

        @Test
        void patterns() {
            List<String> p = List.of("*.gov.cn", "example.org");
            assertTrue(LinkRule.allowed("gov.cn", p));
            assertTrue(LinkRule.allowed("www.zhalantun.gov.cn", p));
            assertTrue(LinkRule.allowed("example.org", p));
            assertTrue(!LinkRule.allowed("www.example.org", p));
            assertTrue(!LinkRule.allowed("evilgov.cn", p));
            assertTrue(LinkRule.allowed("anything.com", List.of("*")));
            assertEquals(List.of(), LinkRule.hosts("文件.pdf 和 第1.2条 和 e.g. 和 报告.docx"));
        }

        /** Trial AE, 1: a URL glued to Chinese text, as Chinese prose writes it, is a URL all the same. */
        @Test
        void aUrlGluedToChineseTextIsFound() {
            assertEquals(List.of("www.ued-bet.com"), LinkRule.hosts("请访问https://www.ued-bet.com下载。"));
            assertEquals(List.of("www.ued-bet.com"), LinkRule.hosts("请访问https://www.ued-bet.com/x.html下载。"));
            assertEquals(List.of(), LinkRule.hosts("xhttps://www.ued-bet"), "no URL inside a word of Latin letters");
        }

        /**
         * Trial AQ, 4: a URL's host is the one a browser goes to: after a user part, with one slash or backslashes,
         * scheme-relative.
         */
        @Test
        void theHostIsTheOneABrowserGoesTo() {
            assertEquals(List.of("evil.example.com"), LinkRule.hosts("https://www.gov.cn@evil.example.com[门户网站]"));
            assertEquals(List.of("evil.example.com"), LinkRule.hosts("link://evil.example.com/a[门户网站二]"));
            assertEquals(List.of("evil.example.com"), LinkRule.hosts("link:https:/evil.example.com/b[三]"));
            assertEquals(List.of("evil.example.com"), LinkRule.hosts("link:https:\\\\evil.example.com\\c[四]"));
            assertEquals(List.of("www.zj.gov.cn"), LinkRule.hosts("https://www.zj.gov.cn/x[好的]"));
        }
    }

    // --------------------------------------------------------------------------------------- denied words

    @Nested
    class DeniedWords {

        @Test
        void listedWordsIgnoringCaseAndScript() {
            Diagnostics d = check("欢迎访问皇冠體育和BET365。\n\n本镇发行体育彩票，开展打击赌博宣传。\n",
                    IntegrityConfig.defaults().set("mixed-script", "off"));
            assertEquals(List.of("integrity.denied-word@4"), codes(d));
            assertEquals(List.of("“皇冠体育”, “bet365”", "2", "4"), shown(first(d)));
        }

        @Test
        void aLatinWordMatchesOnlyAsAWord() {
            assertEquals(List.of(), codes(check("编号 xbet3650 与 bet365x。\n")));
        }

        @Test
        void theListCanBeReplacedOrExtended() {
            assertEquals(List.of(), codes(check("皇冠体育。\n", IntegrityConfig.defaults().deniedWords(List.of()))));
            Diagnostics d = check("某某违禁词。\n", IntegrityConfig.defaults().set("extraDeniedWords", "违禁词"));
            assertEquals(List.of("integrity.denied-word@4"), codes(d));
        }
    }

    // ------------------------------------------------------------------------------------- repeated token

    @Nested
    class RepeatedToken {

        @Test
        void aBrandRepeatedFiveTimesWithTheCharactersAlwaysBesideIt() {
            Diagnostics d = check("""
                    在XyzPlay娱乐平台，由XyzPlay娱乐负责。
                    请与XyzPlay娱乐联系，XyzPlay娱乐办公室。

                    XyzPlay娱乐专栏。
                    """);
            assertEquals(List.of("integrity.repeated-token@4"), codes(d));
            assertEquals(List.of("XyzPlay娱乐", "5", "4, 5, 7"), shown(first(d)));
        }

        @Test
        void fourTimesIsNotEnoughAndTheMinimumIsAParameter() {
            String text = "XyzPlay一。XyzPlay二。XyzPlay三。XyzPlay四。\n";
            assertEquals(List.of(), codes(check(text)));
            assertEquals(List.of("integrity.repeated-token@4"),
                    codes(check(text, IntegrityConfig.defaults().set("repeated-token.min", "4"))));
        }

        @Test
        void acronymsCommonWordsLinksAndTitlesExplainARepetition() {
            Diagnostics d = check("""
                    == 一、Tally说明

                    QQ群、QQ群、QQ群、QQ群、QQ群；政务App、App、App、App、App；
                    www.qingshan.gov.cn、www.qingshan.gov.cn、www.qingshan.gov.cn、www.qingshan.gov.cn、www.qingshan.gov.cn；
                    Tally、Tally、Tally、Tally、Tally。
                    """);
            assertEquals(List.of(), codes(d));
        }

        /**
         * Trial AB, 2: a list of attachments is macros, whose names and targets the page does not show: link and
         * image are no injected words, the text in their brackets is counted as the page shows it.
         */
        @Test
        void theNamesAndTargetsOfMacrosAreNoText() {
            Diagnostics d = check("""
                    附件：link:附件/预算表.pdf[预算表]、link:附件/统计表.xlsx[统计表]、link:附件/旧表.xls[旧表]、
                    link:附件/说明.docx[说明]、link:附件/公文.ofd[公文]；image:seal.png[公章]、image:seal.png[公章]、
                    image:seal.png[公章]、image:seal.png[公章]、image:seal.png[公章]。

                    Xinhao体育、link:a.pdf[Xinhao体育]、link:b.pdf[Xinhao体育]、link:c.pdf[Xinhao体育]、link:d.pdf[Xinhao体育]。
                    """);
            List<Diagnostic> repeated = d.list().stream().filter(x -> x.code().equals("integrity.repeated-token")).toList();
            assertEquals(1, repeated.size(), codes(d).toString());
            assertEquals(List.of("Xinhao体育", "5"), repeated.get(0).args().subList(0, 2));
            assertEquals(8, repeated.get(0).location().line());
        }

        @Test
        void theDataAfterABlockLeftWithoutItsClosingLineIsNoText() {
            // the reader reports the missing ----; the data of the blocks after it must not read as injected words
            StringBuilder body = new StringBuilder("[data#a]\n----\nx: 1\n\n");
            for (int i = 0; i < 6; i++) {
                body.append("== 第").append(i).append("节\n\n[data#b").append(i).append("]\n----\nrows:\n  甲: [1]\n----\n\n");
            }
            assertEquals(List.of(), codes(check(body.toString())));
        }

        @Test
        void aReportWrittenInEnglishRepeatsItsOwnWords() {
            Diagnostics d = check("""
                    Parcels are counted when they are scanned at the first hub. Returns are counted when they reach
                    the hub again. Lost parcels are counted after 30 days. All amounts are in thousands of euros, and
                    the figures are taken from the warehouse system, as the figures of the last quarter were.
                    """);
            assertEquals(List.of(), codes(d));
        }
    }

    // --------------------------------------------------------------------------------------------- pinyin

    @Nested
    class Pinyin {

        @Test
        void toneMarkedSyllablesInBracketsAfterAChineseCharacter() {
            Diagnostics d = check("国(guó)家\n\n报（bào）告\n\n附件(一)、情形(a)、条款(iv)。\n");
            assertEquals(List.of("integrity.pinyin@4"), codes(d));
            assertEquals(List.of("国(guó) 报（bào）", "2", "4, 6"), shown(first(d)));
        }

        @Test
        void theTextUnderATwoLineTitleIsText() {
            // trial Y, 4: 一、总体情况 over six dashes is a section, not a listing that hides the rest of the report
            Diagnostics d = check("一、总体情况\n------\n\n国(guó)家报（bào）告\n");
            assertEquals(List.of("integrity.pinyin@7"), codes(d));
        }
    }

    // --------------------------------------------------------------------------------------- mixed script

    @Nested
    class MixedScript {

        @Test
        void traditionalCharactersInASimplifiedReport() {
            Diagnostics d = check("本镇政府信息公开。\n\n國家政务公開。\n");
            assertEquals(List.of("integrity.mixed-script@6"), codes(d));
            assertEquals("2", first(d).args().get(2));
            assertEquals("國→国 開→开", first(d).args().get(3));
        }

        @Test
        void theExpectedScriptIsAParameter() {
            Path f = write("2023/t.adoc", "= 政府資訊公開\n:tally-year: 2023\n\n政府資訊公開，國家開放。本鎮报告。\n");
            assertEquals(List.of(), codes(Run.check(reports(), f, IntegrityConfig.defaults()
                    .set("mixed-script.script", "either").enable(IntegrityConfig.Rule.MIXED_SCRIPT, false))));
            Diagnostics either = Run.check(reports(), f, IntegrityConfig.defaults().set("mixed-script.script", "either"));
            assertEquals(List.of("integrity.mixed-script@4"), codes(either));
            assertEquals(List.of("\u0001integrity.script.simplified\u0001", "\u0001integrity.script.traditional\u0001",
                    "1", "报", dev.tally.diagnostic.Messages.listRef(List.of("4"))), either.list().get(0).args());
            Diagnostics traditional = Run.check(reports(), f,
                    IntegrityConfig.defaults().set("mixed-script.script", "traditional"));
            assertEquals("1", traditional.list().get(0).args().get(2));
            Diagnostics simplified = Run.check(reports(), f);
            assertEquals("9", simplified.list().get(0).args().get(2));
        }

        @Test
        void theTableKnowsCharactersThatBothScriptsUse() {
            for (String s : List.of("著", "乾", "瞭", "覆", "徵", "於", "藉", "群", "台", "后", "干", "余")) {
                assertTrue(!Scripts.isTraditional(s.codePointAt(0)), s);
            }
            assertTrue(Scripts.size() > 400);
            assertEquals("国开报镇区县务门发为与东", Scripts.toSimplified("國開報鎮區縣務門發為與東"));
        }

        @Test
        void hanIsTheUnicodeScriptOfEveryCodePoint() {
            // isHan answers the common blocks without the script's search: the answers must be the search's
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                assertEquals(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN, WordRules.isHan(cp),
                        Integer.toHexString(cp));
            }
        }

        @Test
        void theLookupTablesSayWhatTheListSays() {
            java.util.Map<Integer, Integer> listed = new java.util.HashMap<>();
            java.util.Set<Integer> simplifiedOnly = new java.util.HashSet<>();
            for (String line : IntegrityConfig.resourceLines("traditional.txt")) {
                int t = line.codePointAt(0);
                int s = line.codePointAt(Character.charCount(t));
                listed.put(t, s);
                if (line.endsWith("*")) {
                    simplifiedOnly.add(s);
                }
            }
            assertEquals(listed.size(), Scripts.size());
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                assertEquals(listed.containsKey(cp), Scripts.isTraditional(cp), Integer.toHexString(cp));
                assertEquals(simplifiedOnly.contains(cp), Scripts.isSimplifiedOnly(cp), Integer.toHexString(cp));
                assertEquals((int) listed.getOrDefault(cp, cp), Scripts.simplified(cp), Integer.toHexString(cp));
                if (cp < 0xD800 || cp > 0xDFFF) {
                    text.appendCodePoint(cp);
                    int s = listed.getOrDefault(cp, cp);
                    expected.appendCodePoint(cp < 0x10000 && s < 0x10000 ? s : cp);
                }
            }
            assertEquals(expected.toString(), Scripts.toSimplified(text.toString()));
        }
    }

    // ------------------------------------------------------------------------------------------- mojibake

    @Nested
    class Mojibake {

        @Test
        void wrongCharacterSets() throws Exception {
            String gbk = new String("政府信息公开".getBytes(StandardCharsets.UTF_8), "GBK");
            String latin1 = new String("政府信息".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            Diagnostics d = check("甲" + gbk + "乙。\n\n" + latin1 + "。\n\n锟斤拷锟斤拷。\n\n政府\uFFFD信息。\n\nÃ©tat。\n");
            assertEquals(List.of("integrity.mojibake@4", "integrity.mojibake@6", "integrity.mojibake@8",
                    "integrity.mojibake@10", "integrity.mojibake@12"), codes(d));
        }

        @Test
        void lostCharactersAndByteShifts() {
            Diagnostics d = check("加强横向?qū)Ρ龋罨c交流。\n\n推进政府?dāng)?shù)据开放。\n\n沟通协调Ρ机制。\n");
            assertEquals(List.of("integrity.mojibake@4", "integrity.mojibake@6", "integrity.mojibake@8"), codes(d));
        }

        @Test
        void aSyllableWithoutItsOpeningBracketWhateverItsTonedVowel() {
            // à, á, è, é, ì, í lie among the Latin-1 letters that a byte shift gives too: still toned vowels
            Diagnostics d = check("推进政府，shù）据开放。\n\n推进政府，dá）据开放。\n\n推进政府，shì）据开放。\n");
            assertEquals(List.of("integrity.mojibake@4", "integrity.mojibake@6", "integrity.mojibake@8"), codes(d));
        }

        @Test
        void questionsAccentsAndPinyinAreNotGarbage() {
            Diagnostics d = check("""
                    《违章停车要贴单罚款了!你造吗?》高达8119。
                    Café 与 résumé 与 naïve。
                    如何申请? 请见指南。为什么?
                    """, IntegrityConfig.defaults().enable(IntegrityConfig.Rule.REPEATED_TOKEN, false));
            assertEquals(List.of(), codes(d));
        }

        @Test
        void oneFindingPerLineWithTheNumberOfPlaces() {
            Diagnostics d = check("甲?乙丙丁戊己庚辛壬癸甲乙丙?丁。\n");
            assertEquals(List.of("integrity.mojibake@4"), codes(d));
            assertEquals("2", first(d).args().get(1));
        }
    }

    // --------------------------------------------------------------------------------------------- copied

    @Nested
    class Copied {

        private static final List<String> SENTENCES = List.of(
                "本镇坚持公开为常态不公开为例外的原则", "严格执行政府信息公开保密审查制度", "持续维护县政府门户网站青山镇专栏",
                "及时更新镇村两级政务公开栏的内容", "在便民服务中心设置政府信息公开查阅点", "将政府信息公开工作纳入年度目标考核",
                "组织开展政务公开业务培训提高能力", "部分村级公开栏更新还不够及时", "政策解读的形式仍然比较单一",
                "下一步将建立村级公开栏按月检查制度", "继续丰富政策解读形式增加图解");

        private String report(int year, List<String> sentences, String previous) {
            StringBuilder b = new StringBuilder("= 青山镇" + year + "年政府信息公开工作年度报告\n:tally-year: " + year + "\n");
            if (previous != null) {
                b.append(":tally-previous: ").append(previous).append('\n');
            }
            b.append('\n').append("本报告所列数据统计期限为").append(year).append("年1月1日至").append(year)
                    .append("年12月31日。\n\n");
            for (String s : sentences) {
                b.append(year).append("年，").append(s).append("。\n\n");
            }
            return b.toString();
        }

        /** 2022's report, and 2023's that repeats 8 of its 11 sentences with only the year changed. */
        private Path lastYearMostlyCopied() {
            write("2022/r.adoc", report(2022, SENTENCES, null));
            List<String> now = new java.util.ArrayList<>(SENTENCES.subList(0, 8));
            now.add("本年度新增了短视频解读形式共计十二期内容");
            now.add("本年度举办了政务开放日活动邀请群众参加");
            now.add("本年度完成了政府信息公开指南的全面修订");
            Path f = write("2023/r.adoc", report(2023, now, "../2022/r.adoc"));
            return f;
        }

        @Test
        void aReportThatCopiesLastYearsSentencesWithOnlyTheYearChanged() {
            Path f = lastYearMostlyCopied();
            Diagnostics d = Run.check(reports(), f);
            assertEquals(List.of("integrity.copied@7"), codes(d));
            assertEquals(List.of("73", "8", "11", "60"), shown(first(d)));
            assertEquals(Severity.WARNING, first(d).severity());
            assertEquals(List.of(), codes(Run.check(reports(), f, IntegrityConfig.defaults().set("copied.threshold", "75"))));
            assertEquals(List.of(), codes(Run.check(reports(), f,
                    IntegrityConfig.defaults().set("copied.min-sentences", "12"))));
        }

        /** Trial U, 6: an English report's sentences, one paragraph of several, count as Chinese ones do. */
        @Test
        void anEnglishReportThatRepeatsLastQuartersSentencesIsFoundToo() {
            String text = "Shipments rose again this quarter across every region. Road haulage kept its lead over rail"
                    + " and sea. Delays at the northern hubs were the main cause of complaints. The new depot in"
                    + " Leipzig opened on schedule. Fuel costs fell for the second quarter running. We renewed two"
                    + " long-term carrier contracts. Damage claims stayed below one in a thousand shipments. Staff"
                    + " training covered the new tracking system. Customer surveys rated delivery times as good."
                    + " Investment in electric vans continued as planned. The share of late deliveries fell to 3.5"
                    + " percent.";
            write("2026-Q1/r.adoc", "= Operations 2026-Q1\n:tally-year: 2026-Q1\n\n" + text + "\n");
            Path f = write("2026-Q2/r.adoc", "= Operations 2026-Q2\n:tally-year: 2026-Q2\n"
                    + ":tally-previous: ../2026-Q1/r.adoc\n\n" + text.replace("3.5", "3.1") + "\n");
            Diagnostics d = Run.check(reports(), f);
            assertEquals(List.of("integrity.copied@5"), codes(d));
            assertEquals(List.of("91", "10", "11", "60"), shown(first(d))); // the last sentence's figure changed
        }

        @Test
        void aRunOfBothYearsFindsTheCopyAsCheckingTheReportAloneDoes() throws Exception {
            // in a run, last year's prose is made once and serves both its own check and this year's copy rule
            Path f = lastYearMostlyCopied();
            for (int round = 0; round < 3; round++) {
                dev.tally.run.RunResult run = new dev.tally.run.Tally(reports(), new dev.tally.template.Templates(reports()),
                        IntegrityConfig.defaults()).check(false);
                List<dev.tally.diagnostic.Diagnostic> copied = run.diagnostics().stream()
                        .filter(x -> x.code().equals("integrity.copied")).toList();
                assertEquals(1, copied.size());
                assertEquals(f, copied.get(0).location().file());
                assertEquals(first(Run.check(reports(), f)).args(), copied.get(0).args());
            }
        }

        /** Trial R, 3: a preface both years include is the same by design, not copied; the years' own text is judged. */
        @Test
        void aPartialBothYearsIncludeIsNotCountedAsCopied() throws Exception {
            StringBuilder preface = new StringBuilder();
            for (String s : SENTENCES) {
                preface.append(s).append("。\n\n");
            }
            write("_preface.adoc", preface.toString());
            List<String> own = List.of("本年度新增了短视频解读形式共计十二期内容", "本年度举办了政务开放日活动邀请群众参加",
                    "本年度完成了政府信息公开指南的全面修订", "本年度对村级公开栏进行了集中整治");
            write("2022/r.adoc", report(2022, List.of("上年度新增了图文解读共计八期内容", "上年度组织了两次业务培训活动",
                    "上年度开通了政务新媒体账号发布信息", "上年度更新了政府信息公开指南的部分内容"), null)
                    + "include::../_preface.adoc[]\n");
            Path f = write("2023/r.adoc", report(2023, own, "../2022/r.adoc") + "include::../_preface.adoc[]\n");
            assertEquals(List.of(), codes(Run.check(reports(), f)));
            // the same text written into each report is copied
            String before = java.nio.file.Files.readString(reports().resolve("2022/r.adoc"));
            write("2022/r.adoc", before.replace("include::../_preface.adoc[]\n", preface));
            String now = report(2023, own, "../2022/r.adoc");
            Path copied = write("2023/r.adoc", now + preface);
            assertEquals(List.of("integrity.copied@" + now.split("\n", -1).length),
                    codes(Run.check(reports(), copied)));
        }

        @Test
        void noPreviousReportNoJudgement() {
            Path f = write("2023/r.adoc", report(2023, SENTENCES, null));
            assertEquals(List.of(), codes(Run.check(reports(), f)));
        }
    }

    // --------------------------------------------------------------------------------------------- period

    @Nested
    class Period {
        /**
         * Trial AL, 1: a quarter's report (:tally-year: 2025-Q1) is of its year: a title copied from last quarter's
         * report, of last year, is said, as under a plain year. A fiscal year's label (2024-25) is no year.
         */
        @Test
        void aQuartersTitleOfAnotherYearIsAnError() {
            Path q = write("2025-Q1/r.adoc", "= Programme Report 2024-Q4\n:tally-year: 2025-Q1\n\nText.\n");
            assertEquals(List.of("integrity.period@1"), codes(Run.check(reports(), q)));
            Path ok = write("2025-Q1/ok.adoc", "= Programme Report Q1 2025\n:tally-year: 2025-Q1\n\nText.\n");
            assertEquals(List.of(), codes(Run.check(reports(), ok)));
            Path fiscal = write("fy/r.adoc", "= Annual Report FY2025\n:tally-year: 2024-25\n\nText.\n");
            assertEquals(List.of(), codes(Run.check(reports(), fiscal)));
        }


        @Test
        void theTitleAndTheStatisticalPeriodNameTheReportsYear() {
            Diagnostics d = Run.check(reports(), write("2023/r.adoc", """
                    = 青山镇2022年政府信息公开工作年度报告
                    :tally-year: 2023

                    本报告所列数据统计期限为2022年1月1日至2023年12月31日。
                    """));
            assertEquals(List.of("integrity.period@1", "integrity.period@4"), codes(d));
            assertEquals(List.of("2022", "\u0001integrity.period.title\u0001", "2023"), d.list().get(0).args().subList(0, 3));
            // the year attribute is named too: copied from last year's report, it is as likely the wrong one (trial R, 8)
            assertEquals("year 2022 in the statistical period (统计期限) is not the report's year 2023, which :tally-year:"
                    + " gives at line 2: correct whichever of the two is wrong", d.list().get(1).message());
            assertEquals("标题中的年份 2022 不是本报告的年度 2023（本报告的年度由第 2 行的 :tally-year: 给出）：请改正两者中有误的一处",
                    d.list().get(0).message(java.util.Locale.CHINESE));
        }

        /**
         * Trial AT, 3: a section that opens with last year (2023年，… in the report on 2024) is last year's opening,
         * copied and not brought up to date. Only a level-1 section's opening: later paragraphs, and subsections such as
         * （一）上年度问题整改情况, may speak of another year.
         */
        @Test
        void aSectionOpeningWithAnotherYearIsLastYearsTextCopied() {
            Diagnostics d = Run.check(reports(), write("2024/r.adoc", """
                    = 青山镇2024年政府信息公开工作年度报告
                    :tally-year: 2024

                    == 一、总体情况

                    2023年，青山镇坚持以习近平新时代中国特色社会主义思想为指导。

                    2023年，镇政府还做了另一件事。

                    == 五、存在的主要问题及改进情况

                    === （一）上年度问题整改情况

                    2023年，针对上年度的问题，我镇制作图解3期。

                    == 六、其他需要报告的事项

                    2024年度，本机关未收取信息处理费。
                    """));
            assertEquals(List.of("integrity.period@6"), codes(d));
            assertEquals("year 2023 in the opening words of this section (copied from an earlier report?) is not the"
                    + " report's year 2024", d.list().get(0).message());
            assertEquals("本节开头（是否从往年报告复制而来？）中的年份 2023 不是本报告的年度 2024",
                    d.list().get(0).message(java.util.Locale.CHINESE));
            // a date or a span is no opening year: 2023年12月…, 2023年以来
            d = Run.check(reports(), write("2024/s.adoc", """
                    = 青山镇2024年政府信息公开工作年度报告
                    :tally-year: 2024

                    == 一、总体情况

                    2023年12月，青山镇开通了网站。

                    == 二、主动公开政府信息情况

                    2023年以来，青山镇持续推进政务公开。
                    """));
            assertEquals(List.of(), codes(d));
        }

        @Test
        void theYearCanComeFromTheTitleWhereTheTemplatePutsIt() {
            Diagnostics d = Run.check(reports(), write("2023/r.adoc", """
                    = 青山镇2023年政府信息公开工作年度报告
                    :tally-template: gov-info-disclosure-2021

                    本报告所列数据统计期限为2022年1月1日至2022年12月31日。
                    """));
            assertEquals(List.of("integrity.period@4"), codes(d));
            assertEquals("year 2022 in the statistical period (统计期限) is not the report's year 2023", d.list().get(0).message());
        }

        @Test
        void withoutAYearThePeriodRulesDoNotRun() {
            Diagnostics d = Run.check(reports(), write("2023/r.adoc", "= 报告\n\n统计期限为2022年。截至目前，发布100条。成立2090部门。\n"));
            assertEquals(List.of(), codes(d));
        }

        @Test
        void figuresCountedOverAnotherSpan() {
            Diagnostics d = check("""
                    截至目前，累计发布信息500条。

                    政务微信从2021年3月开通以来，共发布信息300条。

                    2023年至今，发布信息50条；今年以来，发布信息30条；1月至今，发布信息20条。

                    全年累计主动公开政府信息326条。截至2023年12月31日，公开170条。

                    截至目前，我区已有半数以上单位公开了预算。
                    """);
            assertEquals(List.of("integrity.period-figure@4", "integrity.period-figure@6"), codes(d));
            assertEquals(List.of("截至目前，累计发布信息500条", "截至目前", "2023"), d.list().get(0).args());
            assertEquals(List.of("政务微信从2021年3月开通以来，共发布信息300条", "从2021年3月开通以来", "2023"),
                    d.list().get(1).args());
        }

        @Test
        void boundFiguresAreTheAuthorsUnlessAsked() {
            String body = "截至目前，已发布tally:wx.total[5]条。\n\n[data#wx]\n----\ntotal: 5\n----\n";
            assertEquals(List.of(), codes(check(body)));
            assertEquals(List.of("integrity.period-figure@4"),
                    codes(check(body, IntegrityConfig.defaults().set("period-figure.bound-figures", "true"))));
        }

        @Test
        void aStrayYearFarFromTheReportsYear() {
            Diagnostics d = check("""
                    依据2019年修订的条例、国办函〔2020〕109号和2035年远景目标，共2030条，成立了2024部门。
                    成立了2030部门负责人小组，做好2030资料的2030、存档，编号2030-1。
                    电话0470—3637314，2022.5.1，时间2021/5，面积2030平方米，2018、2019、2020年连续三年，2017至2019年。
                    """);
            assertEquals(List.of("integrity.foreign-year@5"), codes(d));
            assertEquals(List.of("2030", "2023", "2021", "2024", "3", "5"), shown(first(d)));
            assertEquals(List.of("integrity.foreign-year@4"), codes(check("成立了2024部门。\n",
                    IntegrityConfig.defaults().set("foreign-year.after", "0"))));
        }
    }

    // ---------------------------------------------------------------------------------------------- claims

    @Nested
    class Claims {

        private Path qingshan(String extra) throws IOException {
            Path ex = Run.examples();
            for (String f : List.of("_contact.adoc", "2023/qingshan.adoc", "2024/qingshan.adoc")) {
                write(f, Files.readString(ex.resolve(f)));
            }
            Path f = reports().resolve("2024/qingshan.adoc");
            Files.writeString(f, Files.readString(f) + extra);
            return f;
        }

        private int lines(Path f) throws IOException {
            return Files.readAllLines(f).size();
        }

        @Test
        void phrasesTheDataContradicts() throws IOException {
            Path f = qingshan("");
            int n = lines(f);
            qingshan("\n本年度未收到政府信息公开申请。\n\n未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n\n"
                    + "本年度未發生被行政复议纠正的情况。本年度未印发行政规范性文件。\n");
            Diagnostics d = Run.check(reports(), f);
            // 未發生 (traditional) is read as 未发生, and is also a traditional character in a simplified report
            assertEquals(List.of("integrity.claim@" + (n + 2), "integrity.claim@" + (n + 4),
                    "integrity.claim@" + (n + 4), "integrity.mixed-script@" + (n + 6), "integrity.claim@" + (n + 6)),
                    codes(d));
            Diagnostic noRequests = d.list().get(0);
            assertEquals(Severity.ERROR, noRequests.severity());
            assertEquals("the text says “未收到政府信息公开申请”, but the data does not bear it out: "
                    + "applications.新收[总计] = 0: 28 != 0 — 本年新收政府信息公开申请数不为零", noRequests.message());
            assertEquals("applications.新收[总计] = 0", noRequests.args().get(1));
            assertTrue(d.list().get(4).args().get(1).startsWith("regulations.行政规范性文件"));
        }

        /**
         * Trial AT, 1: a figure the text states in plain digits (共收到政府信息公开申请29件) is the table's; a part of it
         * (其中, a channel), last year's, and a figure bound with tally:…[] (checked as a figure) are left alone.
         */
        @Test
        void figuresTheTextStatesAreTheTables() throws IOException {
            Path f = qingshan("");
            int n = lines(f);
            qingshan("\n全年共收到政府信息公开申请29件，上年结转3件，结转下年度继续办理2件。\n\n"
                    + "其中通过网络收到政府信息公开申请12件，第一季度收到政府信息公开申请5件。\n\n"
                    + "本年度被申请行政复议2件，被提起行政诉讼3件。\n\n"
                    + "上年度收到政府信息公开申请23件。本年收到政府信息公开申请1,028件。\n\n"
                    + "共收到政府信息公开申请tally:applications.新收@总计[29]件。\n");
            Diagnostics d = Run.check(reports(), f);
            // the bound figure on the last line is the figure check's (FigureMacro), not a claim
            assertEquals(List.of("integrity.claim@" + (n + 2), "integrity.claim@" + (n + 6), "integrity.claim@" + (n + 8)),
                    codes(d));
            assertEquals("the text says “收到政府信息公开申请29件”, but the data does not bear it out: "
                    + "applications.新收[总计] = 29: 28 != 29 — 正文所述的本年新收政府信息公开申请数与表格中的总计不符",
                    d.list().get(0).message());
            assertEquals("applications.新收[总计] = 1028", d.list().stream()
                    .filter(x -> x.location().line() == n + 8).findFirst().orElseThrow().args().get(1));
            assertTrue(d.list().stream().anyMatch(x -> x.message().contains("= 3: 2 != 3 — 正文所述的行政诉讼案件数")),
                    d.list()::toString);
            // stated right, nothing is said
            Path right = qingshan("\n全年共收到政府信息公开申请28件，上年结转3件，结转下年度2件，行政复议2件，行政诉讼2件。\n");
            assertEquals(List.of(), codes(Run.check(reports(), right)).stream().filter(c -> c.startsWith("integrity.claim")).toList());
        }

        /** Trial AE, 3: a clause about last year is not this year's claim; the clause after it is. */
        @Test
        void aClauseAboutLastYearIsNotChecked() throws IOException {
            Path f = qingshan("");
            int n = lines(f);
            qingshan("\n上年度未收到政府信息公开申请，本年度申请量明显增加。\n\n与去年相比，本年度未收到政府信息公开申请。\n");
            assertEquals(List.of("integrity.claim@" + (n + 4)), codes(Run.check(reports(), f)));
            assertTrue(ClaimRule.aboutAnotherYear("上一年度未收到申请", 5));
            assertTrue(!ClaimRule.aboutAnotherYear("上年度申请较多。本年度未收到申请", 12));
        }

        @Test
        void theSeverityCanBeConfigured() throws IOException {
            Path f = qingshan("\n本年度未收到政府信息公开申请。\n");
            Diagnostics d = Run.check(reports(), f, IntegrityConfig.defaults().set("claim", "warning"));
            assertEquals(Severity.WARNING, first(d).severity());
            assertEquals(List.of(), codes(Run.check(reports(), f, IntegrityConfig.defaults().set("claim", "off"))));
        }

        @Test
        void aReportWithoutTheTablesIsLeftToConformance() {
            Diagnostics d = check(":tally-template: gov-info-disclosure-2021\n\n本年度未收到政府信息公开申请。\n");
            assertEquals(List.of(), codes(d));
        }
    }

    // ------------------------------------------------------------------------------------------ everything

    @Test
    void skipTurnsEverythingOff() {
        String body = "皇冠体育，国(guó)家，www.p252.cn，國家。\n";
        assertTrue(check(body, IntegrityConfig.defaults().set("allowedDomains", "*.gov.cn")).size() >= 4);
        assertEquals(List.of(), codes(check(body, IntegrityConfig.defaults().skip(true))));
        assertEquals(List.of(), codes(check(body, IntegrityConfig.fromProperties(
                java.util.Map.of("tally.integrity.skip", "true")))));
    }

    /** The arguments as an English message shows them (a list of lines as {@code 4, 6}). */
    static List<String> shown(dev.tally.diagnostic.Diagnostic d) {
        return d.args().stream().map(a -> dev.tally.diagnostic.Messages.argument(java.util.Locale.ROOT, a)).toList();
    }
}
