package dev.tally.check;

import dev.tally.run.Fixture;
import dev.tally.run.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the result files say of each check: a check that compared nothing is SKIPPED, not PASSED, and is not
 * counted as run (trial G, 1: a template check naming a row the report lacks was listed as passed).
 */
class CheckOutcomesTest {

    @TempDir
    Path project;

    private ReportResult run(String rows, String checks) {
        Fixture.report(project, "r.adoc", """
                = R

                [data#t]
                ----
                columns: [x, y]
                rows:
                %s
                checks:
                %s
                ----
                """.formatted(rows, checks));
        return Fixture.run(project).reports().get(0);
    }

    private static List<String> statuses(ReportResult r) {
        return r.outcomes().stream().map(o -> o.check() + " " + o.status()).toList();
    }

    @Test
    void aCheckWhoseEveryPlaceLacksANumberIsSkipped() {
        ReportResult r = run("  a: [1, 2]\n  b: [oops, n.a.]\n  total: [1, 2]", "  - total = a + b\n  - total = a");
        assertEquals(List.of("total = a + b SKIPPED", "total = a PASSED"), statuses(r));
        assertEquals(1, r.checksRun());
        // the unreadable cells are the errors
        assertEquals(List.of("table.cell-not-number", "table.cell-not-number"), Fixture.codes(r.diagnostics()).stream()
                .filter(c -> c.startsWith("table.")).toList());
    }

    @Test
    void aCheckThatComparedSomePlacesCountsThem() {
        ReportResult r = run("  a: [1, 2]\n  b: [oops, 1]\n  total: [1, 4]", "  - total = a + b");
        // column x is skipped (b unreadable), column y fails: 4 != 3
        assertEquals(List.of("total = a + b FAILED"), statuses(r));
        assertEquals(1, r.outcomes().get(0).failures());
        assertEquals(1, r.checksRun());
    }

    /**
     * Trial H, 2: the national form's 办理结果 holds its own 总计, so naming the group counts the total twice. The
     * group is still the sum of its rows, as the format says; a warning names the total to write.
     */
    @Test
    void aGroupThatHoldsItsOwnTotalIsAWarningWhereItIsNamed() {
        Fixture.report(project, "r.adoc", """
                = R

                In all tally:t.g@n[6] and tally:t.g.合计@n[3].

                [data#t]
                ----
                columns: [n]
                rows:
                  g:
                    a: [1]
                    b: [2]
                    合计: [3]
                checks:
                  - g.合计 = g.a + g.b
                ----

                [checks]
                ----
                - t.g[n] = 6
                ----
                """);
        var printed = Fixture.printed(Fixture.run(project), project);
        assertEquals(List.of(
                "WARNING src/reports/r.adoc:3: tally:t.g@n[6]: g is a group that holds its own total g.合计, so it"
                        + " stands for the sum of all its parts with that total counted again; write g.合计 for the total",
                "WARNING src/reports/r.adoc:19: t.g[n] = 6: g is a group that holds its own total g.合计, so it stands"
                        + " for the sum of all its parts with that total counted again; write g.合计 for the total"),
                printed);
    }

    /** Trial M, 3: 行政诉讼's totals are its two parts', and the total to write adds them; its own total comes first. */
    @Test
    void aGroupWhosePartsHoldTheTotalsIsToldToAddThem() {
        String report = """
                = R

                [data#t]
                ----
                columns: [{行政诉讼: [{未经复议直接起诉: [维持, 纠正, 总计]}, {复议后起诉: [维持, 纠正, 总计]}]}]
                rows:
                  件数: [1, 1, 2, 1, 2, 3]
                ----

                [checks]
                ----
                - t.件数[行政诉讼] = 5
                ----
                """;
        Fixture.report(project, "r.adoc", report);
        assertEquals(List.of("WARNING src/reports/r.adoc:12: t.件数[行政诉讼] = 5: 行政诉讼 is a group whose parts hold their"
                + " own totals, so it stands for the sum of all its parts with those totals counted again; write"
                + " 行政诉讼.未经复议直接起诉.总计 + 行政诉讼.复议后起诉.总计 for the total",
                "ERROR src/reports/r.adoc:12: check failed: t.件数[行政诉讼] = 5: 10 != 5"),
                Fixture.printed(Fixture.run(project), project));

        Fixture.report(project, "r.adoc", report.replace("复议后起诉: [维持, 纠正, 总计]}]", "复议后起诉: [维持, 纠正, 总计]}, 总计]")
                .replace("[1, 1, 2, 1, 2, 3]", "[1, 1, 2, 1, 2, 3, 5]"));
        assertTrue(Fixture.printed(Fixture.run(project), project).get(0).endsWith("holds its own total 行政诉讼.总计, so it"
                + " stands for the sum of all its parts with that total counted again; write 行政诉讼.总计 for the total"));
    }

