package dev.tally.template;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.KeyPath;
import dev.tally.model.Template;
import dev.tally.run.Fixture;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {

    @TempDir
    Path project;

    private static List<String> texts(Diagnostics d) {
        return d.list().stream().map(x -> x.code() + " " + x.location() + " " + x.message()).toList();
    }

    @Test
    void theBuiltInTemplateLoadsWithoutDiagnostics() {
        Diagnostics d = new Diagnostics();
        Template t = Templates.builtIn("gov-info-disclosure-2021", d);
        assertEquals(List.of(), texts(d));
        assertNotNull(t);
        assertEquals(List.of("regulations", "licensing", "enforcement", "fees", "applications", "appeals"),
                List.copyOf(t.tables().keySet()));
        assertEquals(6, t.sections().size());
        assertEquals("一、总体情况", t.sections().get(0).title());
        Template.TableSpec apps = t.tables().get("applications");
        assertEquals(7, apps.columns().leaves().size());
        assertEquals(25, apps.rows().leaves().size());
        assertEquals(15, t.tables().get("appeals").columns().leaves().size());
        assertNotNull(t.tables().get("appeals").columns().find(KeyPath.of("行政诉讼", "复议后起诉", "总计")));
        assertTrue(t.checks().stream().anyMatch(c -> c.text().equals(
                "applications.上年结转 = previous.applications.结转下年度")), t.checks()::toString);
        assertTrue(t.checks().stream().allMatch(c -> c.fromTemplate()));
    }

    @Test
    void everyListedBuiltInTemplateLoads() {
        for (String name : Templates.BUILT_IN) {
            Diagnostics d = new Diagnostics();
            Template t = Templates.builtIn(name, d);
            assertEquals(List.of(), texts(d), name);
            assertNotNull(t, name);
        }
    }

    @Test
    void theBuiltInTemplateCanBeNamedFromAReport() {
        Path report = Fixture.report(project, "r.adoc", ":tally-template: gov-info-disclosure-2021\n");
        Diagnostics d = new Diagnostics();
        Template t = new Templates(project).find("gov-info-disclosure-2021", report, new Location(report, 1), d);
        assertNotNull(t);
        assertEquals(0, d.size());
    }

    // ---- template files

    private static final String GOOD_TEMPLATE = """
            name: mine
            title: Mine
            sections:
              - 一、总体情况（概述）
              - title: 二、数据
                aliases: [二、统计数据]
              - 三、其他
            tables:
              t:
                title: 表一
                columns: [a, {g: [b, c]}, total]
                rows: [x, {grp: [y, z]}]
                labels:
                  a: 甲
                checks:
                  - total = a + g
            values:
              v:
                required: [total, by.kind]
            checks:
              - v.total = sum(v.by)
            """;

    private Template load(String yaml, Diagnostics d) {
        Path file = Fixture.write(project.resolve("templates/t.yaml"), yaml);
        return TemplateLoader.load("templates/t.yaml", file, dev.tally.read.TextFile.split(yaml, file), d);
    }

    @Test
    void aGoodTemplateFileLoads() {
        Diagnostics d = new Diagnostics();
        Template t = load(GOOD_TEMPLATE, d);
        assertEquals(List.of(), texts(d));
        assertNotNull(t);
        assertEquals(List.of("二、统计数据"), t.sections().get(1).aliases());
    }

    /** Trial G, 7: a row written twice hid the template's other problems until it was fixed. */
    @Test
    void aRowWrittenTwiceDoesNotHideTheTemplatesOtherProblems() {
        String yaml = GOOD_TEMPLATE.replace("rows: [x, {grp: [y, z]}]", "rows: [x, x, {grp: [y, z]}]")
                .replace("      a: 甲", "      q: 甲").replace("- total = a + g", "- total = a + nothing");
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        assertEquals(List.of("table.header-duplicate", "template.label-unknown", "check.unknown-name"),
                d.list().stream().map(Diagnostic::code).toList(), () -> texts(d).toString());
    }

    /** Trial G, 7: a carry's unknown target was reported at its from: line. */
    @Test
    void aCarrysUnknownTargetIsReportedAtItsOwnLine() {
        String yaml = GOOD_TEMPLATE + "carry:\n  - from: t.total\n    to:\n      - t.a\n      - t.nowhere\n";
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        assertEquals(List.of("template.carry-unknown"), d.list().stream().map(Diagnostic::code).toList(),
                () -> texts(d).toString());
        assertEquals((int) GOOD_TEMPLATE.lines().count() + 5, d.list().get(0).location().line());
    }

    /**
     * Trial AD, 8: a required value may be carried (a running figure kept as a value); a carry from a value to a row,
     * or from a row to a column, is said at its target, where tally:init would have dropped it without a word.
     */
    @Test
    void aCarryTakesAValueToAValueAndALineToALineOfItsKind() {
        Diagnostics fine = new Diagnostics();
        assertNotNull(load(GOOD_TEMPLATE + "carry:\n  - from: v.total\n    to: v.total\n  - from: t.x\n    to: t.grp.y\n",
                fine), () -> texts(fine).toString());
        String yaml = GOOD_TEMPLATE + "carry:\n  - from: v.total\n    to: [t.x]\n  - from: t.x\n    to: [t.a]\n"
                + "  - from: v.nothing\n    to: v.total\n";
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        int end = (int) GOOD_TEMPLATE.lines().count();
        assertEquals(List.of("templates/t.yaml:" + (end + 3) + ": carry takes v.total, a value, to t.x, a row: a row "
                        + "goes to a row, a column to a column, a value to a value",
                "templates/t.yaml:" + (end + 5) + ": carry takes t.x, a row, to t.a, a column: a row goes to a row, "
                        + "a column to a column, a value to a value",
                "templates/t.yaml:" + (end + 6) + ": carry names v.nothing, which is neither a leaf row or column of a "
                        + "table nor a required value of a values block of the template"),
                d.list().stream().map(x -> "templates/t.yaml:" + x.location().line() + ": " + x.message(java.util.Locale.ROOT))
                        .toList());
    }

    /** Trial G, 7: a check with a misspelt field was dropped, and with it the report of its unknown name. */
    @Test
    void aCheckWithAMisspeltFieldIsStillValidated() {
        String yaml = GOOD_TEMPLATE.replace("      - total = a + g", "      - check: total = a + nothing\n        mesage: x");
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        assertEquals(List.of("check.unknown-field", "check.unknown-name"), d.list().stream().map(Diagnostic::code).toList(),
                () -> texts(d).toString());
    }

    @Test
    void aTemplateCheckNamingNothingPointsIntoTheTemplateFile() {
        String yaml = GOOD_TEMPLATE.replace("- total = a + g", "- total = a + nothing");
        Diagnostics d = new Diagnostics();
        Template t = load(yaml, d);
        assertNull(t, () -> "loaded despite " + texts(d));
        Diagnostic first = d.list().get(0);
        assertEquals(project.resolve("templates/t.yaml"), first.location().file());
        assertEquals(16, first.location().line());
        assertTrue(first.message().contains("nothing"), first.message());
    }

    @Test
    void aTemplateDocumentCheckNamingNothingPointsIntoTheTemplateFile() {
        String yaml = GOOD_TEMPLATE.replace("- v.total = sum(v.by)", "- v.total = sum(v.missing)");
        Diagnostics d = new Diagnostics();
        Template t = load(yaml, d);
        assertNull(t, () -> "loaded despite " + texts(d));
        Diagnostic first = d.list().get(0);
        assertEquals(project.resolve("templates/t.yaml"), first.location().file());
        assertEquals(21, first.location().line());
    }

    @Test
    void aTemplateCheckWithASyntaxErrorPointsIntoTheTemplateFile() {
        String yaml = GOOD_TEMPLATE.replace("- total = a + g", "- total = a + * g");
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        Diagnostic first = d.list().get(0);
        assertEquals("check.invalid", first.code());
        assertEquals(new Location(project.resolve("templates/t.yaml"), 16), first.location());
    }

    @Test
    void aTemplateWithUnknownKeysOrALabelForNothingIsRejected() {
        Diagnostics d = new Diagnostics();
        assertNull(load(GOOD_TEMPLATE.replace("      a: 甲", "      q: 甲"), d));
        assertEquals("template.label-unknown", d.list().get(0).code());
        assertEquals(14, d.list().get(0).location().line());
        Diagnostics d2 = new Diagnostics();
        assertNull(load(GOOD_TEMPLATE + "extra: 1\n", d2));
        assertEquals("template.unknown-key", d2.list().get(0).code());
    }

    @Test
    void everyProblemOfATemplateIsReportedAtOnceItsChecksToo() {
        String yaml = GOOD_TEMPLATE.replace("      a: 甲", "      q: 甲").replace("- total = a + g", "- total = a + nothing")
                .replace("- v.total = sum(v.by)", "- v.total = sum(v.missing)") + "extra: 1\n";
        Diagnostics d = new Diagnostics();
        assertNull(load(yaml, d));
        // the label, the two checks that name nothing, the unknown key: by line
        assertEquals(List.of(14, 16, 21, 22), d.list().stream().map(x -> x.location().line()).sorted().toList(),
                texts(d)::toString);
        assertEquals(java.util.Set.of("template.label-unknown", "check.unknown-name", "check.unknown-key",
                "template.unknown-key"), d.list().stream().map(Diagnostic::code).collect(java.util.stream.Collectors.toSet()));
    }

    private static final String REPORT_HEAD = "= R\n:tally-template: ../../templates/t.yaml\n\n";

    private static final String REPORT_BLOCKS = """
            [data#t]
            ----
            rows:
              x: [1, 1, 1, 3]
              grp:
                y: [0, 0, 0, 0]
                z: [1, 0, 0, 1]
            ----

            [data#v]
            ----
            total: 2
            by:
              kind: 2
            ----
            """;

    private RunResult runWithTemplate(String report) {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE);
        Fixture.report(project, "r.adoc", report);
        return Fixture.run(project);
    }

    /**
     * A table that takes its columns from a template that could not be loaded cannot be read: the report's own
     * checks and figures on it are skipped too, and a note says which tables, at the report's template line.
     */
    @Test
    void aBrokenTemplateSaysWhichOfTheReportsTablesWentUnchecked() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE.replace("      a: 甲", "      q: 甲"));
        Fixture.report(project, "r.adoc", REPORT_HEAD + "We had tally:t.x@a[2] items.\n\n" + REPORT_BLOCKS
                + "\n[checks]\n----\n- t.x[a] = 5\n- v.total = 3\n----\n");
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertTrue(printed.contains("NOTE src/reports/r.adoc:2: the report's checks and figures on t were not run"
                + " either: these tables take their columns from the template"), printed::toString);
        // the values block needs no template to be read: its check runs and fails
        assertTrue(printed.stream().anyMatch(p -> p.startsWith("ERROR src/reports/r.adoc:") && p.contains("v.total = 3")),
                printed::toString);
        // that note is what they cost: not counted again as data that could not be read; each says why it did not run
        assertTrue(printed.stream().noneMatch(p -> p.contains("could not be read")), printed::toString);
        assertEquals(List.of("skip.template-failed", "skip.template-failed"), result.reports().get(0).outcomes()
                .stream().map(o -> o.reason()).filter(java.util.Objects::nonNull).toList());
    }

    /** The next period's checks on the previous report's tables say it was the template, not its data. */
    @Test
    void aBrokenTemplateIsNamedAsWhyTheNextPeriodsChecksOnThePreviousDidNotRun() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE.replace("      a: 甲", "      q: 甲"));
        Fixture.report(project, "2024/r.adoc", REPORT_HEAD.replace("../../", "../../../") + REPORT_BLOCKS);
        Fixture.report(project, "2025/r.adoc", REPORT_HEAD.replace("../../", "../../../")
                .replace("\n\n", "\n:tally-previous: ../2024/r.adoc\n\n") + REPORT_BLOCKS
                + "\n[checks]\n----\n- previous.t.x[a] >= 0\n----\n");
        List<String> printed = Fixture.printed(Fixture.run(project), project);
        assertTrue(printed.contains("NOTE src/reports/2025/r.adoc: checks on the previous report (previous.) were skipped (1): the "
                + "tables they use in the previous report ../2024/r.adoc take their columns from its template, which "
                + "could not be loaded (see the template's errors)"), printed::toString);
    }

    /**
     * Trial AS, 2: last year's table has a column more than the template's (a report of no template): the template's
     * check against it cannot run, and that is a warning where it applies, naming what does not line up, not a
     * note that the report lacks a table it has.
     */
    @Test
    void aTemplateCheckAgainstLastYearsTableOfAnotherShapeIsAWarning() {
        Fixture.write(project.resolve("templates/stock.yaml"), """
                name: stock
                tables:
                  stock:
                    columns: [件数, 金额]
                    rows: [年初数, 年末数]
                checks:
                  - stock.年初数 = previous.stock.年末数
                """);
        Fixture.report(project, "2023/r.adoc", "= 2023年报告\n\n[data#stock]\n----\ncolumns: [件数, 金额, 备注数]\nrows:\n"
                + "  年初数: [1, 10, 0]\n  年末数: [2, 20, 0]\n----\n");
        Fixture.report(project, "2024/r.adoc", "= 2024年报告\n:tally-template: ../../../templates/stock.yaml\n"
                + ":tally-previous: ../2023/r.adoc\n\n[data#stock]\n----\nrows:\n  年初数: [5, 50]\n  年末数: [5, 50]\n----\n");
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertTrue(printed.contains("WARNING src/reports/2024/r.adoc:8: the template's check stock.年初数 = previous.stock.年末数 was"
                + " not run: last year's table previous.stock and this year's stock do not line up (only last year's has:"
                + " 备注数; only this year's has: —): compare them by hand, or bring last year's table in line with the"
                + " template"), printed::toString);
        assertTrue(printed.stream().noneMatch(p -> p.contains("the report lacks") || p.contains("were not run (")),
                printed::toString);
    }

    /** Trial AT, 12: a table pasted as lines of cells between | marks is named where it stands, as the missing table. */
    @Test
    void aTablePastedAsTextIsNamedWhereItStands() {
        String text = ":tally-template: gov-info-disclosure-2021\n\n== 三、收到和处理政府信息公开申请情况\n\n本年收到申请。\n\n"
                + "自然人 | 法人或其他组织 | 总计 |\n一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 7 |\n"
                + "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 1 |\n\n== 四、政府信息公开行政复议、行政诉讼情况\n";
        Fixture.report(project, "r.adoc", text);
        List<String> errors = Fixture.errors(Fixture.run(project), project);
        assertTrue(errors.contains("src/reports/r.adoc:8: missing table applications (收到和处理政府信息公开申请情况) in section"
                + " 三、收到和处理政府信息公开申请情况, which template gov-info-disclosure-2021 requires: lines 8 to 9 hold it as"
                + " text between | marks, which nothing checks: write it as the data block [data#applications] (tally:init"
                + " writes one to copy)"), errors::toString);
        // one line of cells is no table pasted: the table is missing, said at its heading
        Fixture.report(project, "r.adoc", text.replace("二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 1 |\n", ""));
        assertTrue(Fixture.errors(Fixture.run(project), project).stream()
                .anyMatch(e -> e.startsWith("src/reports/r.adoc:3: missing table applications")), errors::toString);
    }

    @Test
    void aReportFollowingATemplateFileIsChecked() {
        RunResult result = runWithTemplate(REPORT_HEAD + """
                == 一、总体情况(概述)
                == 二、统计数据
                == 多出来的一节
                == 三、其他
                """ + REPORT_BLOCKS);
        assertEquals(List.of(), Fixture.printed(result, project));
        assertTrue(result.checksRun() >= 2);
    }

    /** Trial AT, 7: a misspelt row in a group is one error at the typo, naming the row meant, not a missing row too. */
    @Test
    void aMisspeltRowInAGroupIsOneErrorAtItsLine() {
        String report = REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("    y: [0, 0, 0, 0]", "    yy: [0, 0, 0, 0]");
        RunResult result = runWithTemplate(report);
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(report, "yy:")
                + ": table t: row grp.yy is not in the template: did you mean y?"), Fixture.errors(result, project));
    }

    /** Trial G, 13: a values block without a title of its own takes the template's, as a table does. */
    @Test
    void aBlockWithoutATitleTakesTheTemplates() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE.replace("    required: [total, by.kind]",
                "    title: 分类统计\n    required: [total, by.kind]"));
        Fixture.report(project, "r.adoc", REPORT_HEAD + REPORT_BLOCKS);
        RunResult result = Fixture.run(project);
        var report = result.reports().get(0).report();
        assertEquals("分类统计", report.block("v").title());
        assertEquals("表一", report.block("t").title());
    }

    @Test
    void theTemplatesChecksRunOnTheReport() {
        RunResult result = runWithTemplate(REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("x: [1, 1, 1, 3]", "x: [1, 1, 1, 4]").replace("kind: 2", "kind: 3"));
        List<String> errors = Fixture.errors(result, project);
        assertEquals(2, errors.size(), errors::toString);
        // shown at the report's data, where the check's text is not: the line says where it is written (trial M, 17)
        assertTrue(errors.get(0).endsWith("row x: total = a + g: 4 != 3 (template templates/t.yaml)"), errors.get(0));
        assertTrue(errors.get(1).endsWith("v.total = sum(v.by): 2 != 3 (template templates/t.yaml)"), errors.get(1));
    }

    /**
     * Trial AD, 5: a report that lacks a row of its template is one error; the template's checks that name the row
     * are counted with the template's checks not run, and the report's own check on it is not run for it either,
     * each with that reason in the results, not "none of the places has a number".
     */
    @Test
    void checksOfARowTheReportLacksAreNotRunForThatReason() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE.replace("      - total = a + g\n",
                "      - total = a + g\n      - x >= grp.y\n"));
        Fixture.report(project, "r.adoc", REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("  x: [1, 1, 1, 3]\n", "") + "\n[checks]\n----\n- t.x[a] = 1\n----\n");
        RunResult result = Fixture.run(project);
        assertEquals(List.of("NOTE src/reports/r.adoc: the template's checks that name a table, row or column the "
                        + "report lacks were not run (1): the report's errors say what is missing",
                "ERROR src/reports/r.adoc:10: table t: missing row x",
                "NOTE src/reports/r.adoc:24: checks and figures not run (1), the first here: data of this report that "
                        + "they use could not be read or is missing (see the report's errors)"),
                Fixture.printed(result, project));
        assertEquals(List.of("x >= grp.y: skip.report-lacks", "t.x[a] = 1: skip.report-lacks"),
                result.reports().get(0).outcomes().stream().filter(o -> o.reason() != null)
                        .map(o -> o.check() + ": " + o.reason()).toList());
    }

    /** Trial AD, 1: a template's check that compares one amount in two scales says where it is written. */
    @Test
    void aTemplatesCheckOfTwoScalesOfOneUnitSaysItIsTheTemplates() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE
                .replace("    title: 表一\n", "    title: 表一\n    unit: 万元\n")
                .replace("values:\n", "  u:\n    unit: 元\n    columns: [n]\n    rows: [x]\nvalues:\n")
                .replace("  - v.total = sum(v.by)\n", "  - v.total = sum(v.by)\n  - t.x[total] <= u.x[n]\n"));
        Fixture.report(project, "r.adoc", REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n" + REPORT_BLOCKS
                + "\n[data#u]\n----\nrows:\n  x: [30000]\n----\n");
        List<String> printed = Fixture.printed(Fixture.run(project), project);
        assertEquals(1, printed.size(), printed::toString);
        assertTrue(printed.get(0).startsWith("WARNING src/reports/r.adoc:"), printed.get(0));
        assertTrue(printed.get(0).endsWith("t.x[total] <= u.x[n]: adds or compares figures of different units, t.x[total] "
                + "in 万元 and u.x[n] in 元: the numbers are taken as written, not converted (template templates/t.yaml)"),
                printed.get(0));
    }

    /**
     * Trial U, 4: text with digits in a template's sum is each report's own problem: warned at that report's text,
     * once per report, not at the template's check; a required value written as text is an error at its line.
     */
    @Test
    void aTemplatesCheckWarnsOfEachReportsTextAtThatText() {
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE);
        String text = REPORT_HEAD + REPORT_BLOCKS.replace("  kind: 2", "  kind: 2\n  other: 52 complaints");
        Fixture.report(project, "a.adoc", text);
        Fixture.report(project, "b/b.adoc", text.replace("../../templates", "../../../templates")
                .replace("kind: 2", "kind: 2件"));
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project).stream()
                .filter(p -> p.contains("adds up only the numbers") || p.contains("which its template requires")).toList();
        int other = Fixture.lineOf(text, "other: 52");
        int kind = Fixture.lineOf(text, "kind: 2");
        assertEquals(List.of(
                "WARNING src/reports/a.adoc:" + other + ": v.total = sum(v.by): v.by adds up only the numbers below it,"
                        + " and text with digits in it is left out: v.by.other (\"52 complaints\")",
                "ERROR src/reports/b/b.adoc:" + kind + ": values block v has no number by.kind, which its template requires",
                "WARNING src/reports/b/b.adoc:" + kind + ": v.total = sum(v.by): v.by adds up only the numbers below it,"
                        + " and text with digits in it is left out: v.by.kind (\"2件\")"), // the rest cut off here
                printed.stream().map(p -> p.replaceAll("(left out: .*?\\)).*", "$1")).toList());
    }

    /**
     * Trial K, 1, 2 and 4: a table standing in another section than the template's, a template label the report
     * changes, and a section written twice are warned of (the format lets a report add sections and labels; the
     * form's own wording and places are kept in view).
     */
    @Test
    void aMovedTableAChangedLabelAndARepeatedSectionAreWarnedOf() {
        assertTrue(GOOD_TEMPLATE.contains("    title: 表一\n"));
        Fixture.write(project.resolve("templates/t.yaml"),
                GOOD_TEMPLATE.replace("    title: 表一\n", "    title: 表一\n    section: 二、数据\n"));
        String report = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、统计数据\n\n== 三、其他\n\n"
                + REPORT_BLOCKS.replace("    z: [1, 0, 0, 1]\n", "    z: [1, 0, 0, 1]\nlabels:\n  a: 乙\n  b: 乙二\n  x: x\n")
                + "\n== 二、数据\n";
        Fixture.report(project, "r.adoc", report);
        RunResult result = Fixture.run(project);
        assertEquals(List.of(), Fixture.errors(result, project));
        List<String> warnings = Fixture.printed(result, project).stream().filter(l -> l.startsWith("WARNING")).toList();
        assertEquals(List.of(
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(report, "[data#t]") + ": table t stands in section 三、其他; "
                        + "the template puts it in section 二、数据",
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(report, "a: 乙") + ": table t: the template's label of a is 甲; "
                        + "this report shows 乙 instead",
                // a column the template labels by its key is relabelled too (trial R, 1), each at its own line (R, 5)
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(report, "b: 乙二") + ": table t: the template's label of b is b; "
                        + "this report shows 乙二 instead",
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(report, "== 二、数据") + ": section 二、数据 appears again (first at "
                        + "line " + Fixture.lineOf(report, "== 二、统计数据") + "); the template's sections come once each"),
                warnings);
    }

    /**
     * Trial AO, 9: a report from tally:init not filled in is no consistent report: each section that holds only
     * init's placeholder comment is a warning at its heading. Filled in, or empty as published (no placeholder),
     * nothing.
     */
    @Test
    void aSectionLeftAsTallyInitWroteItIsWarnedOf() {
        Template national = Templates.builtIn("gov-info-disclosure-2021", new Diagnostics());
        String skeleton = Skeleton.write(national, "gov-info-disclosure-2021", "2025", null, null).text();
        Fixture.report(project, "r.adoc", skeleton);
        List<String> warnings = Fixture.printed(Fixture.run(project), project).stream()
                .filter(l -> l.startsWith("WARNING")).toList();
        assertEquals(List.of(
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(skeleton, "== 一、总体情况") + ": section 一、总体情况 is empty: "
                        + "nothing under its heading but tally:init's placeholder comment; write its text, and delete the comment",
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(skeleton, "== 五、") + ": section 五、存在的主要问题及改进情况 is "
                        + "empty: nothing under its heading but tally:init's placeholder comment; write its text, and delete the "
                        + "comment",
                "WARNING src/reports/r.adoc:" + Fixture.lineOf(skeleton, "== 六、") + ": section 六、其他需要报告的事项 is empty: "
                        + "nothing under its heading but tally:init's placeholder comment; write its text, and delete the comment"),
                warnings.stream().filter(l -> l.contains("is empty")).toList());
        Fixture.report(project, "r.adoc", skeleton.replace("// 本节正文。", "本年度……"));
        assertEquals(List.of(), Fixture.printed(Fixture.run(project), project).stream()
                .filter(l -> l.contains("is empty")).toList());
        Fixture.report(project, "r.adoc", skeleton.replace("// 本节正文。", ""));
        assertEquals(List.of(), Fixture.printed(Fixture.run(project), project).stream()
                .filter(l -> l.contains("is empty")).toList(), "empty as published: said by what it lacks, if anything");
    }

    /**
     * Trial AQ, 6: a template is a .yaml file in no hidden folder: a report naming .git/config, .env or a key file
     * gets one error, and the log tells nothing of that file.
     */
    @Test
    void onlyAYamlFileThatIsNotHiddenIsATemplate() {
        Fixture.write(project.resolve(".git/config"), "[core]\n  token = SECRET\n");
        Fixture.write(project.resolve("ci/key.json"), "{\"private_key_id\": \"SECRET\"}\n");
        Fixture.write(project.resolve(".hidden/t.yaml"), "token: SECRET\n");
        for (String name : List.of("../../.git/config", "../../ci/key.json", "../../.hidden/t.yaml")) {
            Fixture.report(project, "r.adoc", "= R\n:tally-template: " + name + "\n");
            List<String> printed = Fixture.printed(Fixture.run(project), project);
            assertEquals(List.of("ERROR src/reports/r.adoc:2: template file " + name + " is no template file: a template "
                    + "is a .yaml (or .yml) file, in no hidden folder and not hidden itself"), printed, name);
        }
    }

    /** Trial AN, 13: a template file name a letter off one beside it is told the name meant. */
    @Test
    void aMisspeltTemplateFileIsToldTheNameMeant() {
        Fixture.write(project.resolve("templates/hospital-quarterly.yaml"), GOOD_TEMPLATE);
        Fixture.report(project, "r.adoc", "= R\n:tally-template: ../../templates/hospital-quartely.yaml\n");
        assertEquals(List.of("src/reports/r.adoc:2: template file not found: ../../templates/hospital-quartely.yaml "
                + "(that is templates/hospital-quartely.yaml); did you mean ../../templates/hospital-quarterly.yaml?"),
                Fixture.errors(Fixture.run(project), project));
        // nothing near: as before
        Fixture.report(project, "r.adoc", "= R\n:tally-template: ../../templates/other.yaml\n");
        assertEquals(List.of("src/reports/r.adoc:2: template file not found: ../../templates/other.yaml "
                + "(that is templates/other.yaml)"), Fixture.errors(Fixture.run(project), project));
    }

    /**
     * Trial AN, 4: a values block the template places in a section (section:) is written there by tally:init, and a
     * report that has it in another section is warned of, as for a table; a section the template does not list is an
     * error of the template.
     */
    @Test
    void aValuesBlockTheTemplatePlacesIsWrittenThereAndKeptThere() {
        String placed = GOOD_TEMPLATE.replace("  v:\n    required:", "  v:\n    section: 三、其他\n    required:");
        Diagnostics d = new Diagnostics();
        Template t = load(placed, d);
        assertEquals(List.of(), texts(d));
        String text = Skeleton.write(t, "t", "2025", null, null).text();
        assertTrue(text.indexOf("[data#v]") > text.indexOf("== 三、其他"), text);
        // without section:, in the first section, as before
        String first = Skeleton.write(load(GOOD_TEMPLATE, new Diagnostics()), "t", "2025", null, null).text();
        assertTrue(first.indexOf("[data#v]") < first.indexOf("== 二、数据"), first);

        Fixture.write(project.resolve("templates/t.yaml"), placed);
        String report = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、数据\n\n" + REPORT_BLOCKS + "\n== 三、其他\n";
        Fixture.report(project, "r.adoc", report);
        RunResult result = Fixture.run(project);
        assertEquals(List.of("WARNING src/reports/r.adoc:" + Fixture.lineOf(report, "[data#v]") + ": values block v "
                + "stands in section 二、数据; the template puts it in section 三、其他"),
                Fixture.printed(result, project).stream().filter(l -> l.startsWith("WARNING")).toList());

        Diagnostics unknown = new Diagnostics();
        load(placed.replace("section: 三、其他", "section: 四、无此章"), unknown);
        assertEquals(List.of("values block v is placed in section 四、无此章, which the template does not list"),
                unknown.list().stream().map(Diagnostic::message).toList());
    }

    /**
     * Trial AJ, 8: a table of the national form moved after another of its section, （六） after （八）, is a note at
     * it: the page would show the tables in another order than the form's. In the form's order, nothing.
     */
    @Test
    void aTableAfterOneTheTemplatePutsAfterItIsANote() throws java.io.IOException {
        String full = java.nio.file.Files.readString(java.nio.file.Path.of("examples/src/reports/2024/qingshan.adoc"))
                .replace(":tally-previous: ../2023/qingshan.adoc\n", "").replaceAll("include::[^\n]*\n", "");
        String enforcement = full.substring(full.indexOf(".第二十条第（六）项\n"), full.indexOf(".第二十条第（八）项\n"));
        int fees = full.indexOf(".第二十条第（八）项\n");
        int feesEnd = full.indexOf("----\n", full.indexOf("----\n", fees) + 5) + 5;
        String moved = full.replace(enforcement, "");
        moved = moved.replace(full.substring(fees, feesEnd), full.substring(fees, feesEnd) + "\n" + enforcement);
        assertTrue(Fixture.runOne(project, full).stream().noneMatch(l -> l.contains("stands after")));
        List<String> printed = Fixture.runOne(project, moved);
        assertTrue(printed.contains("NOTE src/reports/r.adoc:" + Fixture.lineOf(moved, "[data#enforcement]")
                + ": table enforcement stands after table fees of the same section; the template puts it before"),
                printed::toString);
        assertTrue(printed.stream().noneMatch(l -> l.startsWith("ERROR") || l.startsWith("WARNING")), printed::toString);
    }

    /**
     * A report started by tally:init without last year's report has the template's model title, （机关名称）2025年…:
     * published as it stands unless said. Said at the title; a title with the name written in says nothing.
     */
    @Test
    void aTitleThatStillHoldsTheTemplatesPlaceholderIsWarnedOf() {
        List<String> printed = Fixture.runOne(project, "= （机关名称）2025年政府信息公开工作年度报告\n"
                + ":tally-template: gov-info-disclosure-2021\n");
        assertTrue(printed.contains("WARNING src/reports/r.adoc:1: the title still holds （机关名称）, a placeholder of its "
                + "template's model title (report-title): write in what it stands for"), printed::toString);
        printed = Fixture.runOne(project, "= 某镇2025年政府信息公开工作年度报告\n:tally-template: gov-info-disclosure-2021\n");
        assertTrue(printed.stream().noneMatch(l -> l.contains("placeholder")), printed::toString);
        // a template of one's own: words in square brackets too (trial AL, 3)
        Fixture.write(project.resolve("templates/t.yaml"), GOOD_TEMPLATE.replace("title: Mine\n",
                "title: Mine\nreport-title: \"[Team name] Report {year}\"\n"));
        printed = Fixture.runOne(project, "= [Team name] Report 2025\n:tally-template: ../../templates/t.yaml\n");
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("WARNING src/reports/r.adoc:1: the title still holds "
                + "[Team name], a placeholder")), printed::toString);
    }

    /**
     * Trial AI: a table missing from a section the report has is said at that section's heading, named, where its
     * block is to be added; one whose section the report lacks too stays at :tally-template:, beside the missing
     * section.
     */
    @Test
    void aMissingTableIsSaidAtTheHeadingOfItsSection() {
        Fixture.write(project.resolve("templates/t.yaml"),
                GOOD_TEMPLATE.replace("    title: 表一\n", "    title: 表一\n    section: 二、数据\n"));
        String report = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、数据\n\n无。\n\n== 三、其他\n";
        Fixture.report(project, "r.adoc", report);
        List<String> errors = Fixture.errors(Fixture.run(project), project);
        assertTrue(errors.contains("src/reports/r.adoc:" + Fixture.lineOf(report, "== 二、数据")
                + ": missing table t (表一) in section 二、数据, which template templates/t.yaml requires: add its block"
                + " [data#t] under that heading"), errors::toString);
        assertTrue(errors.stream().noneMatch(e -> e.contains("r.adoc:2: missing table")), errors::toString);

        String without = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 三、其他\n";
        Fixture.report(project, "r.adoc", without);
        errors = Fixture.errors(Fixture.run(project), project);
        assertTrue(errors.contains("src/reports/r.adoc:2: missing table t (表一), which template templates/t.yaml requires"),
                errors::toString);
    }

    /**
     * Trial P, 2: a report may show its own unit for a template's table, with a warning as for a label (the
     * template's labels and the other reports may still say the template's); the same unit written with a space
     * is no change.
     */
    @Test
    void aChangedUnitIsWarnedOf() {
        Fixture.write(project.resolve("templates/t.yaml"),
                GOOD_TEMPLATE.replace("    title: 表一\n", "    title: 表一\n    unit: 万元\n"));
        String changed = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、数据\n\n== 三、其他\n\n"
                + REPORT_BLOCKS.replace("    z: [1, 0, 0, 1]\n", "    z: [1, 0, 0, 1]\nunit: 元\n");
        Fixture.report(project, "r.adoc", changed);
        Fixture.report(project, "same.adoc", changed.replace("unit: 元", "unit: 万 元"));
        RunResult result = Fixture.run(project);
        assertEquals(List.of("WARNING src/reports/r.adoc:" + Fixture.lineOf(changed, "unit: 元") + ": table t: the "
                + "template's unit is 万元; this report shows 元 instead, where the template's labels and the other "
                + "reports may still say 万元"), Fixture.printed(result, project));
    }

    /**
     * Trial AA, F1: a report that makes a template's count cells plain numbers lets a negative count through; it
     * is warned of, as a changed unit is. The template's own kind written again is no change.
     */
    @Test
    void aReportThatChangesTheTemplatesCellKindIsWarnedOf() {
        Fixture.write(project.resolve("templates/t.yaml"),
                GOOD_TEMPLATE.replace("    title: 表一\n", "    title: 表一\n    cells: count\n"));
        String changed = REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、数据\n\n== 三、其他\n\n"
                + REPORT_BLOCKS.replace("  x: [1, 1, 1, 3]\n", "  x: [1, -1, 3, 3]\n")
                        .replace("    z: [1, 0, 0, 1]\n", "    z: [1, 0, 0, 1]\ncells: number\n");
        Fixture.report(project, "r.adoc", changed);
        Fixture.report(project, "same.adoc", REPORT_HEAD + "== 一、总体情况（概述）\n\n== 二、数据\n\n== 三、其他\n\n"
                + REPORT_BLOCKS.replace("    z: [1, 0, 0, 1]\n", "    z: [1, 0, 0, 1]\ncells: count\n"));
        RunResult result = Fixture.run(project);
        assertEquals(List.of("WARNING src/reports/r.adoc:" + Fixture.lineOf(changed, "cells: number") + ": table t: "
                + "the template's cells are count; this report makes them number, and its cells are read by the "
                + "rules of number, not the template's (with number, a negative count passes)"), Fixture.printed(result, project));
    }

    /** Trial K, 8: a template's label written where its key belongs is named as such, with the key. */
    @Test
    void aLabelWrittenAsAKeyIsNamedWithItsKey() {
        RunResult result = runWithTemplate(REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("rows:\n  x:", "columns: [甲, {g: [b, c]}, total]\nrows:\n  x:"));
        var notes = result.reports().get(0).diagnostics().stream()
                .filter(d -> d.code().equals("template.label-as-key")).toList();
        assertEquals(1, notes.size(), () -> result.reports().get(0).diagnostics().toString());
        assertEquals("甲 is the template's label of a: write the key a; the label comes from the template",
                notes.get(0).message(java.util.Locale.ENGLISH));
    }

    /**
     * Trial AA, F6: one section moved is the one error, at its own heading, not an error at every section it
     * jumped over; a first section moved down is told where it belongs (before the second).
     */
    @Test
    void oneMovedSectionIsTheOneOutOfOrder() {
        Fixture.write(project.resolve("templates/t.yaml"),
                "name: five\ntitle: Five\nsections: [一、甲, 二、乙, 三、丙, 四、丁, 五、戊]\n");
        String head = "= R\n:tally-template: ../../templates/t.yaml\n\n";
        // 二 moved down to the end: before, 三, 四 and 五 were each said to be out of order (after 二)
        Fixture.report(project, "r.adoc", head + "== 一、甲\n\n== 三、丙\n\n== 四、丁\n\n== 五、戊\n\n== 二、乙\n");
        assertEquals(List.of("src/reports/r.adoc:12: section 二、乙 is out of order: it must come after 一、甲"),
                Fixture.errors(Fixture.run(project), project));
        // 一 moved to the end: it has no section before it to follow
        Fixture.report(project, "r.adoc", head + "== 二、乙\n\n== 三、丙\n\n== 四、丁\n\n== 五、戊\n\n== 一、甲\n");
        assertEquals(List.of("src/reports/r.adoc:12: section 一、甲 is out of order: it must come before 二、乙"),
                Fixture.errors(Fixture.run(project), project));
        // two sections swapped: the later one of the template is blamed, after the one kept before it
        Fixture.report(project, "r.adoc", head + "== 一、甲\n\n== 三、丙\n\n== 二、乙\n\n== 四、丁\n\n== 五、戊\n");
        assertEquals(List.of("src/reports/r.adoc:6: section 三、丙 is out of order: it must come after 二、乙"),
                Fixture.errors(Fixture.run(project), project));
        // the reverse order keeps one section in place and names each other one, in Chinese too
        Fixture.report(project, "r.adoc", head + "== 五、戊\n\n== 四、丁\n\n== 三、丙\n\n== 二、乙\n\n== 一、甲\n");
        RunResult reversed = Fixture.run(project);
        assertEquals(4, Fixture.errors(reversed, project).size(), () -> Fixture.errors(reversed, project).toString());
        assertTrue(reversed.reports().get(0).diagnostics().stream()
                .anyMatch(d -> d.message(java.util.Locale.CHINESE).equals("章节 二、乙 顺序不对：应位于 一、甲 之后")),
                () -> reversed.reports().get(0).diagnostics().toString());
    }

    @Test
    void missingTableValuesBlockAndSectionsAreNamed() {
        // figures bound to the missing blocks add nothing: the missing block is the error reported, once
        RunResult result = runWithTemplate(REPORT_HEAD + "== 三、其他\n== 一、总体情况（概述）\n\n"
                + "共 tally:v.total[2] 件，其中 tally:t.x@a[1] 件。tally:w.total[3]\n");
        List<String> errors = Fixture.errors(result, project);
        assertEquals(List.of(
                "src/reports/r.adoc:2: missing table t (表一), which template templates/t.yaml requires",
                "src/reports/r.adoc:2: missing values block v, which template templates/t.yaml requires",
                "src/reports/r.adoc:4: missing section 二、数据: write it before the heading here, 三、其他",
                "src/reports/r.adoc:4: section 三、其他 is out of order: it must come after 一、总体情况（概述）",
                "src/reports/r.adoc:7: in tally:w.total[3]: unknown name w.total: there is no block w (at character 1)"),
                errors);
        // but each says why it was not checked, where it stands (a note: a figure in red on the page is explained)
        List<String> notes = result.reports().get(0).diagnostics().stream()
                .filter(d -> d.severity() == dev.tally.diagnostic.Severity.NOTE).map(d -> d.message()).toList();
        // and the template's checks on the missing blocks are not run, said once (trial T, 14): the table's own too (trial X, 3)
        assertEquals(List.of("the template's checks that name a table, row or column the report lacks were not run (2): "
                + "the report's errors say what is missing",
                "figure tally:v.total[2] was not checked: the report has no block v, which its template requires",
                "figure tally:t.x@a[1] was not checked: the report has no block t, which its template requires"), notes);
    }

    /**
     * Trial P, 8: a template's block written under another id is named where it stands: by an id a letter or two
     * away, or else by the template's title for it. The table is then missing once, not missing and unexplained.
     */
    @Test
    void aMissingTableWrittenUnderAnotherIdOrItsTitleIsNamedAtThatBlock() {
        String blocks = "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n\n.表一\n" + REPORT_BLOCKS.replace("[data#t]", "[data#tab]");
        RunResult result = runWithTemplate(REPORT_HEAD + blocks);
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(REPORT_HEAD + blocks, "[data#tab]")
                + ": missing table t (表一), which template templates/t.yaml requires: is this block tab meant to be it?"
                + " Its id must be t"), Fixture.errors(result, project));

        Fixture.report(project, "r.adoc", ":tally-template: gov-info-disclosure-2021\n\n[data#appeal]\n----\n"
                + "rows:\n  件数: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n----\n");
        List<String> errors = Fixture.errors(Fixture.run(project), project);
        assertTrue(errors.contains("src/reports/r.adoc:3: missing table appeals (政府信息公开行政复议、行政诉讼情况), which template"
                + " gov-info-disclosure-2021 requires: is this block appeal meant to be it? Its id must be appeals"),
                errors::toString);
        assertTrue(errors.stream().noneMatch(e -> e.contains("missing table appeals (") && e.startsWith("src/reports/r.adoc:1:")),
                errors::toString);
    }

    /**
     * Trial AT, 13: a table block whose style has a typo ([date#t]) is one error at its line that says how to write
     * it, not a missing table at the section's heading; a checks block written [check], or a data block the
     * template does not declare ([Data#extra]), is an error at its line too, and a figure on it is not run.
     */
    @Test
    void aBlockWhoseStyleHasATypoIsSaidAtItsLineWithTheStyleMeant() {
        String blocks = "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n\n"
                + REPORT_BLOCKS.replace("[data#t]", "[date#t]")
                + "\n[check]\n----\n- v.total = 3\n----\n\n[Data#extra]\n----\nx: 1\n----\n\nx tally:extra.x[1]\n";
        String text = REPORT_HEAD + blocks;
        RunResult result = runWithTemplate(text);
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(text, "[date#t]")
                + ": missing table t (表一), which template templates/t.yaml requires: the block here is written"
                + " [date#t]; write [data#t]",
                "src/reports/r.adoc:" + Fixture.lineOf(text, "[check]")
                + ": block [check] is not read: its style is not checks; write [checks]",
                "src/reports/r.adoc:" + Fixture.lineOf(text, "[Data#extra]")
                + ": block [Data#extra] is not read: its style is not data; write [data#extra]"),
                Fixture.errors(result, project));
        // a style of Asciidoctor's own is no typo
        String fine = REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n\n" + REPORT_BLOCKS
                + "\n[source#s]\n----\nx\n----\n\n[listing]\n----\ny\n----\n";
        assertEquals(List.of(), Fixture.errors(runWithTemplate(fine), project));
    }

    /** Trial K, 6: a renamed section is shown at its heading, with the titles the template accepts. */
    @Test
    void aRenamedSectionIsReportedAtItsHeadingWithTheAcceptedTitles() {
        String text = REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数字情况\n== 三、其他\n" + REPORT_BLOCKS;
        RunResult result = runWithTemplate(text);
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(text, "二、数字情况") + ": missing section 二、数据: the "
                + "heading here, 二、数字情况, is not one of the titles the template accepts (二、数据; 二、统计数据)"),
                Fixture.errors(result, project));

        // without a numbering to go by, a heading sharing most of the title's characters is the one meant
        text = text.replace("== 二、数字情况", "== 数据和情况");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(text, "数据和情况") + ": missing section 二、数据: the "
                + "heading here, 数据和情况, is not one of the titles the template accepts (二、数据; 二、统计数据)"),
                Fixture.errors(runWithTemplate(text), project));

        // the same number with other punctuation (三. for 三、) is the one meant (trial AE, 6)
        text = text.replace("== 数据和情况", "== 二.统计数据情况");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(text, "二.统计数据情况") + ": missing section 二、数据: the "
                + "heading here, 二.统计数据情况, is not one of the titles the template accepts (二、数据; 二、统计数据)"),
                Fixture.errors(runWithTemplate(text), project));
        // a section one level too deep is said at its heading
        String deep = text.replace("== 二.统计数据情况", "=== 二、统计数据");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(deep, "=== 二、统计数据") + ": section 二、数据 is written at "
                + "level 2 (===), where the template's sections are of level 1: write it with =="),
                Fixture.errors(runWithTemplate(deep), project));
        // a title written as a line of text, without ==, as pasted from a word processor (trial AO, 7)
        String plain = text.replace("== 二.统计数据情况", "\n二、统计数据\n");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(plain, "二、统计数据") + ": missing section 二、数据: its "
                + "title stands here as a line of text, not as a heading: write it == 二、统计数据"),
                Fixture.errors(runWithTemplate(plain), project));
        // a slip of a character or two is shown, not left to a comparison of the whole title (trial AT, 27)
        String slip = text.replace("== 二.统计数据情况", "== 二、统汁数据");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(slip, "二、统汁数据") + ": missing section 二、数据: the "
                + "heading here, 二、统汁数据, is not the title 二、统计数据: it writes “汁” where the title has “计”"),
                Fixture.errors(runWithTemplate(slip), project));
        assertEquals(List.of("四、政府信息公开行政复议、行政诉讼情况", "讼诉", "诉讼"), List.of(Conformance.typo(
                "四、政府信息公开行政复议、行政讼诉情况", List.of("四、政府信息公开行政复议、行政诉讼情况"))));
        assertEquals(List.of("二、主动公开政府信息情况", ". ", "、"), List.of(Conformance.typo("二. 主动公开政府信息情况",
                List.of("二、主动公开政府信息情况"))));
        assertEquals(List.of("二主", "二、主"), List.of(Conformance.typo("二主动公开政府信息情况",
                List.of("二、主动公开政府信息情况"))).subList(1, 3));
        assertEquals(null, Conformance.typo("二、数字情况", List.of("二、数据", "二、统计数据")));
        // a heading with no space after ==, which AsciiDoc reads as a paragraph, said at that line (trial AT, 6)
        String glued = text.replace("== 二.统计数据情况", "\n==二、统计数据\n");
        assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(glued, "==二、统计数据") + ": missing section 二、数据: the "
                + "line here, ==二、统计数据, is not a heading, for AsciiDoc wants a space after ==: write it == 二、统计数据"),
                Fixture.errors(runWithTemplate(glued), project));
        text = text.replace("== 二.统计数据情况", "== 数据和情况");

        // an added section of another number, or one with little in common, is the report's own: the section is missing
        // said at the heading of the template's next section the report has, where it is to be written (trial AT, 6)
        for (String other : List.of("== 四、数据", "== 附件")) {
            String added = text.replace("== 数据和情况", other);
            assertEquals(List.of("src/reports/r.adoc:" + Fixture.lineOf(added, "== 三、其他")
                    + ": missing section 二、数据: write it before the heading here, 三、其他"),
                    Fixture.errors(runWithTemplate(added), project), other);
        }
        // with no later section to write it before, at the :tally-template: line
        String last = REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 附件\n" + REPORT_BLOCKS;
        assertEquals(List.of("src/reports/r.adoc:2: missing section 三、其他"),
                Fixture.errors(runWithTemplate(last), project));
    }

    @Test
    void aRequiredValueThatIsMissingIsNamed() {
        RunResult result = runWithTemplate(REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("  kind: 2", "  other: 2"));
        assertTrue(Fixture.codes(result).contains("template.missing-value"), Fixture.codes(result)::toString);
        String error = Fixture.errors(result, project).stream().filter(e -> e.contains("by.kind")).findFirst()
                .orElseThrow();
        assertTrue(error.contains("values block v"), error);
    }

    @Test
    void aBlockOfTheWrongKindIsNamed() {
        RunResult result = runWithTemplate(REPORT_HEAD + "== 一、总体情况（概述）\n== 二、数据\n== 三、其他\n"
                + REPORT_BLOCKS.replace("total: 2\nby:\n  kind: 2", "columns: [a]\nrows:\n  total: [2]"));
        assertTrue(Fixture.codes(result).contains("template.not-values"), Fixture.codes(result)::toString);
    }

    @Test
    void sectionTitlesMatchWithFullWidthAndHalfWidthFolded() {
        Template.SectionSpec spec = Conformance.section("四、政府信息公开行政复议、行政诉讼情况（一）", List.of(),
                new Location(Path.of("t.yaml"), 1));
        assertTrue(Conformance.matches(spec, "四、政府信息公开行政复议、行政诉讼情况(一)"));
        assertTrue(Conformance.matches(spec, "四、政府信息公开行政复议、行政诉讼情况 （一）"));
        assertTrue(!Conformance.matches(spec, "四、政府信息公开行政复议情况（一）"));
        Template.SectionSpec digits = Conformance.section("第1部分", List.of(), new Location(Path.of("t.yaml"), 1));
        assertTrue(Conformance.matches(digits, "第１部分"));
    }

    @Test
    void aTemplatePathOutsideTheProjectIsRejected() throws Exception {
        Path inner = project.resolve("inner");
        Fixture.write(project.resolve("t.yaml"), GOOD_TEMPLATE);
        Fixture.report(inner, "r.adoc", ":tally-template: ../../../t.yaml\n");
        RunResult result = new dev.tally.run.Tally(Fixture.reports(inner), new Templates(inner)).check();
        assertEquals(List.of("template.outside"), Fixture.codes(result));
        assertEquals(1, result.diagnostics().get(0).location().line());
    }

    @Test
    void aMissingTemplateFileIsAnError() {
        Fixture.report(project, "r.adoc", ":tally-template: ../nope.yaml\n");
        RunResult result = Fixture.run(project);
        assertEquals(List.of("template.file-missing"), Fixture.codes(result));
        // where the name led, seen from the project (trial G, 10)
        assertTrue(Fixture.printed(result, project).get(0).endsWith("template file not found: ../nope.yaml (that is src/nope.yaml)"),
                Fixture.printed(result, project)::toString);
    }

    @Test
    void anUnknownTemplateNameIsAnError() {
        Fixture.report(project, "r.adoc", "= R\n:tally-template: gov-info-disclosure-1999\n");
        RunResult result = Fixture.run(project);
        assertEquals(List.of("template.unknown"), Fixture.codes(result));
        assertEquals(2, result.diagnostics().get(0).location().line());
        assertTrue(result.diagnostics().get(0).message().contains("gov-info-disclosure-2021"));
    }

    @Test
    void anEmptyTemplateNameIsAnError() {
        Fixture.report(project, "r.adoc", ":tally-template:\n");
        assertEquals(List.of("template.empty-name"), Fixture.codes(Fixture.run(project)));
    }

    @Test
    void aBrokenTemplateFileIsReportedInTheFileAndAtTheReport() {
        Fixture.write(project.resolve("templates/t.yaml"), "tables:\n  t:\n    columns: [a]\n    rows: [x]\n    rows: [y]\n");
        Fixture.report(project, "r.adoc", REPORT_HEAD);
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertTrue(printed.contains("ERROR templates/t.yaml:5: duplicate key rows (first at line 4)"), printed::toString);
        assertTrue(printed.stream().anyMatch(p -> p.startsWith("ERROR src/reports/r.adoc:2: template ../../templates/t.yaml has errors")),
                printed::toString);
    }

    @Test
    void titlesTheNormalizerIsSkippedForAreThoseItWouldLeaveAsTheyAre() {
        // every character the fast path lets through is its own NFKC form, alone and after any other of them
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Conformance.nfkcStable(String.valueOf(c))) {
                all.append(c);
                assertEquals(String.valueOf(c), java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            }
        }
        assertEquals(0x5F + 0x5200 + 2, all.length(), "printable ASCII, CJK unified ideographs, 、 and 。");
        String text = all.toString();
        assertEquals(text, java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        for (String title : List.of("一、总体情况", "二、主动公开政府信息情况", "Section 1", "（一）", "１", "一\u3000二", "e\u0301")) {
            assertEquals(java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).replaceAll("\\s", ""),
                    Conformance.normalize(title), title);
        }
        assertTrue(!Conformance.nfkcStable("（一）") && !Conformance.nfkcStable("e\u0301") && !Conformance.nfkcStable("\u3000"));
    }
}
