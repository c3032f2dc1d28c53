package dev.tally.render;

import dev.tally.model.Report;
import dev.tally.run.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.tally.render.Examples.elements;
import static dev.tally.render.Examples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @TempDir
    Path project;

    private static List<Charts.Chart> qingshan() {
        return Charts.forChain(List.of(Examples.report("2023/qingshan.adoc"), Examples.report("2024/qingshan.adoc")));
    }

    private static Charts.Chart named(List<Charts.Chart> charts, String title) {
        return charts.stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + title + " in " + charts.stream().map(Charts.Chart::title).toList()));
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    private static String desc(Document doc) {
        return elements(doc, "desc").get(0).getTextContent();
    }

    @Test
    void qingshanChainGivesTheExpectedCharts() {
        List<Charts.Chart> charts = qingshan();
        assertEquals(List.of(
                "（一）主动公开（proactive）",
                "（一）主动公开（compare）",
                "（五）监督保障（training）",
                "第二十条第（一）项（单位：件）",
                "第二十条第（五）项（本年处理决定数量，单位：件）",
                "第二十条第（六）项（本年处理决定数量，单位：件）",
                "第二十条第（八）项（本年收费金额，单位：万元）",
                "收到和处理政府信息公开申请情况（总计，单位：件）",
                "本年新收政府信息公开申请数量（按申请人，单位：件）",
                "本年度办理结果（按办理结果，单位：件）",
                "政府信息公开行政复议、行政诉讼情况（行政复议、行政诉讼合计，单位：件）",
                "六、其他需要报告的事项（other）"), charts.stream().map(Charts.Chart::title).toList());
        assertEquals(charts, qingshan(), "deterministic");
    }

    @Test
    void everyChartIsWellFormedSvgWithoutScript() {
        for (Charts.Chart chart : qingshan()) {
            String svg = chart.svg();
            assertFalse(svg.toLowerCase(Locale.ROOT).contains("<script"), chart.title());
            assertFalse(svg.toLowerCase(Locale.ROOT).contains("javascript:"), chart.title());
            Document doc = xml(svg);
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            assertEquals(chart.title(), root.getAttribute("aria-label"));
            assertTrue(root.getAttribute("viewBox").startsWith("0 0 "), chart.title());
            assertTrue(root.getAttribute("font-family").contains("Noto Sans CJK SC"));
            assertTrue(root.getAttribute("font-family").contains("Microsoft YaHei"));
            for (Element e : elements(doc, "*")) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    assertFalse(attributes.item(i).getNodeName().toLowerCase(Locale.ROOT).startsWith("on"),
                            "event handler in " + chart.title());
                }
            }
            List<String> texts = texts(doc);
            assertTrue(texts.contains("2023"), chart.title());
            assertTrue(texts.contains("2024"), chart.title());
            // the whole figure is well-formed too, captioned with the title
            Document figure = xml(chart.html());
            assertEquals("figure", figure.getDocumentElement().getLocalName());
            assertEquals("tally-chart", figure.getDocumentElement().getAttribute("class"));
            assertEquals(chart.title(), elements(figure, "figcaption").get(0).getTextContent());
        }
    }

    @Test
    void chartsCarryTheFiguresAndCjkLabels() {
        List<Charts.Chart> charts = qingshan();
        Document proactive = xml(named(charts, "（一）主动公开（proactive）").svg());
        assertTrue(texts(proactive).containsAll(List.of("268", "295", "total", "channels")), texts(proactive).toString());
        assertEquals("2023：total 268，channels 268；2024：total 295，channels 295", desc(proactive));

        // compare is only in 2024: one value, nothing for 2023
        assertEquals("2023：主动公开增加 无数据，新收申请增加 无数据；2024：主动公开增加 27，新收申请增加 5",
                desc(xml(named(charts, "（一）主动公开（compare）").svg())));

        // a row group counts once: 办理结果 is its own 总计 row (21, 29), not twice that; the legend has the form's
        // labels, as the table on the page (trial H, 14)
        Document applications = xml(named(charts, "收到和处理政府信息公开申请情况（总计，单位：件）").svg());
        assertEquals("2023：一、本年新收政府信息公开申请数量 23，二、上年结转政府信息公开申请数量 1，三、本年度办理结果 21，"
                + "四、结转下年度继续办理 3；2024：一、本年新收政府信息公开申请数量 28，二、上年结转政府信息公开申请数量 3，"
                + "三、本年度办理结果 29，四、结转下年度继续办理 2", desc(applications));

        Document applicants = xml(named(charts, "本年新收政府信息公开申请数量（按申请人，单位：件）").svg());
        assertTrue(texts(applicants).containsAll(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")));
        assertFalse(texts(applicants).contains("总计"));
        assertTrue(desc(applicants).contains("2024：自然人 21，商业企业 4，科研机构 1，社会公益组织 0，法律服务机构 2，其他 0"),
                desc(applicants));
        assertFalse(elements(applicants, "rect").isEmpty());

        Document outcomes = xml(named(charts, "本年度办理结果（按办理结果，单位：件）").svg());
        assertTrue(desc(outcomes).contains("2024：（一）予以公开 15，（二）部分公开（区分处理的，只计这一情形，不计其他情形） 4，"),
                desc(outcomes));
        assertFalse(desc(outcomes).contains("总计"));

        // appeals: 行政复议 by its 总计, 行政诉讼 by its two 总计 columns: 2 + 1 + 1
        assertTrue(desc(xml(named(charts, "政府信息公开行政复议、行政诉讼情况（行政复议、行政诉讼合计，单位：件）").svg())).endsWith("2024：件数 4"));
        assertTrue(desc(xml(named(charts, "第二十条第（八）项（本年收费金额，单位：万元）").svg())).endsWith("2024：行政事业性收费 1.42"));
        // regulations: 制发, 废止 and 现行有效 do not add up to anything: a line per row and column, never a sum
        String regulations = desc(xml(named(charts, "第二十条第（一）项（单位：件）").svg()));
        assertTrue(regulations.contains("规章·现行有效件数") && regulations.contains("行政规范性文件·本年制发件数"),
                regulations);
    }

    @Test
    void yTicksAreRoundNumbersFromZero() {
        assertEquals(List.of("0", "5", "10", "15", "20"), ticks("3", "17"));
        assertEquals(List.of("0", "100", "200", "300"), ticks("268", "295"));
        assertEquals(List.of("0", "50", "100", "150", "200"), ticks("175", "12"));
        assertEquals(List.of("0", "0.05", "0.1", "0.15", "0.2", "0.25"), ticks("0.1", "0.25"));
        assertEquals(List.of("0", "1", "2"), ticks("1", "2"));
        assertEquals(List.of("0", "1"), ticks("0", "0"));
        assertEquals(List.of("0", "1"), ticks());
        assertEquals(List.of("-4", "-2", "0", "2", "4", "6", "8"), ticks("-3", "7"));
        assertEquals("0", ticks("1" + "0".repeat(39)).get(0));
        assertEquals(new BigDecimal("1" + "0".repeat(39)), new BigDecimal(ticks("1" + "0".repeat(39)).get(5)));
    }

    private static List<String> ticks(String... values) {
        return Charts.Scale.of(Arrays.stream(values).map(BigDecimal::new).toList()).ticks().stream()
                .map(dev.tally.check.Evaluator::show).toList();
    }

    private static List<Charts.Series> many(int series, int periods) {
        List<Charts.Series> out = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            List<BigDecimal> v = new ArrayList<>();
            for (int p = 0; p < periods; p++) {
                v.add(p == 1 && s == 2 ? null : BigDecimal.valueOf((s * 37L + p * 13L) % 120 + s));
            }
            out.add(new Charts.Series("系列" + s, v));
        }
        return out;
    }

    private static List<String> years(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf(2005 + i));
        }
        return out;
    }

    @Test
    void lineChartsTellSeriesApartInColourAndInGrey() {
        for (int periods : new int[] {1, 2, 20}) {
            for (int count : new int[] {1, 3, 8}) {
                Charts.Chart chart = Charts.line("线 " + periods + "×" + count, years(periods), many(count, periods));
                Document doc = xml(chart.svg());
                assertTrue(texts(doc).contains("2005"));
                assertTrue(texts(doc).contains("系列" + (count - 1)), "legend");
                List<Element> series = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("series")).toList();
                assertEquals(count, series.size());
                Set<String> colours = new LinkedHashSet<>();
                Set<String> dashes = new LinkedHashSet<>();
                Set<String> markers = new LinkedHashSet<>();
                for (Element g : series) {
                    List<Element> paths = elements(doc, "path").stream()
                            .filter(p -> p.getParentNode() == g).toList();
                    Element lineOrMarker = (Element) g.getElementsByTagNameNS("*", "g").item(0).getFirstChild().getNextSibling();
                    markers.add(lineOrMarker.getLocalName() + lineOrMarker.getAttribute("fill").startsWith("#fff"));
                    if (!paths.isEmpty()) {
                        colours.add(paths.get(0).getAttribute("stroke"));
                        dashes.add(paths.get(0).getAttribute("stroke-dasharray"));
                    }
                }
                if (periods > 1) {
                    assertEquals(count, colours.size(), "colours");
                    assertEquals(count, dashes.size(), "dashes");
                }
                // circle, rect, path, circle (hollow)...: the eight shapes are told apart by element and fill
                assertTrue(markers.size() >= Math.min(count, 3), markers.toString());
            }
        }
    }

    @Test
    void lineChartMarksEveryValueAndBreaksAtGaps() {
        List<BigDecimal> a = Arrays.asList(new BigDecimal("1.5"), null, new BigDecimal("3"));
        Charts.Chart chart = Charts.line("带空缺 <&>", List.of("2022", "2023", "2024"),
                List.of(new Charts.Series("甲 & 乙", a)));
        Document doc = xml(chart.svg());
        assertEquals("带空缺 <&>", doc.getDocumentElement().getAttribute("aria-label"));
        assertTrue(texts(doc).containsAll(List.of("1.5", "3", "甲 & 乙")));
        Element path = elements(doc, "path").get(0);
        assertEquals(2, path.getAttribute("d").split("M").length - 1, "a gap starts a new segment: " + path.getAttribute("d"));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.line("x", List.of("2024"), List.of(new Charts.Series("a", List.of()))));
    }

    @Test
    void barsHavePatternsDefinedInTheChart() {
        Charts.Chart chart = Charts.bars("柱", years(20), many(8, 20));
        Document doc = xml(chart.svg());
        List<String> ids = elements(doc, "pattern").stream().map(p -> p.getAttribute("id")).toList();
        assertEquals(7, ids.size());
        assertEquals(7, new LinkedHashSet<>(ids).size());
        for (Element r : elements(doc, "rect")) {
            String fill = r.getAttribute("fill");
            if (fill.startsWith("url(#")) {
                assertTrue(ids.contains(fill.substring(5, fill.length() - 1)), fill);
            }
        }
        for (int[] shape : new int[][] {{1, 1}, {1, 8}, {20, 1}, {2, 6}}) {
            Document small = xml(Charts.bars("柱", years(shape[0]), many(shape[1], shape[0])).svg());
            assertEquals(shape[1] - 1, elements(small, "pattern").size());
            assertTrue(texts(small).contains("系列" + (shape[1] - 1)));
        }
        // 8 × 20 bars less the missing one, each with a tooltip
        List<Element> bars = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("series")).toList();
        assertEquals(8, bars.size());
        assertEquals(159, bars.stream().mapToInt(g -> g.getElementsByTagNameNS("*", "title").getLength()).sum());
        // a different chart gets other ids (inline SVGs share the page's id space)
        Document other = xml(Charts.bars("柱 2", years(20), many(8, 20)).svg());
        assertFalse(ids.contains(elements(other, "pattern").get(0).getAttribute("id")));
    }

    @Test
    void chainsWithoutYearsUseTitlesAndSkipChartsWithoutNumbers() {
        Fixture.report(project, "a.adoc", """
                = 甲年报告

                [data#notes]
                ----
                note: 只有文字
                ----

                [data#nums]
                ----
                x: 1
                ----

                .表
                [data#t]
                ----
                columns: [a, 合计]
                rows:
                  g:
                    r1: [1, 1]
                    r2: [2, 2]
                  s: [3, 3]
                ----
                """);
        Fixture.report(project, "b.adoc", """
                = 乙年报告
                :tally-previous: a.adoc

                [data#notes]
                ----
                note: 还是文字
                ----

                [data#t]
                ----
                columns: [a, 合计]
                rows:
                  g:
                    r1: [1, 1]
                    r2: [5, 5]
                  s: [0, 0]
                ----
                """);
        var result = Fixture.run(project);
        assertEquals(List.of(), Fixture.errors(result, project));
        List<Report> chain = result.reports().stream().map(r -> r.report()).toList();
        List<Charts.Chart> charts = Charts.forChain(chain);
        assertEquals(List.of("表（合计）", "nums"), charts.stream().map(Charts.Chart::title).toList());
        Document t = xml(charts.get(0).svg());
        assertTrue(texts(t).containsAll(List.of("甲年报告", "乙年报告")));
        assertEquals("甲年报告：g 3，s 3；乙年报告：g 6，s 0", desc(t));
        assertEquals("甲年报告：x 1；乙年报告：x 无数据", desc(xml(charts.get(1).svg())));
        assertEquals(List.of(), Charts.forChain(List.of()));
    }

    /**
     * Trial AD, 7: a chart across quarters took the newest quarter's block title ("Samples by source, 2025 Q4"): the
     * period it names, however written, gives way to the span the chart shows.
     */
    @Test
    void aChartsTitleNamesTheSpanNotTheNewestPeriod() {
        for (int q = 1; q <= 3; q++) {
            Fixture.report(project, "2025/q" + q + ".adoc", "= Water quality report, 2025 Q" + q + "\n:tally-year: 2025-Q" + q
                    + (q > 1 ? "\n:tally-previous: q" + (q - 1) + ".adoc" : "") + "\n\n.Samples by source, 2025 Q" + q
                    + "\n[data#samples]\n----\ncolumns: [n]\nrows:\n  wells: [" + q + "]\n----\n");
        }
        var result = Fixture.run(project);
        assertEquals(List.of(), Fixture.errors(result, project));
        List<Charts.Chart> charts = Charts.forChain(result.reports().stream().map(r -> r.report()).toList());
        assertEquals(List.of("Samples by source, 2025-Q1–2025-Q3 (n)"), charts.stream().map(Charts.Chart::title).toList());
        assertEquals("青山镇2023–2024年政府信息公开工作年度报告",
                Charts.spanned("青山镇2024年政府信息公开工作年度报告", "2024", "2023", "2024"));
        assertEquals("Ops 2026-Q1–2026-Q3", Charts.spanned("Ops 2026 q3", "2026-Q3", "2026-Q1", "2026-Q3"));
        // not named, named twice, or only inside a longer number: as it is
        assertEquals("Ops report", Charts.spanned("Ops report", "2026-Q3", "2026-Q1", "2026-Q3"));
        assertEquals("2024 vs 2024", Charts.spanned("2024 vs 2024", "2024", "2023", "2024"));
        assertEquals("Plan 20245", Charts.spanned("Plan 20245", "2024", "2023", "2024"));
    }

    /**
     * Trial G, 3: columns that do not add up (a stock beside flows, a subtotal beside its parts) were summed into
     * one meaningless line. Without a total column they are charted one line each, of the total row alone.
     */
    @Test
    void columnsWithoutATotalAreNeverSummed() {
        String table = """
                = %s
                %s
                .投诉
                [data#c]
                ----
                columns: [上季结转, {受理: [电话, 网络]}, 受理合计, 结转下季度]
                rows:
                  甲: [%s, 1, 2, 3, 1]
                  乙: [0, 2, 2, 4, 2]
                  合计: [%s, 3, 4, 7, 3]
                labels: {受理: 本季受理, 网络: 网上平台}
                ----
                """;
        Fixture.report(project, "q1.adoc", table.formatted("一季度", "", "1", "1"));
        Fixture.report(project, "q2.adoc", table.formatted("二季度", ":tally-previous: q1.adoc", "2", "2"));
        var result = Fixture.run(project);
        List<Charts.Chart> charts = Charts.forChain(result.reports().stream().map(r -> r.report()).toList());
        assertEquals(List.of("投诉（合计）"), charts.stream().map(Charts.Chart::title).toList());
        // each column by its label, under its group's (a column of the same name in another group stays apart)
        assertEquals("一季度：上季结转 1，本季受理·电话 3，本季受理·网上平台 4，受理合计 7，结转下季度 3；"
                + "二季度：上季结转 2，本季受理·电话 3，本季受理·网上平台 4，受理合计 7，结转下季度 3",
                desc(xml(charts.get(0).svg())));
    }

    /**
     * The charts of two periods, Q1 and Q2 (the second naming the first), of one block: {@code block} with
     * {@code %s} for the value that differs, {@code q1} in the first and {@code q2} in the second.
     */
    private List<Charts.Chart> twoPeriods(String block, String q1, String q2) {
        Fixture.report(project, "q1.adoc", "= Q1\n\n" + block.formatted(q1));
        Fixture.report(project, "q2.adoc", "= Q2\n:tally-previous: q1.adoc\n\n" + block.formatted(q2));
        return Charts.forChain(Fixture.run(project).reports().stream().map(r -> r.report()).toList());
    }

    /** Trial U, 1: a row group without a total row is drawn by its rows, column by column, never summed. */
    @Test
    void aRowGroupWithoutATotalRowIsDrawnByItsRowsNotSummed() {
        List<Charts.Chart> charts = twoPeriods("""
                .On time
                [data#ontime]
                ----
                columns: [Delivered, On_time, Rate]
                rows:
                  Europe:
                    North: [3400, 3196, 94.0]
                    South: [2700, 2484, %s]
                  Americas: [3000, 2715, 90.5]
                labels: {Europe: EU, Rate: On-time rate}
                ----
                """, "92.0", "92.5");
        String desc = desc(xml(charts.get(0).svg()));
        assertFalse(desc.contains("186"), desc); // 94.0 + 92.0, a rate no report holds
        assertTrue(desc.contains("EU·South·On-time rate 92.0"), desc);
        assertTrue(desc.contains("EU·North·Delivered 3400"), desc);
        assertTrue(desc.contains("Americas·On-time rate 90.5"), desc);
    }

    /** Trial U, 1: numbers of a values block too different in size for one axis are drawn in charts of their sizes. */
    @Test
    void aValuesBlockOfNumbersOfVeryDifferentSizesIsDrawnInSeveralCharts() {
        List<Charts.Chart> charts = twoPeriods("""
                .Key figures
                [data#kpi]
                ----
                qoq_pct: %s
                cost_per_tonne: 200.5
                per_1000: 0.5
                shipments: 12000
                ----
                """, "3.2", "2.9");
        assertEquals(List.of("Key figures (qoq_pct, per_1000)", "Key figures (cost_per_tonne)", "Key figures (shipments)"),
                charts.stream().map(Charts.Chart::title).toList());
    }

    /** Trial U, 10: a total row keyed otherwise (a key cannot be a row's and a column's) is found by its label. */
    @Test
    void aTotalRowIsFoundByItsLabelToo() {
        List<Charts.Chart> charts = twoPeriods("""
                .On time
                [data#ontime]
                ----
                columns: [Delivered, On_time]
                rows:
                  North: [3400, 3196]
                  South: [2700, %s]
                  All: [6100, 5680]
                labels: {All: Total}
                ----
                """, "2484", "2484");
        assertEquals("Q1: Delivered 6100, On_time 5680; Q2: Delivered 6100, On_time 5680", desc(xml(charts.get(0).svg())));
    }

    /** Trial J, 4: a figure in the section title or block title a chart is named by is its value, as on the page. */
    @Test
    void aFigureInTheTitleAChartIsNamedByIsItsValue() {
        String report = """
                = %s
                %s

                == 收入预算：合计tally:income.合计[]万元

                [data#income]
                ----
                合计: %s
                ----

                .支出（共tally:spend.a[]项）
                [data#spend]
                ----
                a: 2
                ----
                """;
        Fixture.report(project, "y1.adoc", report.formatted("2023年", "", "100.00"));
        Fixture.report(project, "y2.adoc", report.formatted("2024年", ":tally-previous: y1.adoc", "120.00"));
        var result = Fixture.run(project);
        List<Charts.Chart> charts = Charts.forChain(result.reports().stream().map(r -> r.report()).toList());
        assertEquals(List.of("收入预算：合计120.00万元（income）", "支出（共2项）"),
                charts.stream().map(Charts.Chart::title).toList());
        // trial J, 11: values as the data writes them, as in the tables and the downloads
        assertEquals("2023年：合计 100.00；2024年：合计 120.00", desc(xml(charts.get(0).svg())));
    }

    /**
     * Without a total row either, a line per row and column, unless that is more than a chart can show: then a line
     * that says so in place of the chart, and how to have one (a total labelled as such: "Quarter total" is not
     * taken for one, as 受理合计 beside 上季结转 is a subtotal), in the report's language (trial AN, 7).
     */
    @Test
    void aTableOfManyColumnsWithoutTotalsGetsNoChartButSaysWhy() {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            rows.append("  r").append(r).append(": [1, 2, 3, 4, 5]\n");
        }
        Fixture.report(project, "a.adoc", "= A\n\n.Visits\n[data#t]\n----\ncolumns: [a, b, c, d, e]\nrows:\n" + rows
                + "labels: {e: Quarter total}\n----\n");
        var result = Fixture.run(project);
        List<Charts.Chart> charts = Charts.forChain(result.reports().stream().map(r -> r.report()).toList());
        assertEquals(1, charts.size());
        assertEquals("<p class=\"tally-chart-omitted\">Visits: no chart: a line for each row and column would make 15 "
                + "lines, more than 12. A table with a total row or column (keyed or labelled 总计, 合计 or Total) is drawn "
                + "by its total.</p>\n", charts.get(0).html());
        Fixture.report(project, "a.adoc", "= 甲\n\n.来访\n[data#t]\n----\ncolumns: [a, b, c, d, e]\nrows:\n" + rows
                + "----\n");
        charts = Charts.forChain(Fixture.run(project).reports().stream().map(r -> r.report()).toList());
        assertTrue(charts.get(0).html().startsWith("<p class=\"tally-chart-omitted\">来访：未绘图：每行每列各一条线，共 15 条"),
                charts.get(0).html());
        // labelled Total, the column is the total, and drawn
        Fixture.report(project, "a.adoc", "= A\n\n.Visits\n[data#t]\n----\ncolumns: [a, b, c, d, e]\nrows:\n" + rows
                + "labels: {e: Total}\n----\n");
        charts = Charts.forChain(Fixture.run(project).reports().stream().map(r -> r.report()).toList());
        assertTrue(charts.get(0).svg() != null, charts::toString);
    }
}
