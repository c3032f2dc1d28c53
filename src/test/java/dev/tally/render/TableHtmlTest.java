package dev.tally.render;

import dev.tally.check.FailedCell;
import dev.tally.diagnostic.Severity;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.run.Fixture;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.tally.render.Examples.byKey;
import static dev.tally.render.Examples.cellsOf;
import static dev.tally.render.Examples.children;
import static dev.tally.render.Examples.elements;
import static dev.tally.render.Examples.span;
import static dev.tally.render.Examples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableHtmlTest {

    private static final String QINGSHAN = "2024/qingshan.adoc";

    @TempDir
    Path project;

    private static Document render(String id) {
        return xml(TableHtml.render(Examples.table(QINGSHAN, id), "qingshan"));
    }

    private static Element section(Document doc, String name) {
        List<Element> found = elements(doc, name);
        assertEquals(1, found.size(), name);
        return found.get(0);
    }

    /**
     * Lays the rows of a table section out as a browser does (rowspan and colspan) and checks that the cells
     * tile a rectangle of the given width with no gap and no overlap; returns the number of rows.
     */
    private static int assertRectangle(Element section, int width) {
        List<Element> rows = children(section, "tr");
        List<boolean[]> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new boolean[width]);
            }
            int c = 0;
            for (Element cell : cellsOf(rows.get(r))) {
                while (c < width && grid.get(r)[c]) {
                    c++;
                }
                int rs = span(cell, "rowspan");
                int cs = span(cell, "colspan");
                assertTrue(c + cs <= width, "row " + r + " is wider than " + width + " at " + cell.getTextContent());
                for (int i = r; i < r + rs; i++) {
                    while (grid.size() <= i) {
                        grid.add(new boolean[width]);
                    }
                    for (int j = c; j < c + cs; j++) {
                        assertFalse(grid.get(i)[j], "overlap at row " + i + ", column " + j);
                        grid.get(i)[j] = true;
                    }
                }
                c += cs;
            }
        }
        assertEquals(rows.size(), grid.size(), "a rowspan reaches past the section");
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < width; c++) {
                assertTrue(grid.get(r)[c], "gap at row " + r + ", column " + c);
            }
        }
        return rows.size();
    }

    @Test
    void applicationsTableHasTheNationalFormLayout() {
        Document doc = render("applications");
        Element table = section(doc, "table");
        assertEquals("tally-applications", table.getAttribute("id"));
        assertTrue(table.getAttribute("class").contains("tally-table"));
        assertTrue(table.getAttribute("class").contains("table table-bordered"));
        assertEquals("收到和处理政府信息公开申请情况（单位：件）", section(doc, "caption").getTextContent());
        // the form's labels, full-width as the form prints them, and in plain characters as the template's
        // documentation writes them (trial T, 5); a label without full-width marks gets no second spelling
        Element partly = byKey(doc, "th", "办理结果.部分公开");
        assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", partly.getTextContent());
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", partly.getAttribute("data-label"));
        assertEquals("", byKey(doc, "th", "自然人").getAttribute("data-label"));

        // as in the form: 申请人情况 over the columns, then their 2 levels; 3 label columns (the row tree is
        // 办理结果 > 不予公开 > 1.属于国家秘密) under a corner that holds the form's note; 7 leaf columns
        Element thead = section(doc, "thead");
        assertEquals(3, assertRectangle(thead, 3 + 7));
        List<Element> top = cellsOf(children(thead, "tr").get(0));
        Element corner = top.get(0);
        assertEquals(3, span(corner, "rowspan"));
        assertEquals(3, span(corner, "colspan"));
        assertEquals("td", corner.getTagName());
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", corner.getTextContent());
        assertEquals(2, top.size());
        assertEquals("申请人情况", top.get(1).getTextContent());
        assertEquals("colgroup", top.get(1).getAttribute("scope"));
        assertEquals(7, span(top.get(1), "colspan"));
        Element legal = byKey(doc, "th", "法人或其他组织");
        assertEquals("colgroup", legal.getAttribute("scope"));
        assertEquals(5, span(legal, "colspan"));
        Element person = byKey(doc, "th", "自然人");
        assertEquals("col", person.getAttribute("scope"));
        assertEquals(2, span(person, "rowspan"));
        assertEquals(person.getParentNode(), children(thead, "tr").get(1));
        assertEquals(2, span(byKey(doc, "th", "总计"), "rowspan"));
        Element business = byKey(doc, "th", "法人或其他组织.商业企业");
        assertEquals("col", business.getAttribute("scope"));
        assertEquals(1, span(business, "rowspan"));
        for (Element th : elements(doc, "th")) {
            if (th.getParentNode().getParentNode() == thead) {
                assertTrue(List.of("col", "colgroup").contains(th.getAttribute("scope")), th.getTextContent());
            }
        }

        // 25 leaf rows laid out in 3 label columns
        Element tbody = section(doc, "tbody");
        assertEquals(25, assertRectangle(tbody, 3 + 7));
        Element outcomes = byKey(doc, "th", "办理结果");
        assertEquals("rowgroup", outcomes.getAttribute("scope"));
        assertEquals(22, span(outcomes, "rowspan"));
        assertEquals("三、本年度办理结果", outcomes.getTextContent());
        Element refused = byKey(doc, "th", "办理结果.不予公开");
        assertEquals("rowgroup", refused.getAttribute("scope"));
        assertEquals(8, span(refused, "rowspan"));
        assertEquals("（三）不予公开", refused.getTextContent());
        Element secret = byKey(doc, "th", "办理结果.不予公开.属于国家秘密");
        assertEquals("row", secret.getAttribute("scope"));
        assertEquals(1, span(secret, "colspan"));
        assertEquals("1.属于国家秘密", secret.getTextContent());
        Element disclosed = byKey(doc, "th", "办理结果.予以公开");
        assertEquals(2, span(disclosed, "colspan"));
        assertEquals("（一）予以公开", disclosed.getTextContent());
        Element fresh = byKey(doc, "th", "新收");
        assertEquals("row", fresh.getAttribute("scope"));
        assertEquals(3, span(fresh, "colspan"));
        assertEquals("一、本年新收政府信息公开申请数量", fresh.getTextContent());
        assertEquals("3.危及“三安全一稳定”", byKey(doc, "th", "办理结果.不予公开.危及三安全一稳定").getTextContent());
        // the group's label opens the row of its first leaf
        List<Element> first = cellsOf(children(tbody, "tr").get(2));
        assertEquals(List.of("办理结果", "办理结果.予以公开"),
                List.of(first.get(0).getAttribute("data-key"), first.get(1).getAttribute("data-key")));
        List<Element> refusedFirst = cellsOf(children(tbody, "tr").get(4));
        assertEquals("办理结果.不予公开", refusedFirst.get(0).getAttribute("data-key"));

        // numbers: every cell is a right-aligned number cell with its row and column
        List<Element> tds = elements(doc, "td").stream().filter(td -> td.getParentNode().getParentNode() == tbody).toList();
        assertEquals(25 * 7, tds.size());
        for (Element td : tds) {
            assertEquals("num", td.getAttribute("class"));
            assertTrue(td.getTextContent().matches("\\d+"), td.getTextContent());
        }
        assertEquals("28", cell(doc, "新收", "总计").getTextContent());
        assertEquals("4", cell(doc, "新收", "法人或其他组织.商业企业").getTextContent());
        assertEquals("1", cell(doc, "办理结果.不予公开.属于行政执法案卷", "法人或其他组织.法律服务机构").getTextContent());
        assertEquals("29", cell(doc, "办理结果.总计", "总计").getTextContent());
    }

    private static Element cell(Document doc, String row, String column) {
        for (Element td : elements(doc, "td")) {
            if (row.equals(td.getAttribute("data-row")) && column.equals(td.getAttribute("data-col"))) {
                return td;
            }
        }
        throw new AssertionError("no cell " + row + " / " + column);
    }

    @Test
    void appealsTableHasThreeHeaderRows() {
        Document doc = render("appeals");
        Element thead = section(doc, "thead");
        assertEquals(3, assertRectangle(thead, 1 + 15));
        assertEquals(3, children(thead, "tr").size());
        Element corner = cellsOf(children(thead, "tr").get(0)).get(0);
        assertEquals(3, span(corner, "rowspan"));
        assertEquals(1, span(corner, "colspan"));
        assertEquals(10, span(byKey(doc, "th", "行政诉讼"), "colspan"));
        assertEquals("colgroup", byKey(doc, "th", "行政诉讼").getAttribute("scope"));
        assertEquals(5, span(byKey(doc, "th", "行政复议"), "colspan"));
        assertEquals(5, span(byKey(doc, "th", "行政诉讼.未经复议直接起诉"), "colspan"));
        assertEquals(5, span(byKey(doc, "th", "行政诉讼.复议后起诉"), "colspan"));
        Element kept = byKey(doc, "th", "行政复议.结果维持");
        assertEquals(2, span(kept, "rowspan"));
        assertEquals("col", kept.getAttribute("scope"));
        assertEquals("结果维持", kept.getTextContent());
        assertEquals(1, span(byKey(doc, "th", "行政诉讼.复议后起诉.结果维持"), "rowspan"));

        Element tbody = section(doc, "tbody");
        assertEquals(1, assertRectangle(tbody, 1 + 15));
        assertEquals("row", byKey(doc, "th", "件数").getAttribute("scope"));
        assertEquals("2", cell(doc, "件数", "行政复议.总计").getTextContent());
        assertEquals("1", cell(doc, "件数", "行政诉讼.复议后起诉.尚未审结").getTextContent());
    }

    /**
     * Trial AQ, 1: a block id is the report's to choose, and names a file beside the page: one that is no safe file
     * name names no other folder, nor a name too long for the disk, and two such ids name two files.
     */
    @Test
    void aBlockIdNamesNoOtherFolder() {
        assertEquals("q.applications.csv", TableHtml.downloadName("q", "applications", "csv"));
        assertEquals("q.收到和处理.json", TableHtml.downloadName("q", "收到和处理", "json"));
        String out = TableHtml.downloadName("q", "/../../../../../package", "json");
        assertFalse(out.contains("/") || out.contains("\\"), out);
        assertEquals("q._.._.._.._.._.._package-cfe27d26.json", out, "no separator: a name within the page's folder");
        assertFalse(TableHtml.downloadName("q", "a/b", "csv").equals(TableHtml.downloadName("q", "a_b", "csv")));
        assertTrue(TableHtml.downloadName("q", "x".repeat(245), "csv").length() < 80);
        assertFalse(TableHtml.downloadName("q", "a\nb\\c", "csv").matches(".*[\\n\\\\].*"));
    }

    @Test
    void regulationsTableIsSimpleAndLinksItsData() {
        String html = TableHtml.render(Examples.table(QINGSHAN, "regulations"), "qingshan");
        // the box a wide table scrolls in is reached by keyboard and named by the table's title (trial AR, 8)
        assertTrue(html.startsWith("<div class=\"tally-table-wrap\" tabindex=\"0\" role=\"region\" "
                + "aria-label=\"第二十条第（一）项\">"), html);
        // its downloads named by the table, in a list of the page's links (trial AR, 15)
        assertTrue(html.contains("download=\"\" aria-label=\"CSV: 第二十条第（一）项\">CSV</a>"), html);
        Document doc = xml(html);
        assertEquals(1, assertRectangle(section(doc, "thead"), 4));
        assertEquals(2, assertRectangle(section(doc, "tbody"), 4));
        assertEquals("第二十条第（一）项（单位：件）", section(doc, "caption").getTextContent());
        Element corner = cellsOf(children(section(doc, "thead"), "tr").get(0)).get(0);
        assertEquals("信息内容", corner.getTextContent());
        assertEquals("7", cell(doc, "行政规范性文件", "现行有效件数").getTextContent());
        Element links = section(doc, "p");
        assertEquals("tally-downloads", links.getAttribute("class"));
        List<Element> a = elements(doc, "a");
        assertEquals("qingshan.regulations.csv", a.get(0).getAttribute("href"));
        assertEquals("CSV", a.get(0).getTextContent());
        assertEquals("qingshan.regulations.json", a.get(1).getAttribute("href"));
        assertEquals("JSON", a.get(1).getTextContent());
        assertEquals("qingshan.regulations.csv", TableHtml.downloadName("qingshan", "regulations", "csv"));
        // the fees table keeps its decimals; its unit is shown with the caption, as FORMAT.md 2.2 says (trial T, 4),
        // though the column's official label names it too
        Document fees = xml(TableHtml.render(Examples.table(QINGSHAN, "fees"), "qingshan"));
        assertEquals("1.42", cell(fees, "行政事业性收费", "本年收费金额").getTextContent());
        assertEquals("第二十条第（八）项（单位：万元）", section(fees, "caption").getTextContent());
        assertEquals("第二十条第(八)项", section(fees, "table").getAttribute("data-title"));
        assertEquals("本年收费金额（单位：万元）", byKey(fees, "th", "本年收费金额").getTextContent());
    }

    @Test
    void labelsTitlesAndUnitsAreEscaped() {
        Fixture.report(project, "r.adoc", """
                = R

                .A <b>bold</b> & "quoted" table
                [data#t]
                ----
                columns: [a, b]
                rows:
                  x: [1, 2]
                labels:
                  x: 'x < y & "z"'
                  a: "<script>alert('a')</script>"
                unit: 'm&m'
                ----
                """);
        RunResult result = Fixture.run(project);
        assertEquals(List.of(), Fixture.errors(result, project));
        Report report = result.reports().get(0).report();
        String html = TableHtml.render((Table) report.block("t"), "r");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("x &lt; y &amp; &quot;z&quot;"), html);
        Document doc = xml(html);
        assertEquals("A <b>bold</b> & \"quoted\" table (unit: m&m)", section(doc, "caption").getTextContent());
        assertEquals("x < y & \"z\"", byKey(doc, "th", "x").getTextContent());
        assertEquals("<script>alert('a')</script>", byKey(doc, "th", "a").getTextContent());
    }

    @Test
    void aFreeFormTableHasTheCornerAndColumnsTitleItNamesAndTheReportMayChangeTheTemplates() {
        Fixture.report(project, "r.adoc", """
                = R

                [data#t]
                ----
                columns: [甲, 乙]
                corner: 项目 & 说明
                columns-title: 申请人
                rows:
                  x: [1, 2]
                ----
                """);
        RunResult result = Fixture.run(project);
        assertEquals(List.of(), Fixture.errors(result, project));
        Document doc = xml(TableHtml.render((Table) result.reports().get(0).report().block("t"), "r"));
        Element thead = section(doc, "thead");
        assertEquals(2, assertRectangle(thead, 1 + 2));
        List<Element> top = cellsOf(children(thead, "tr").get(0));
        assertEquals("项目 & 说明", top.get(0).getTextContent());
        assertEquals(2, span(top.get(0), "rowspan"));
        assertEquals("申请人", top.get(1).getTextContent());
        assertEquals(2, span(top.get(1), "colspan"));
        // without them: one header row and an empty corner
        Table plain = Tables.flat("p", "T", null, List.of("a"), List.of("r"), Map.of(),
                new BigDecimal[][] {Tables.row("1")});
        Document plainDoc = xml(TableHtml.render(plain, "p"));
        assertEquals(1, children(section(plainDoc, "thead"), "tr").size());
        assertEquals("", cellsOf(children(section(plainDoc, "thead"), "tr").get(0)).get(0).getTextContent());
    }

    @Test
    void unreadableCellsShowADashAndNumbersAreExact() {
        Table t = Tables.flat("odd key", null, null, List.of("a", "b"), List.of("r"), Map.of(),
                new BigDecimal[][] {Tables.row(null, "1234567890123456789012345678901234567890.10")});
        String html = TableHtml.render(t, "页");
        Document doc = xml(html);
        assertTrue(elements(doc, "caption").isEmpty(), "no caption without title and unit");
        Element missing = cell(doc, "r", "a");
        assertEquals("num missing", missing.getAttribute("class"));
        assertEquals("\u2014", missing.getTextContent());
        // a dash is what many reports print for "none": the cell says it is not a value (a table without words
        // of its own gets the national form's language)
        assertEquals("此处数据无法读取，见检查结果", missing.getAttribute("title"));
        assertEquals("", cell(doc, "r", "b").getAttribute("title"));
        assertEquals("1234567890123456789012345678901234567890.10", cell(doc, "r", "b").getTextContent());
        Table big = Tables.flat("e", "T", null, List.of("a"), List.of("r"), Map.of(),
                new BigDecimal[][] {{new BigDecimal("1E+3")}});
        assertTrue(TableHtml.render(big, "p").contains(">1000</td>"));
        // links are percent-encoded file names
        assertEquals("%E9%A1%B5.odd%20key.csv", elements(doc, "a").get(0).getAttribute("href"));
    }

    @Test
    void cellsThatAFailingCheckNamesAreMarkedWithTheCheck() {
        Table t = Tables.flat("t", "T", null, List.of("a", "b", "sum"), List.of("r", "s"), Map.of(),
                new BigDecimal[][] {Tables.row("1", "2", "4"), Tables.row(null, "2", "2")});
        KeyPath r = KeyPath.of("r");
        List<FailedCell> failed = List.of(
                new FailedCell("t", r, KeyPath.of("sum"), "sum = a + b: 4 != 3"),
                new FailedCell("t", r, KeyPath.of("a"), "sum = a + b: 4 != 3"),
                new FailedCell("t", r, KeyPath.of("a"), "a < 1: 1 >= 1"),
                new FailedCell("t", KeyPath.of("s"), KeyPath.of("a"), "s.a = 1"),
                new FailedCell("other", KeyPath.of("s"), KeyPath.of("b"), "in another table"));
        Document doc = xml(TableHtml.render(t, "p", "T", Wording.ENGLISH, failed));
        assertEquals("num tally-failed", cell(doc, "r", "sum").getAttribute("class"));
        assertEquals("sum = a + b: 4 != 3", cell(doc, "r", "sum").getAttribute("title"));
        // each failing check once, one per line; the cell both name is the suspect
        assertEquals("Named by 2 failing checks: a likely wrong figure (or another figure they share a sum with):\nsum = a + b: 4 != 3\na < 1: 1 >= 1",
                cell(doc, "r", "a").getAttribute("title"));
        assertEquals("num tally-failed tally-suspect", cell(doc, "r", "a").getAttribute("class"));
        assertEquals("num", cell(doc, "r", "b").getAttribute("class"));
        assertEquals("", cell(doc, "r", "b").getAttribute("title"));
        // an unreadable cell says so, whatever named it; another table's cells are not this one's
        assertEquals("num missing", cell(doc, "s", "a").getAttribute("class"));
        assertEquals("num", cell(doc, "s", "b").getAttribute("class"));
        assertTrue(TableHtml.CSS.contains("td.num.tally-failed"));
    }

    /**
     * Trial Q, 6: a failing note's or warning's cells are not marked as wrong (the page reads as consistent when
     * no error is left); a cell named by checks of several severities takes the most severe.
     */
    @Test
    void aNotesOrAWarningsCellsAreMarkedLessLoudlyThanAnErrors() {
        Table t = Tables.flat("t", "T", null, List.of("a", "b", "c"), List.of("r"), Map.of(),
                new BigDecimal[][] {Tables.row("1", "2", "3")});
        KeyPath r = KeyPath.of("r");
        List<FailedCell> failed = List.of(
                new FailedCell("t", r, KeyPath.of("a"), "a > 5: 1 <= 5", Severity.NOTE),
                new FailedCell("t", r, KeyPath.of("b"), "b > 5: 2 <= 5", Severity.WARNING),
                new FailedCell("t", r, KeyPath.of("c"), "c > 5: 3 <= 5", Severity.NOTE),
                new FailedCell("t", r, KeyPath.of("c"), "c = 4: 3 != 4", Severity.ERROR));
        Document doc = xml(TableHtml.render(t, "p", "T", Wording.ENGLISH, failed));
        assertEquals("num tally-noted", cell(doc, "r", "a").getAttribute("class"));
        assertEquals("a > 5: 1 <= 5", cell(doc, "r", "a").getAttribute("title"));
        assertEquals("num tally-warned", cell(doc, "r", "b").getAttribute("class"));
        assertEquals("num tally-failed", cell(doc, "r", "c").getAttribute("class"));
        assertTrue(TableHtml.CSS.contains("td.num.tally-noted") && TableHtml.CSS.contains("td.num.tally-warned"));
    }

    /**
     * Trial P, 6: one wrong figure fails its row's total and its column's identity, and each names all its cells;
     * the cell both name is singled out. Where no cell is named more often than the rest, none is.
     */
    @Test
    void theCellTheFailingChecksHaveInCommonIsMarkedAsSuspect() {
        Table t = Tables.flat("t", "T", null, List.of("a", "b", "total"), List.of("x", "y", "sum"), Map.of(),
                new BigDecimal[][] {Tables.row("1", "2", "4"), Tables.row("3", "4", "7"), Tables.row("4", "6", "10")});
        List<FailedCell> failed = new java.util.ArrayList<>();
        for (String c : List.of("a", "b", "total")) {
            failed.add(new FailedCell("t", KeyPath.of("x"), KeyPath.of(c), "row x: total = a + b: 4 != 3"));
        }
        for (String r : List.of("x", "y", "sum")) {
            failed.add(new FailedCell("t", KeyPath.of(r), KeyPath.of("total"), "column total: sum = x + y: 10 != 11"));
        }
        Document doc = xml(TableHtml.render(t, "p", "T", Wording.CHINESE, failed));
        assertEquals("num tally-failed tally-suspect", cell(doc, "x", "total").getAttribute("class"));
        assertTrue(cell(doc, "x", "total").getAttribute("title").startsWith("此数据同时出现在 2 项未通过的检查中"),
                cell(doc, "x", "total").getAttribute("title"));
        // on a site in English, the tooltip Tally adds is in English, the caption's words the report's (trial X, 5)
        Document english = xml(TableHtml.render(t, "p", "T", Wording.CHINESE, failed, Wording.ENGLISH));
        assertTrue(cell(english, "x", "total").getAttribute("title").startsWith("Named by 2 failing checks"),
                cell(english, "x", "total").getAttribute("title"));
        for (String[] other : List.of(new String[] {"x", "a"}, new String[] {"x", "b"}, new String[] {"sum", "total"})) {
            assertEquals("num tally-failed", cell(doc, other[0], other[1]).getAttribute("class"), String.join(",", other));
        }
        assertEquals("num", cell(doc, "y", "a").getAttribute("class"));
        assertTrue(TableHtml.CSS.contains("td.num.tally-suspect"));

        // one failing check alone: all its cells alike
        Document one = xml(TableHtml.render(t, "p", "T", Wording.ENGLISH, failed.subList(0, 3)));
        assertEquals("num tally-failed", cell(one, "x", "total").getAttribute("class"));
        assertEquals("row x: total = a + b: 4 != 3", cell(one, "x", "total").getAttribute("title"));
    }

    @Test
    void cssCoversTheClassesUsed() {
        for (String selector : List.of(".tally-table-wrap", "overflow-x: auto", "td.num", "text-align: right",
                "tabular-nums", "thead th", "tbody th", "Noto Sans CJK SC", "Microsoft YaHei", ".tally-downloads",
                "word-break", "missing")) {
            assertTrue(TableHtml.CSS.contains(selector), selector);
        }
    }
}
