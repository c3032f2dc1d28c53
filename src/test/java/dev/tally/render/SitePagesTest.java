package dev.tally.render;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Report;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePagesTest {

    @TempDir
    Path base;

    private Path reports() throws Exception {
        return Files.createDirectories(base.resolve("src/reports"));
    }

    private static ReportResult report(Path file, String title, int checks, Diagnostic... problems) {
        return new ReportResult(file, title, null, null, List.of(problems), checks, List.of());
    }

    /** Two reports, the second naming the first as its previous one, with the second's checks and problems. */
    private static List<ReportResult> chained(Path old, String oldTitle, Path now, String nowTitle, int checks,
            Diagnostic... problems) {
        Report older = new Report(old, oldTitle, Map.of(), List.of(), Map.of(), List.of(), List.of(), List.of());
        Report newer = new Report(now, nowTitle, Map.of("tally-previous", new Report.Attribute(
                now.getParent().relativize(old).toString().replace('\\', '/'), new Location(now, 2))), List.of(),
                Map.of(), List.of(), List.of(), List.of());
        return List.of(new ReportResult(old, oldTitle, older, null, List.of(), 0, List.of()),
                new ReportResult(now, nowTitle, newer, null, List.of(problems), checks, List.of()));
    }

    private SitePages pages(Locale locale, List<ReportResult> reports) throws Exception {
        return new SitePages(new RunResult(reports(), reports), new DiagnosticFormatter(base, locale));
    }

    /** Trial F: the list of data used half-width marks on Chinese pages and named an untitled block twice. */
    @Test
    void theListOfDataUsesThePagesPunctuationAndNamesAnUntitledBlockOnce() throws Exception {
        Path file = reports().resolve("r.adoc");
        dev.tally.model.Table t = Tables.flat("regulations", "第二十条第（一）项", null, List.of("a"), List.of("r"),
                Map.of(), new java.math.BigDecimal[][] {Tables.row("1")});
        dev.tally.model.Values v = Tables.values("proactive", Map.of("total", java.math.BigDecimal.ONE));
        Map<String, dev.tally.model.Block> blocks = new java.util.LinkedHashMap<>();
        blocks.put("regulations", t);
        blocks.put("proactive", v);
        Report model = new Report(file, "R", Map.of(), List.of(), blocks, List.of(), List.of(), List.of());
        ReportResult r = new ReportResult(file, "R", model, null, List.of(), 0, List.of());
        String zh = pages(Locale.CHINESE, List.of(r)).reportPage(r, "", List.of());
        assertTrue(zh.contains("<li>第二十条第（一）项（<code>regulations</code>，表格）：<a href="), zh);
        assertTrue(zh.contains("<li><code>proactive</code>（数值）：<a href="), zh);
        String en = pages(Locale.ENGLISH, List.of(r)).reportPage(r, "", List.of());
        assertTrue(en.contains("<li>第二十条第（一）项 (<code>regulations</code>, table): <a href="), en);
        assertTrue(en.contains("<li><code>proactive</code> (values): <a href="), en);
    }

    /**
     * Trial AB, 8: the pages keep Tally's words in the pages' language (said on Tally's element, whatever the skin's
     * html lang is), and mark a report's own text, its page's body and its title in the lists, with the report's
     * language where that is another: its :lang: as written, else zh or en by its title, as its units and charts.
     */
    @Test
    void aReportsOwnTextIsMarkedWithItsLanguageWhereTheRestOfThePageIsInAnother() throws Exception {
        Path dir = reports();
        ReportResult chinese = modelled(dir.resolve("a.adoc"), "青石镇2022年政府信息公开工作年度报告", null);
        ReportResult said = modelled(dir.resolve("b.adoc"), "Annual report", "zh_CN");
        ReportResult english = modelled(dir.resolve("c.adoc"), "Annual report", null);
        ReportResult figures = modelled(dir.resolve("d.adoc"), "2024", null);
        List<ReportResult> all = List.of(chinese, said, english, figures);

        SitePages en = pages(Locale.ENGLISH, all);
        String page = en.reportPage(chinese, "<h1>青石镇</h1>", List.of());
        assertTrue(page.startsWith("<div class=\"tally tally-report\" lang=\"en\">\n"), page);
        assertTrue(page.contains("<div class=\"tally-body\" lang=\"zh\">\n<h1>青石镇</h1>\n</div>\n"), page);
        assertTrue(en.reportPage(said, "", List.of()).contains("<div class=\"tally-body\" lang=\"zh-CN\">"));
        assertTrue(en.reportPage(english, "", List.of()).contains("<div class=\"tally-body\">"));
        assertTrue(en.reportPage(figures, "", List.of()).contains("<div class=\"tally-body\">"), "no language known");
        String index = en.index();
        assertTrue(index.startsWith("<div class=\"tally\" lang=\"en\">"), index);
        assertTrue(index.contains("<a href=\"a.html\" lang=\"zh\">青石镇2022年") && index.contains("<a href=\"c.html\">Annual"),
                index);

        SitePages zh = pages(Locale.SIMPLIFIED_CHINESE, all);
        assertTrue(zh.reportPage(chinese, "", List.of()).startsWith("<div class=\"tally tally-report\" lang=\"zh\">\n"));
        assertTrue(zh.reportPage(chinese, "", List.of()).contains("<div class=\"tally-body\">"));
        assertTrue(zh.reportPage(said, "", List.of()).contains("<div class=\"tally-body\">"), "zh-CN is zh");
        assertTrue(zh.reportPage(english, "", List.of()).contains("<div class=\"tally-body\" lang=\"en\">"));
        assertTrue(zh.checks().startsWith("<div class=\"tally\" lang=\"zh\">"));
    }

    private static ReportResult modelled(Path file, String title, String lang) {
        Map<String, Report.Attribute> attributes = lang == null ? Map.of()
                : Map.of("lang", new Report.Attribute(lang, new Location(file, 2)));
        Report model = new Report(file, title, attributes, List.of(), Map.of(), List.of(), List.of(), List.of());
        return new ReportResult(file, title, model, null, List.of(), 0, List.of());
    }

    /** Trial F: a problem in a table links to the table, where its failing cells are marked. */
    @Test
    void aProblemInATableLinksToTheTable() throws Exception {
        dev.tally.run.Fixture.report(base, "r.adoc", """
                = R

                [data#cases]
                ----
                columns: [a, b, sum]
                rows:
                  x: [1, 2, 4]
                checks:
                  - sum = a + b
                ----

                [data#v]
                ----
                n: 1
                ----

                [checks]
                ----
                - v.n = 2
                ----
                """);
        RunResult run = dev.tally.run.Fixture.run(base);
        ReportResult r = run.reports().get(0);
        String zh = pages(Locale.CHINESE, List.of(r)).reportPage(r, "", List.of());
        List<String> items = zh.lines().filter(l -> l.startsWith("<li><code>src/")).toList();
        assertEquals(2, items.size(), zh);
        assertTrue(items.get(0).contains("sum = a + b")
                && items.get(0).endsWith(" <a class=\"tally-goto\" href=\"#tally-cases\">转到表格 cases</a></li>"), items.get(0));
        assertTrue(items.get(1).contains("v.n = 2") && !items.get(1).contains("tally-goto"), items.get(1));
        String en = pages(Locale.ENGLISH, List.of(r)).reportPage(r, "", List.of());
        assertTrue(en.contains("<a class=\"tally-goto\" href=\"#tally-cases\">go to table cases</a>"), en);
    }

    /**
     * Trial AR, 1, 5, 7 and 18: the pages print without cutting wide tables; the index's path column makes way on a
     * phone; the warning marks and status have the contrast to be seen; the problem box is a note, not an alert.
     */
    @Test
    void thePagesPrintFitAPhoneAndAreSeen() throws Exception {
        dev.tally.run.Fixture.report(base, "a.adoc", "= A\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        RunResult run = dev.tally.run.Fixture.run(base);
        SitePages pages = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        String css = SitePages.css();
        assertTrue(css.contains("@media print {\n  .tally-table-wrap { overflow: visible; }"), css);
        assertTrue(css.contains("@media (max-width:600px){.tally-index .tally-path{display:none}}"), css);
        assertTrue(css.contains(".tally-status-warning{color:#8a5300}"), css);
        assertTrue(pages.index().contains("<th scope=\"col\" class=\"tally-path\">"), pages.index());
        assertTrue(pages.index().contains("<td class=\"tally-path\"><code>src/reports/a.adoc</code></td>"), pages.index());
        String page = pages.reportPage(run.reports().get(0), "", List.of());
        assertTrue(page.contains("role=\"note\"") && !page.contains("role=\"alert\""), page);
    }

    /** Trial AI, 1: the index's "consistent" says how many checks were not run, where some were not. */
    @Test
    void theIndexSaysHowManyChecksWereNotRun() throws Exception {
        dev.tally.run.Fixture.report(base, "a.adoc", "= A\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n"
                + "- v.a = 1\n- v.a >= previous.v.a\n----\n");
        RunResult run = dev.tally.run.Fixture.run(base);
        String zh = new SitePages(run, new DiagnosticFormatter(base, Locale.CHINESE)).index();
        assertTrue(zh.contains("✓</span> 数字一致</span><span class=\"tally-not-run\">（1 项检查未运行）</span>"), zh);
        String en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH)).index();
        assertTrue(en.contains("✓</span> consistent</span> <span class=\"tally-not-run\">(1 check not run)</span>"), en);
        // with errors too, the checks not run are still said (trial AK)
        dev.tally.run.Fixture.report(base, "a.adoc", "= A\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n"
                + "- v.a = 2\n- v.a >= previous.v.a\n----\n");
        en = new SitePages(dev.tally.run.Fixture.run(base), new DiagnosticFormatter(base, Locale.ENGLISH)).index();
        assertTrue(en.contains("✗</span> errors</span> <span class=\"tally-not-run\">(1 check not run)</span>"), en);
    }

    /** Two reports, of 2023 and 2024, the second naming the first as the previous one; checked. */
    private RunResult twoYears(String title2023, String title2024) {
        dev.tally.run.Fixture.report(base, "2023/a.adoc", "= " + title2023 + "\n:tally-year: 2023\n");
        dev.tally.run.Fixture.report(base, "2024/a.adoc", "= " + title2024 + "\n:tally-year: 2024\n"
                + ":tally-previous: ../2023/a.adoc\n");
        return dev.tally.run.Fixture.run(base);
    }

    /** Trial F: the charts page of a chain had the newest report's own title. */
    @Test
    void theChartsPageIsTitledWithTheYearsItSpans() throws Exception {
        RunResult run = twoYears("A 2023", "A 2024");
        SitePages zh = new SitePages(run, new DiagnosticFormatter(base, Locale.CHINESE));
        List<ReportResult> chain = zh.chainsOfReports().get(0);
        assertEquals("历年对比（2023–2024）：A 2024", zh.chartsTitle(chain));
        assertTrue(zh.chartsPage(chain).contains("<h1>历年对比（2023–2024）：<span lang=\"en\">A 2024</span></h1>"));
        SitePages en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        assertEquals("Across the years (2023 to 2024): A 2024", en.chartsTitle(chain));
        // the index and each report's page name the chain by the span its title names (trial U, 11)
        assertTrue(en.index().contains(">A 2023–2024</a></li>"), en.index());
        // without years, the newest report's title
        dev.tally.run.Fixture.report(base, "2023/a.adoc", "= A 2023\n");
        run = dev.tally.run.Fixture.run(base);
        en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        assertEquals("Across the years: A 2024", en.chartsTitle(en.chainsOfReports().get(0)));
    }

    /**
     * Trial AI: a report whose problems a baseline accepts is no "consistent" report on the index, and its page
     * lists them apart, as accepted as published.
     */
    @Test
    void problemsAcceptedAsPublishedStayInViewOnTheIndexAndThePage() throws Exception {
        dev.tally.run.Fixture.report(base, "a.adoc", "= A\n\n[data#v]\n----\na: 1\nb: 2\n----\n\n[checks]\n----\n- v.a = v.b\n----\n");
        RunResult raw = dev.tally.run.Fixture.run(base);
        DiagnosticFormatter en = new DiagnosticFormatter(base, Locale.ENGLISH);
        RunResult run = dev.tally.run.Baseline.parse(dev.tally.run.Baseline.write(raw, en::relative), null).apply(raw, en::relative).run();
        assertEquals(0, run.errors());
        SitePages pages = new SitePages(run, en);
        assertTrue(pages.index().contains("<span class=\"tally-status tally-status-accepted\"><span aria-hidden=\"true\">!</span> accepted as published (1 problem)</span>"),
                pages.index());
        assertTrue(pages.index().contains("1 report, 1 check run, 0 errors, 0 warnings; 1 problem accepted as published."),
                pages.index());
        String page = pages.reportPage(run.reports().get(0), "", List.of());
        assertTrue(page.contains("<div class=\"tally-notice tally-notice-accepted\">\n<p><strong>Accepted as "
                + "published (1): problems of the report as it was published, which its baseline lists</strong></p>\n<ul>\n"
                + "<li><code>src/reports/a.adoc:11: accepted as published (tally.baseline): check failed: v.a = v.b: 1 != 2"
                + "</code></li>"), page);
        assertFalse(page.contains("tally-notice-error"), page);
        // with checks not run too, one parenthesis says both (trial AL, 7)
        dev.tally.run.Fixture.report(base, "a.adoc", "= A\n\n[data#v]\n----\na: 1\nb: 2\n----\n\n[checks]\n----\n"
                + "- v.a = v.b\n- v.a >= previous.v.a\n----\n");
        RunResult raw2 = dev.tally.run.Fixture.run(base);
        RunResult run2 = dev.tally.run.Baseline.parse(dev.tally.run.Baseline.write(raw2, en::relative), null)
                .apply(raw2, en::relative).run();
        String index = new SitePages(run2, en).index();
        assertTrue(index.contains("!</span> accepted as published (1 problem; 1 check not run)</span><"), index);
        assertFalse(index.contains("tally-not-run"), index);
        String zh = new SitePages(run2, new DiagnosticFormatter(base, Locale.CHINESE)).index();
        assertTrue(zh.contains("!</span> 按发布原样接受（1 个问题；1 项检查未运行）</span><"), zh);
    }

    /** Trial AI: the pages of a chain of reports link each to the one before and the one after, by title. */
    @Test
    void eachPageOfAChainLinksToTheReportBeforeAndAfter() throws Exception {
        dev.tally.run.Fixture.report(base, "2022/a.adoc", "= A 2022\n:tally-year: 2022\n");
        dev.tally.run.Fixture.report(base, "2023/a.adoc", "= A 2023\n:tally-year: 2023\n:tally-previous: ../2022/a.adoc\n");
        dev.tally.run.Fixture.report(base, "2024/a.adoc", "= A <2024>\n:tally-year: 2024\n:tally-previous: ../2023/a.adoc\n");
        dev.tally.run.Fixture.report(base, "b.adoc", "= B\n");
        RunResult run = dev.tally.run.Fixture.run(base);
        SitePages en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        List<ReportResult> chain = en.chainsOfReports().get(0);
        String first = en.reportPage(chain.get(0), "", List.of());
        String middle = en.reportPage(chain.get(1), "", List.of());
        String last = en.reportPage(chain.get(2), "", List.of());
        assertTrue(first.contains("<nav class=\"tally-periods\" aria-label=\"The reports before and after\"><span class=\"tally-next\">next: <a href=\"../2023/a.html\">"
                + "A 2023</a> →</span></nav>"), first);
        assertTrue(middle.contains("<span class=\"tally-previous\">← previous: <a href=\"../2022/a.html\">A 2022</a></span> · "
                + "<span class=\"tally-next\">next: <a href=\"../2024/a.html\">A &lt;2024&gt;</a> →</span>"), middle);
        assertTrue(last.contains("← previous: <a href=\"../2023/a.html\">A 2023</a></span></nav>"), last);
        ReportResult alone = run.reports().stream().filter(r -> r.title().equals("B")).findFirst().orElseThrow();
        assertFalse(en.reportPage(alone, "", List.of()).contains("tally-periods"));
        SitePages zh = new SitePages(run, new DiagnosticFormatter(base, Locale.CHINESE));
        assertTrue(zh.reportPage(chain.get(1), "", List.of()).contains("← 上期：<a href=\"../2022/a.html\">A 2022</a>"));
    }

    /**
     * Trial AJ, 6: usage.md says a Chinese report's title carries lang="zh" on its charts page in English pages; the
     * charts link on its page too. And a title is text there, escaped.
     */
    @Test
    void aChainsTitleIsInItsLanguageAndEscapedOnItsChartsPageAndLink() throws Exception {
        RunResult run = twoYears("某县2023年报告<b>", "某县2024年报告<b>");
        SitePages en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        List<ReportResult> chain = en.chainsOfReports().get(0);
        String charts = en.chartsPage(chain);
        assertTrue(charts.contains("<h1>Across the years (2023 to 2024): <span lang=\"zh\">某县2024年报告&lt;b&gt;</span></h1>"),
                charts);
        String page = en.reportPage(chain.get(1), "", List.of());
        assertTrue(page.contains("\">Charts across the years: <span lang=\"zh\">"), page);
        assertFalse(page.contains("<b>"), page);
    }

    /** Trial J, 11: a chain of months or quarters is said to run across periods, not years. */
    @Test
    void aChainOfMonthsRunsAcrossPeriods() throws Exception {
        dev.tally.run.Fixture.report(base, "m/01.adoc", "= Jan\n:tally-year: 2024-01\n");
        dev.tally.run.Fixture.report(base, "m/02.adoc", "= Feb\n:tally-year: 2024-02\n:tally-previous: 01.adoc\n");
        RunResult run = dev.tally.run.Fixture.run(base);
        SitePages en = new SitePages(run, new DiagnosticFormatter(base, Locale.ENGLISH));
        List<ReportResult> chain = en.chainsOfReports().get(0);
        assertEquals("Across the periods (2024-01 to 2024-02): Feb", en.chartsTitle(chain));
        assertTrue(en.index().contains("<h2>Across the periods</h2>"), en.index());
        assertTrue(en.reportPage(chain.get(0), "", List.of()).contains("Charts across the periods: Feb"));
        SitePages zh = new SitePages(run, new DiagnosticFormatter(base, Locale.CHINESE));
        assertEquals("各期对比（2024-01—2024-02）：Feb", zh.chartsTitle(chain));
    }

    @Test
    void reportsNamedLikeTallysOwnPagesGetAnotherName() throws Exception {
        Path dir = reports();
        ReportResult index = report(dir.resolve("index.adoc"), "Index report", 1);
        ReportResult checks = report(dir.resolve("checks.adoc"), "Checks report", 1);
        ReportResult taken = report(dir.resolve("index.report.adoc"), "Taken", 1);
        ReportResult deeper = report(dir.resolve("2024/index.adoc"), "Deeper", 1);
        SitePages pages = pages(Locale.ENGLISH, List.of(index, checks, taken, deeper));

        assertEquals("index.report2.html", pages.pagePath(index));
        assertEquals("checks.report.html", pages.pagePath(checks));
        assertEquals("index.report.html", pages.pagePath(taken));
        assertEquals("2024/index.html", pages.pagePath(deeper));   // only tally/index.html is Tally's
        assertEquals(List.of(index, checks), List.copyOf(pages.renamedPages().keySet()));
        assertEquals("index.html", pages.renamedPages().get(index));
        assertTrue(pages.index().contains("<a href=\"index.report2.html\">Index report</a>"));
        assertTrue(pages.index().contains("<a href=\"checks.report.html\">Checks report</a>"));
        assertFalse(pages.index().contains("href=\"index.html\""));
        assertEquals("index.report2", SitePages.pageId(pages.pagePath(index)));
    }

    @Test
    void aReportNamedLikeAChartsPageGivesWayToIt() throws Exception {
        Path dir = reports();
        List<ReportResult> two = chained(dir.resolve("2023/x.adoc"), "X 2023", dir.resolve("2024/x.adoc"), "X 2024", 0);
        ReportResult charts = report(dir.resolve("2024/x.charts.adoc"), "Charts report", 0);
        SitePages pages = pages(Locale.ENGLISH, List.of(two.get(0), two.get(1), charts));
        assertEquals("2024/x.charts.html", pages.chartsPath(pages.chainsOfReports().get(0)));
        assertEquals("2024/x.charts.report.html", pages.pagePath(charts));
        assertEquals("2024/x.charts.html", pages.renamedPages().get(charts));
    }

    @Test
    void linksArePercentEncodedAndTheTextStaysAsItIs() throws Exception {
        Path dir = reports();
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(dir.resolve("2024/a#b.adoc"), 3), "read.empty",
                List.of());
        ReportResult hash = report(dir.resolve("2024/a#b.adoc"), "A & B", 1, error);
        ReportResult space = report(dir.resolve("2024/青山 镇.adoc"), "青山 镇", 1,
                new Diagnostic(Severity.WARNING, new Location(dir.resolve("2024/青山 镇.adoc"), 4), "read.empty",
                        List.of()));
        SitePages pages = pages(Locale.ENGLISH, List.of(hash, space));
        String index = pages.index();
        assertTrue(index.contains("<a href=\"2024/a%23b.html\">A &amp; B</a>"), index);
        assertTrue(index.contains("<code>src/reports/2024/a#b.adoc</code>"), index);
        assertTrue(index.contains("<a href=\"2024/%E9%9D%92%E5%B1%B1%20%E9%95%87.html\">青山 镇</a>"), index);
        String checks = pages.checks();
        assertTrue(checks.contains("<a href=\"2024/a%23b.html\">A &amp; B</a>"), checks);
        assertTrue(checks.contains("<a href=\"2024/%E9%9D%92%E5%B1%B1%20%E9%95%87.html\">"), checks);
        assertFalse(checks.contains("href=\"2024/a#b.html\""));
    }

    @Test
    void countsInTheSummaryTakeTheirPlural() throws Exception {
        Path dir = reports();
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(dir.resolve("a.adoc"), 3), "read.empty",
                List.of());
        Diagnostic warning = new Diagnostic(Severity.WARNING, new Location(dir.resolve("a.adoc"), 4), "read.empty",
                List.of());
        List<ReportResult> one = List.of(report(dir.resolve("a.adoc"), "A", 1, error, warning));
        assertTrue(pages(Locale.ENGLISH, one).index().contains("1 report, 1 check run, 1 error, 1 warning."));
        assertTrue(pages(Locale.ENGLISH, one).checks().contains("1 report, 1 check run, 1 error, 1 warning."));
        List<ReportResult> two = new ArrayList<>(one);
        two.add(report(dir.resolve("b.adoc"), "B", 2));
        assertTrue(pages(Locale.ENGLISH, two).index().contains("2 reports, 3 checks run, 1 error, 1 warning."));
        assertTrue(pages(Locale.CHINESE, two).index().contains("共 2 份报告，运行 3 项检查，发现 1 个错误、1 个警告。<a href=\"checks.html\">"));
        assertTrue(pages(Locale.ENGLISH, List.of()).index().contains("0 reports, 0 checks run, 0 errors, 0 warnings."));
    }

    @Test
    void theChecksPageShowsNotesAsCheckPrintsThem() throws Exception {
        Path dir = reports();
        Path file = dir.resolve("a.adoc");
        Diagnostic note = new Diagnostic(Severity.NOTE, new Location(file, 7), "check.failed",
                List.of("v.a = 2", "1", "2"));
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(file, 8), "check.failed",
                List.of("v.b = 2", "1", "2"));
        DiagnosticFormatter formatter = new DiagnosticFormatter(base, Locale.ENGLISH);
        SitePages pages = pages(Locale.ENGLISH, List.of(report(file, "A", 2, note, error)));
        String checks = pages.checks();
        assertTrue(checks.contains("<tr class=\"tally-note\"><td class=\"tally-line\">line 7</td><td class=\"tally-kind\">"
                + "Note</td><td>" + Html.escape(formatter.message(note)) + "</td></tr>"), checks);
        assertTrue(checks.contains("<tr class=\"tally-error\"><td class=\"tally-line\">line 8</td><td class=\"tally-kind\">"
                + "Error</td><td>" + Html.escape(formatter.message(error)) + "</td></tr>"), checks);
        assertTrue(checks.indexOf("line 7") < checks.indexOf("line 8"), "in the order check prints them");

        // notes alone: shown, and not hidden behind "every check passed"
        String onlyNote = pages(Locale.CHINESE, List.of(report(file, "A", 1, note))).checks();
        assertTrue(onlyNote.contains("<td class=\"tally-kind\">提示</td>"), onlyNote);
        assertFalse(onlyNote.contains("所有检查均已通过"), onlyNote);
    }

    /**
     * Trial AT, 15: a Chinese site's checks page is a table of line, kind and message in Chinese, not a log with
     * [ERROR] tags; a line of last year's report stands under a heading that names it, not under this year's report
     * as if it were one of its lines; the page is well-formed, each table named by its heading.
     */
    @Test
    void theChecksPageIsATableInThePagesLanguageWithThePreviousReportsLinesApart() throws Exception {
        Path dir = reports();
        Path y2023 = dir.resolve("2023/a.adoc");
        Path y2024 = dir.resolve("2024/a.adoc");
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(y2024, 13), "check.failed",
                List.of("v.b = 2", "1", "!=", "2", ""));
        Diagnostic warning = new Diagnostic(Severity.WARNING, new Location(y2024, 20), "read.empty", List.of());
        Diagnostic there = new Diagnostic(Severity.NOTE, new Location(y2023, 101), "check.previous-figure-year",
                List.of("v.b = previous.v.b", "2024", "../2024/a.adoc", "13"));
        List<ReportResult> both = chained(y2023, "2023年报告", y2024, "2024年报告", 2, error, warning, there);
        String zh = pages(Locale.CHINESE, both).checks();
        assertTrue(zh.contains("<thead><tr><th scope=\"col\">位置</th><th scope=\"col\">类别</th>"
                + "<th scope=\"col\">说明</th></tr></thead>"), zh);
        assertTrue(zh.contains("<tr class=\"tally-error\"><td class=\"tally-line\">第 13 行</td>"
                + "<td class=\"tally-kind\">错误</td><td>检查未通过：v.b = 2：1 != 2</td></tr>"), zh);
        assertTrue(zh.contains("<td class=\"tally-kind\">警告</td>"), zh);
        for (String tag : List.of("[ERROR]", "[WARNING]", "[INFO]", "Error", "Note")) {
            assertFalse(zh.contains(tag), tag + " on a Chinese page: " + zh);
        }
        String heading = "<h3 id=\"report-1-1\">涉及上期报告：<a href=\"2023/a.html\">2023年报告</a>"
                + "（<code>src/reports/2023/a.adoc</code>）</h3>";
        assertTrue(zh.contains(heading), zh);
        int h = zh.indexOf(heading);
        assertTrue(zh.indexOf("第 13 行") < h && h < zh.indexOf("第 101 行"), zh);
        assertTrue(zh.indexOf("<td class=\"tally-kind\">提示</td>") > h, zh);
        assertTrue(zh.contains("<p class=\"tally-file\"><code>src/reports/2024/a.adoc</code></p>"), zh);

        String en = pages(Locale.ENGLISH, both).checks();
        assertTrue(en.contains("<h3 id=\"report-1-1\">In the previous report: <a href=\"2023/a.html\" lang=\"zh\">2023年报告</a>"
                + " (<code>src/reports/2023/a.adoc</code>)</h3>"), en);
        assertTrue(en.contains("<td class=\"tally-line\">line 101</td><td class=\"tally-kind\">Note</td>"), en);
        assertTrue(en.contains("<td class=\"tally-kind\">Warning</td>"), en);

        for (String page : List.of(zh, en)) {
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(page)));
            org.w3c.dom.NodeList tables = doc.getElementsByTagName("table");
            assertEquals(2, tables.getLength(), page);
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String tag : List.of("h2", "h3")) {
                org.w3c.dom.NodeList hs = doc.getElementsByTagName(tag);
                for (int k = 0; k < hs.getLength(); k++) {
                    ids.add(((org.w3c.dom.Element) hs.item(k)).getAttribute("id"));
                }
            }
            for (int k = 0; k < tables.getLength(); k++) {
                String by = ((org.w3c.dom.Element) tables.item(k)).getAttribute("aria-labelledby");
                assertTrue(ids.contains(by), "table named by " + by + ", which no heading is: " + page);
            }
        }
    }

    /** Trial X, 8: the reports with errors come first, then warnings, then notes only: errors are not buried. */
    @Test
    void theChecksPageListsTheReportsWithErrorsFirst() throws Exception {
        Path dir = reports();
        Diagnostic note = new Diagnostic(Severity.NOTE, new Location(dir.resolve("2023/a.adoc"), 1), "read.empty",
                List.of());
        Diagnostic warning = new Diagnostic(Severity.WARNING, new Location(dir.resolve("2023/b.adoc"), 2), "read.empty",
                List.of());
        Diagnostic error = new Diagnostic(Severity.ERROR, new Location(dir.resolve("2024/a.adoc"), 3), "read.empty",
                List.of());
        String checks = pages(Locale.ENGLISH, List.of(report(dir.resolve("2023/a.adoc"), "A 2023", 1, note),
                report(dir.resolve("2023/b.adoc"), "B 2023", 1, warning),
                report(dir.resolve("2024/a.adoc"), "A 2024", 1, error))).checks();
        int e = checks.indexOf(">A 2024</a></h2>");
        int w = checks.indexOf(">B 2023</a></h2>");
        int n = checks.indexOf(">A 2023</a></h2>");
        assertTrue(e > 0 && e < w && w < n, checks);
    }

    /** Trial R, 4: a problem of a partial two reports include is listed once; the second report links to it. */
    @Test
    void aProblemOfASharedPartialIsListedOnceAndTheOtherReportPointsToIt() throws Exception {
        Path dir = reports();
        Diagnostic shared = new Diagnostic(Severity.ERROR, new Location(dir.resolve("_boilerplate.adoc"), 1), "read.empty",
                List.of());
        Diagnostic own = new Diagnostic(Severity.WARNING, new Location(dir.resolve("2024/a.adoc"), 4), "read.empty",
                List.of());
        List<ReportResult> two = List.of(report(dir.resolve("2023/a.adoc"), "A 2023", 1, shared),
                report(dir.resolve("2024/a.adoc"), "A 2024", 1, shared, own));
        String checks = pages(Locale.ENGLISH, two).checks();
        assertEquals(1, checks.split("_boilerplate.adoc</code>", -1).length - 1, checks);
        assertTrue(checks.contains("<h2 id=\"report-0\"><a href=\"2023/a.html\">A 2023</a></h2>"), checks);
        assertTrue(checks.contains("<p class=\"tally-shown-above\">1 problem of this report, listed above under "
                + "<a href=\"#report-0\">A 2023</a>: they stand in a file it shares (a partial or its template)</p>"), checks);
        // under the first report, the partial's line stands under a heading naming the partial
        assertTrue(checks.contains("<h3 id=\"report-0-1\">In <code>src/reports/_boilerplate.adoc</code>, a file it "
                + "uses</h3>"), checks);
        assertTrue(checks.indexOf("tally-shown-above") < checks.indexOf("line 4"), checks);
        String zh = pages(Locale.CHINESE, two).checks();
        assertTrue(zh.contains("本报告的 1 个问题已在上文 <a href=\"#report-0\">A 2023</a> 下列出"), zh);
    }

    @Test
    void withoutAReportsDirectoryTheIndexAndChecksPagesSaySo() throws Exception {
        Path missing = base.resolve("src/reports");
        SitePages pages = new SitePages(new RunResult(missing, List.of()), new DiagnosticFormatter(base, Locale.ENGLISH));
        assertTrue(pages.index().contains("There are no reports: src/reports does not exist."), pages.index());
        assertTrue(pages.checks().contains("There are no reports: src/reports does not exist."), pages.checks());
        assertFalse(pages.index().contains("<table"));
        SitePages zh = new SitePages(new RunResult(missing, List.of()), new DiagnosticFormatter(base, Locale.CHINESE));
        assertTrue(zh.index().contains("没有报告：src/reports 不存在。"), zh.index());
    }
}