    /** Trial AC, 3: a values group summed whole that holds its own total counts it twice, as a table's group does. */
    @Test
    void aValuesGroupThatHoldsItsOwnTotalIsAWarningWhereItIsSummed() {
        String report = """
                = R

                Spent tally:spending.by_kind[2040] in all.

                [data#spending]
                ----
                total: 1020
                by_kind:
                  合计: 1020
                  人员: 500
                  其他: 520
                nested:
                  甲: {合计: 3, a: 1, b: 2}
                  乙: {合计: 4, a: 4}
                ----

                [checks]
                ----
                - spending.total = sum(spending.by_kind)
                - spending.total = spending.by_kind.人员 + spending.by_kind.其他
                - sum(spending.nested) = 7
                - spending.by_kind.合计 = spending.total
                ----
                """;
        Fixture.report(project, "r.adoc", report);
        assertEquals(List.of(
                "WARNING src/reports/r.adoc:3: tally:spending.by_kind[2040]: spending.by_kind is a group that holds"
                        + " its own total spending.by_kind.合计, so it stands for the sum of all its parts with that"
                        + " total counted again; write spending.by_kind.合计 for the total",
                "WARNING src/reports/r.adoc:19: spending.total = sum(spending.by_kind): spending.by_kind is a group that"
                        + " holds its own total spending.by_kind.合计, so it stands for the sum of all its parts with"
                        + " that total counted again; write spending.by_kind.合计 for the total",
                "ERROR src/reports/r.adoc:19: check failed: spending.total = sum(spending.by_kind): 1020 != 2040",
                "WARNING src/reports/r.adoc:21: sum(spending.nested) = 7: spending.nested is a group whose parts hold"
                        + " their own totals, so it stands for the sum of all its parts with those totals counted"
                        + " again; write spending.nested.甲.合计 + spending.nested.乙.合计 for the total",
                "ERROR src/reports/r.adoc:21: check failed: sum(spending.nested) = 7: 14 != 7"),
                Fixture.printed(Fixture.run(project), project));
    }

    /** Trial M, 1: text in a values group is left out of its sum, as the format says; text with digits is named. */
    @Test
    void textLeftOutOfAGroupsSumIsNamed() {
        Fixture.report(project, "r.adoc", """
                = R

                共 tally:p.by_kind[7] 条。

                [data#p]
                ----
                total: 7
                by_kind:
                  机构信息: 7
                  政策文件: "8"
                  工作信息: 5条
                  说明: 另含转载
                ----

                [checks]
                ----
                - p.total = sum(p.by_kind)
                ----
                """);
        String left = " adds up only the numbers below it, and text with digits in it is left out: p.by_kind.政策文件 (\"8\"),"
                + " p.by_kind.工作信息 (\"5条\"); write a number without quotes or unit if it is one";
        // trial AT, 14: the value written with its unit is also said at its own line, once
        assertEquals(List.of("WARNING src/reports/r.adoc:3: tally:p.by_kind[7]: p.by_kind" + left,
                "WARNING src/reports/r.adoc:11: p.by_kind.工作信息 is written 5条, a number with its unit, where a figure"
                        + " or a check reads it: write 5 alone (its unit goes in the text beside its figure)",
                "WARNING src/reports/r.adoc:17: p.total = sum(p.by_kind): p.by_kind" + left),
                Fixture.printed(Fixture.run(project), project));
    }

    /**
     * Trial M, 2 and 11: a column keyed "x.y" beside a group x holding y print alike when written with plain dots;
     * written as in checks they differ, so each failure has its line and the counts agree.
     */
    @Test
    void columnsWhoseNamesPrintAlikeWithPlainDotsEachHaveTheirLine() {
        Fixture.report(project, "r.adoc", """
                = R

                [data#w]
                ----
                columns: ["x.y", {x: [y]}, z]
                rows:
                  r: [1, 1, 1]
                  s: [2, 2, 2]
                ----

                [checks]
                ----
                - w.r = w.s
                ----
                """);
        var result = Fixture.run(project);
        var printed = Fixture.printed(result, project);
        assertEquals(List.of(
                "ERROR src/reports/r.adoc:13: check failed in w, column `x.y`: w.r = w.s: 1 != 2",
                "ERROR src/reports/r.adoc:13: check failed in w, column x.y: w.r = w.s: 1 != 2",
                "ERROR src/reports/r.adoc:13: check failed in w, column z: w.r = w.s: 1 != 2"), printed);
        assertEquals(3, result.errors());
    }

