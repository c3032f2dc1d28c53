package dev.tally.render;

import dev.tally.model.Report;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words Tally adds around a report's text follow the report's language, not the build's. */
class WordingTest {

    private static Report report(String title, String lang) {
        Map<String, Report.Attribute> attributes = lang == null ? Map.of()
                : Map.of("lang", new Report.Attribute(lang, Tables.AT));
        return new Report(Path.of("r.adoc"), title, attributes, List.of(), Map.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aReportsLangAttributeDecidesThenItsTitle() {
        assertEquals(Wording.ENGLISH, Wording.of(report("青山镇2024年报告", "en")));
        assertEquals(Wording.CHINESE, Wording.of(report("Annual report", "zh-CN")));
        assertEquals(Wording.CHINESE, Wording.of(report("青山镇2024年政府信息公开工作年度报告", null)));
        assertEquals(Wording.ENGLISH, Wording.of(report("Operations report 2024 Q1", null)));
        assertNull(Wording.of(report("2024", null)), "figures alone say nothing");
        assertNull(Wording.of(report(null, null)));
    }

    /** Trial AB, 8: the same decision names the language of the report's text on the page, as HTML writes it. */
    @Test
    void aReportsLanguageAsThePageMarksIt() {
        assertEquals("en", Wording.language(report("青山镇2024年报告", "en")));
        assertEquals("zh-CN", Wording.language(report("Annual report", "zh_CN")));
        assertEquals("zh", Wording.language(report("青山镇2024年政府信息公开工作年度报告", null)));
        assertEquals("en", Wording.language(report("Operations report 2024 Q1", null)));
        assertNull(Wording.language(report("2024", null)));
    }

    @Test
    void withoutAReportTheTextsDecide() {
        assertEquals(Wording.CHINESE, Wording.of("收费", "万元"));
        assertEquals(Wording.ENGLISH, Wording.of("Budget", "kEUR"));
        assertEquals(Wording.CHINESE, Wording.of("2024", null), "no letters: the national form's wording");
        assertEquals("Budget (unit: kEUR)", TableHtml.caption("Budget", "kEUR", null));
        assertEquals("收费（单位：万元）", TableHtml.caption("收费", "万元", null));
        // an English table in a Chinese report: the report's words
        assertEquals("Budget（单位：kEUR）", TableHtml.caption("Budget", "kEUR", Wording.CHINESE));
        assertEquals("unit: kEUR", TableHtml.caption(null, "kEUR", null));
    }

    /** Trial AB, 3: a label states a unit where the unit stands in it as a word, not as part of another. */
    @Test
    void aLabelStatesAUnitWhereTheUnitIsAWordOfIt() {
        assertTrue(Wording.statesUnit("本年收费金额（单位：万元）", "万元"));
        assertTrue(Wording.statesUnit("金额（万元）", "万元"));
        assertTrue(Wording.statesUnit("Weight (tonnes)", "tonnes"));
        assertTrue(Wording.statesUnit("Weight in tonnes", "tonnes"));
        assertTrue(Wording.statesUnit("增长率%", "%"));
        assertFalse(Wording.statesUnit("本年制发件数", "件"), "件数 is a count, not a statement of the unit");
        assertFalse(Wording.statesUnit("金额（万元）", "元"), "元 in 万元 is another unit");
        assertFalse(Wording.statesUnit("Weight", "t"));
        assertFalse(Wording.statesUnit("Weight", null));
    }

    @Test
    void anEnglishChartSaysNoData() {
        java.util.ArrayList<java.math.BigDecimal> values = new java.util.ArrayList<>();
        values.add(java.math.BigDecimal.ONE);
        values.add(null);
        Charts.Chart chart = Charts.line("Rates", List.of("2023", "2024"), List.of(new Charts.Series("EURUSD", values)));
        assertEquals(true, chart.svg().contains("<desc>2023: EURUSD 1; 2024: EURUSD no data</desc>"), chart.svg());
        Charts.Chart zh = Charts.line("汇率", List.of("2023", "2024"), List.of(new Charts.Series("EURUSD", values)));
        assertEquals(true, zh.svg().contains("<desc>2023：EURUSD 1；2024：EURUSD 无数据</desc>"), zh.svg());
    }

    /** Trial F: "各列合计" over the appeals chart, whose value is the sum of the column groups' totals. */
    @Test
    void aChartOfWholeRowsNamesTheColumnGroupsItAdds() {
        assertEquals("行政复议、行政诉讼合计", Wording.CHINESE.sumOf(java.util.List.of("行政复议", "行政诉讼")));
        assertEquals("sum of phone, counter", Wording.ENGLISH.sumOf(java.util.List.of("phone", "counter")));
        assertEquals("各列合计", Wording.CHINESE.sumOf(java.util.List.of("a", "b", "c", "d")));
    }
}
