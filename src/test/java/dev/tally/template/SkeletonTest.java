package dev.tally.template;

import dev.tally.diagnostic.Location;
import dev.tally.model.Report;
import dev.tally.model.Template;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The title {@code tally:init} gives a new report. */
class SkeletonTest {

    private static final Location AT = new Location(Path.of("t.yaml"), 1);

    private static Template template(String reportTitle) {
        return new Template("t", "T", AT, Map.of(), Map.of(), List.of(), List.of(), List.of(), reportTitle);
    }

    private static Report previous(String title, String year) {
        return new Report(Path.of("r.adoc"), title, Map.of("tally-year", new Report.Attribute(year, AT)), List.of(),
                Map.of(), List.of(), List.of(), List.of());
    }

    @Test
    void lastYearsTitleWithTheYearChangedKeepsTheAgencysName() {
        assertEquals("青山镇2025年政府信息公开工作年度报告", Skeleton.title(template("（机关名称）{year}年政府信息公开工作年度报告"),
                "2025", previous("青山镇2024年政府信息公开工作年度报告", "2024")));
    }

    /** Trial E, F9: a quarter after a quarter got the previous quarter's title, so two reports shared it. */
    @Test
    void aReportOfTheSameYearTakesTheTemplatesTitleNotLastPeriodsAsItIs() {
        assertEquals("Ops Report 2024", Skeleton.title(template("Ops Report {year}"), "2024",
                previous("Ops Report 2024 Q2", "2024")));
        assertEquals("2024 T", Skeleton.title(template(null), "2024", previous("Ops Report 2024 Q2", "2024")));
        assertEquals("2025 T", Skeleton.title(template(null), "2025", previous("Ops Report", "2024")));
    }

    /** Trial G, 5: a quarter is a period too; its label replaces last quarter's in the title. */
    @Test
    void aQuarterLabelIsAPeriod() {
        assertEquals("Ops Report 2024-Q4", Skeleton.title(template("Ops Report {year}"), "2024-Q4",
                previous("Ops Report 2024-Q3", "2024-Q3")));
        assertEquals("Ops Report 2024-Q4", Skeleton.title(template("Ops Report {year}"), "2024-Q4",
                new Report(Path.of("r.adoc"), "Ops Report", Map.of(), List.of(), Map.of(), List.of(), List.of(),
                        List.of())));
        String text = Skeleton.write(template("Ops Report {year}"), "t", "2024-Q4", null, null).text();
        assertTrue(text.contains("\n:tally-year: 2024-Q4\n"), text);
    }

    /** Trial AD, 8: a required value the template carries takes last period's number; the others start at 0. */
    @Test
    void aCarriedValueTakesLastPeriodsNumber() {
        Template.ValuesSpec sites = new Template.ValuesSpec("sites", null, AT, List.of(dev.tally.model.KeyPath.of("active"),
                dev.tally.model.KeyPath.of("opened")));
        Template t = new Template("t", "T", AT, Map.of(), Map.of("sites", sites), List.of(), List.of(),
                List.of(new Template.Carry("sites.active", List.of("sites.active"), AT, List.of(AT))), "Ops {year}");
        dev.tally.model.Values last = new dev.tally.model.Values("sites", null, AT, new dev.tally.model.Values.Group(
                Map.of("active", new dev.tally.model.Values.Number(new java.math.BigDecimal("49"), AT),
                        "opened", new dev.tally.model.Values.Number(new java.math.BigDecimal("2"), AT)), AT));
        Report previous = new Report(Path.of("q4.adoc"), "Ops 2025-Q4", Map.of("tally-year", new Report.Attribute(
                "2025-Q4", AT)), List.of(), Map.of("sites", last), List.of(), List.of(), List.of());
        Skeleton.Result r = Skeleton.write(t, "t", "2026-Q1", previous, "../2025/q4.adoc");
        assertTrue(r.text().contains("[data#sites]\n----\nactive: 49\nopened: 0\n----\n"), r.text());
        assertEquals(List.of(), r.notCarried());
    }

    /** Trial AE, 7: a row's cells stand by position; a comment names them, in the template's language. */
    @Test
    void eachTableSaysWhichCellIsWhich() {
        Template national = Templates.builtIn("gov-info-disclosure-2021", new dev.tally.diagnostic.Diagnostics());
        String text = Skeleton.write(national, "gov-info-disclosure-2021", "2025", null, null).text();
        assertTrue(text.contains("[data#applications]\n----\nrows:\n  # 每行各格依次为：自然人、法人或其他组织.商业企业、"
                + "法人或其他组织.科研机构、法人或其他组织.社会公益组织、法人或其他组织.法律服务机构、法人或其他组织.其他、总计\n"), text);
        assertTrue(text.contains("[data#fees]\n----\nrows:\n  行政事业性收费: [0]\n"), "one column: nothing to say\n" + text);
    }

    /** Trial F, 9: the comments of a Chinese report were English. */
    @Test
    void theCommentsAreInTheTemplatesLanguage() {
        String en = Skeleton.write(template("Ops Report {year}"), "t", "2024", null, null).text();
        assertTrue(en.contains("\n// Written by tally:init from template t. Every number starts at 0.\n"), en);
        String zh = Skeleton.write(template("（机关名称）{year}年报告"), "t", "2024", null, null).text();
        assertTrue(zh.contains("\n// 由 tally:init 按模板 t 生成。各表的数字初始均为 0。\n"), zh);
    }
}