    /** Trial M, 7: sum() of one whole row is the row itself, compared column by column: said, once. */
    @Test
    void sumOfOneRowIsWarnedOfOnceAndAGroupIsLeftAlone() {
        Fixture.report(project, "r.adoc", """
                = R

                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r1: [1, 2, 3]
                  g:
                    x: [1, 1, 1]
                    y: [2, 2, 2]
                ----

                [checks]
                ----
                - sum(t.r1) = 6
                - sum(t.g) = 3
                ----
                """);
        List<String> printed = Fixture.printed(Fixture.run(project), project);
        assertEquals("WARNING src/reports/r.adoc:15: sum(t.r1) = 6: sum(t.r1) of one row is that row itself, taken place"
                + " by place as rows and columns add; to total it, name its total or add its cells", printed.get(0));
        assertEquals(4, printed.size(), printed::toString); // and its three failures; the group's check holds
    }

    /**
     * Trial X, 3: every report of a template lists the same checks. A report whose table the template requires
     * is missing (or its YAML unreadable) lists that table's template checks as not run, with the reason.
     */
    @Test
    void aMissingTemplateTableListsItsChecksAsNotRun() throws java.io.IOException {
        String full = java.nio.file.Files.readString(Path.of("examples/src/reports/2024/qingshan.adoc"))
                .replace(":tally-previous: ../2023/qingshan.adoc\n", "");
        int start = full.indexOf(".收到和处理政府信息公开申请情况\n[data#applications]");
        int end = full.indexOf("----\n", full.indexOf("----\n", start) + 5) + 5;
        Fixture.report(project, "full.adoc", full);
        Fixture.report(project, "lacks.adoc", full.substring(0, start) + full.substring(end));
        List<ReportResult> reports = Fixture.run(project).reports();
        ReportResult lacks = reports.get(reports.get(0).file().endsWith("lacks.adoc") ? 0 : 1);
        ReportResult whole = reports.get(reports.get(0).file().endsWith("lacks.adoc") ? 1 : 0);
        java.util.function.Function<ReportResult, List<String>> checks = r -> r.outcomes().stream()
                .filter(o -> !o.check().startsWith("tally:")).map(o -> o.scope() + " " + o.check()).sorted().toList();
        assertEquals(checks.apply(whole), checks.apply(lacks));
        List<String> notRun = lacks.outcomes().stream().filter(o -> "applications".equals(o.scope()))
                .map(o -> o.status() + " " + o.reason()).distinct().toList();
        assertEquals(List.of("SKIPPED skip.report-lacks"), notRun);
        long applicationChecks = lacks.outcomes().stream().filter(o -> "applications".equals(o.scope())).count();
        assertTrue(applicationChecks >= 3, () -> String.valueOf(applicationChecks));
        assertTrue(lacks.diagnostics().stream().anyMatch(d -> d.code().equals("check.template-skipped")
                && Long.parseLong(d.args().get(0)) >= applicationChecks), () -> lacks.diagnostics().toString());
    }

    /**
     * Trial W, 8: a block id with a hyphen, written without backquotes, is said to need them, in a check and in a
     * figure, not read as a subtraction whose parts are then wrong.
     */
    @Test
    void aHyphenatedIdWithoutBackquotesIsSaidToNeedThem() {
        Fixture.report(project, "r.adoc", """
                = R

                Revenue tally:fin-table.revenue@actual[1200] and tally:`fin-table`.revenue@actual[1200].

                [data#fin-table]
                ----
                columns: [actual]
                rows:
                  revenue: [1200]
                ----

                [data#fin]
                ----
                revenue: 1200
                ----

                [checks]
                ----
                - fin-table.revenue[actual] = fin.revenue
                - "`fin-table`.revenue[actual] = fin.revenue"
                ----
                """);
        ReportResult r = Fixture.run(project).reports().get(0);
        List<String> codes = Fixture.codes(r.diagnostics());
        assertTrue(codes.contains("check.id-needs-quotes") && codes.contains("figure.id-needs-quotes"), codes::toString);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("check.group-not-number")
                || d.code().equals("figure.invalid")), r.diagnostics()::toString);
        // the backquoted ones are checked as ever
        assertEquals(List.of("`fin-table`.revenue[actual] = fin.revenue PASSED"), r.outcomes().stream()
                .filter(o -> o.check().startsWith("`")).map(o -> o.check() + " " + o.status()).toList());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("check.id-needs-quotes")
                && d.message().contains("`fin-table`")), r.diagnostics()::toString);
    }
}
