package dev.tally.check;

import dev.tally.run.Fixture;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checks as a report author writes them, run through {@link dev.tally.run.Tally} on small reports. */
class CheckEvaluationTest {

    @TempDir
    Path project;

    /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
    static int line(String text, String fragment) {
        return Fixture.lineOf(text, fragment);
    }

    private List<String> run(String report) {
        return Fixture.runOne(project, report);
    }

    private static String at(String report, String fragment) {
        return "src/reports/r.adoc:" + line(report, fragment) + ": ";
    }

    private static final String TABLE = """
            = R

            [data#t]
            ----
            columns: [自然人, {法人: [企业, 其他]}, 总计]
            rows:
              新收: [3, 1, 0, 4]
              结转: [1, 0, 1, 2]
              办理结果:
                公开: [2, 1, 0, 3]
                不公开: [1, 0, 0, 1]
              总计: [4, 1, 1, 6]
            checks:
            %s
            ----
            """;

    private static String table(String... checks) {
        StringBuilder sb = new StringBuilder();
        for (String c : checks) {
            sb.append("  - \"").append(c).append("\"\n");
        }
        return TABLE.formatted(sb.toString().stripTrailing());
    }

    @Test
    void decimalArithmeticIsExact() {
        String report = """
                [data#v]
                ----
                a: 0.1
                b: 0.2
                c: 0.3
                ----

                [checks]
                ----
                - v.a + v.b = v.c
                - 0.1 + 0.2 = 0.3
                - v.a * 3 = v.c
                - v.c - v.b - v.a = 0
                - 1 / 4 = 0.25
                - 2.50 = 2.5
                ----
                """;
        assertEquals(List.of(), run(report));
        RunResult result = Fixture.run(project);
        assertEquals(6, result.checksRun());
    }

    @Test
    void aFailureShowsBothSides() {
        String report = """
                [data#v]
                ----
                a: 0.1
                b: 0.2
                ----

                [checks]
                ----
                - v.a + v.b != 0.30
                - v.a > v.b
                ----
                """;
        assertEquals(List.of(
                "ERROR " + at(report, "!=") + "check failed: v.a + v.b != 0.30: 0.3 = 0.30",
                "ERROR " + at(report, "v.a > v.b") + "check failed: v.a > v.b: 0.1 < 0.2"), run(report));
    }

    @Test
    void aColumnCheckFailsPerRowNamingTheRow() {
        String report = """
                [data#t]
                ----
                columns: [a, b, total]
                rows:
                  r1: [1, 2, 3]
                  r2: [1, 2, 4]
                  group:
                    r3: [0, 0, 1]
                checks:
                  - total = a + b
                ----
                """;
        assertEquals(List.of(
                "ERROR " + at(report, "r2:") + "check failed in t, row r2: total = a + b: 4 != 3",
                "ERROR " + at(report, "r3:") + "check failed in t, row group.r3: total = a + b: 1 != 0"),
                run(report));
    }

    @Test
    void aRowCheckFailsPerColumnNamingTheColumn() {
        String report = table("结转 + 新收 = 办理结果.公开 + 办理结果.不公开");
        // 新收 + 结转 = [4, 1, 1, 6]; 公开 + 不公开 = [3, 1, 0, 4]
        assertEquals(List.of(
                "ERROR " + at(report, "结转 + 新收") + "check failed in t, column 自然人: 结转 + 新收 = 办理结果.公开 + 办理结果.不公开: 4 != 3",
                "ERROR " + at(report, "结转 + 新收") + "check failed in t, column 法人.其他: 结转 + 新收 = 办理结果.公开 + 办理结果.不公开: 1 != 0",
                "ERROR " + at(report, "结转 + 新收") + "check failed in t, column 总计: 结转 + 新收 = 办理结果.公开 + 办理结果.不公开: 6 != 4"),
                run(report));
    }

    @Test
    void groupsStandForTheSumOfTheirLeaves() {
        String report = """
                [data#t]
                ----
                columns: [自然人, {法人: [企业, 其他]}, 合计]
                rows:
                  新收: [3, 1, 0, 4]
                  办理结果:
                    公开: [2, 1, 0, 3]
                    不公开: [1, 0, 0, 1]
                checks:
                  - 合计 = 自然人 + 法人
                  - 办理结果 = 新收
                  - 新收[法人] = 1
                  - 办理结果[合计] = 4
                  - 法人 = 0
                ----
                """;
        assertEquals(List.of(
                "ERROR " + at(report, "  新收:") + "check failed in t, row 新收: 法人 = 0: 1 != 0",
                "ERROR " + at(report, "公开: [2") + "check failed in t, row 办理结果.公开: 法人 = 0: 1 != 0"),
                run(report));
    }

    @Test
    void aCellCheckInATable() {
        String report = table("新收[总计] = 5", "新收@法人.企业 + 结转[法人.其他] = 2");
        assertEquals(List.of("ERROR " + at(report, "新收[总计]") + "check failed in t: 新收[总计] = 5: 4 != 5"),
                run(report));
    }

    @Test
    void aNameThatIsBothARowAndAColumnIsAmbiguous() {
        String report = table("总计 = 自然人 + 法人");
        List<String> out = run(report);
        assertEquals(1, out.size(), out::toString);
        assertTrue(out.get(0).startsWith("ERROR " + at(report, "总计 = 自然人")), out.get(0));
        assertTrue(out.get(0).contains("总计 is both a row and a column of table t"), out.get(0));
        // trial J, 9: the way out is in the message
        assertTrue(out.get(0).contains("give the row another key, with 总计 as its label under labels:"),
                out.get(0));
        assertEquals("check.ambiguous", Fixture.codes(Fixture.run(project)).get(0));
    }

    @Test
    void unknownNamesInATable() {
        String report = table("foo = 1", "办理结果.丙 = 1", "办理结果.丙[自然人] = 1", "新收[丁] = 1");
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("check.unknown-name", "check.unknown-name", "check.unknown-row", "check.unknown-column"),
                Fixture.codes(result));
        List<String> errors = Fixture.errors(result, project);
        assertTrue(errors.get(0).contains("unknown name foo"), errors.get(0));
        assertTrue(errors.get(3).contains("unknown column 丁"), errors.get(3));
    }

    @Test
    void aShortNameForANestedRowSuggestsTheFullPath() {
        String report = table("公开 = 1");
        List<String> out = run(report);
        assertEquals(1, out.size(), out::toString);
        assertTrue(out.get(0).contains("did you mean 办理结果.公开? (at character"), out.get(0));
    }

    @Test
    void unknownNamesInDocumentChecks() {
        String report = """
                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.nope = 1
                - w.x = 1
                - t.nope = 1
                ----
                """ + table();
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("check.unknown-key", "check.unknown-block", "check.unknown-name"), Fixture.codes(result));
        List<String> errors = Fixture.errors(result, project);
        assertTrue(errors.get(0).startsWith(at(report, "v.nope")), errors.get(0));
        assertTrue(errors.get(1).contains("there is no block w"), errors.get(1));
    }

    @Test
    void mixingWholeRowsAndWholeColumnsIsAnError() {
        String report = table("新收 = 总计", "结转 + 自然人 = 1");
        RunResult result = Fixture.run(projectWith(report));
        // 总计 is ambiguous; the second one mixes
        assertTrue(Fixture.codes(result).contains("check.mixed-rows-columns"), Fixture.codes(result)::toString);
        String mixed = "[data#t]\n----\ncolumns: [a, total]\nrows:\n  r1: [1, 1]\nchecks:\n  - r1 = total\n----\n";
        assertEquals(List.of("check.mixed-rows-columns"), Fixture.codes(Fixture.run(projectWith(mixed))));
    }

    @Test
    void mixingAcrossTablesInADocumentCheckIsAnError() {
        String report = """
                [data#a]
                ----
                columns: [x, y]
                rows:
                  r: [1, 2]
                ----

                [data#b]
                ----
                columns: [x, y]
                rows:
                  r: [1, 2]
                ----

                [checks]
                ----
                - a.r = b.x
                ----
                """;
        assertEquals(List.of("check.mixed-rows-columns"), Fixture.codes(Fixture.run(projectWith(report))));
    }

    @Test
    void aDocumentCheckOverWholeRowsOfTwoTables() {
        String report = """
                [data#a]
                ----
                columns: [x, y]
                rows:
                  r: [1, 2]
                ----

                [data#b]
                ----
                columns: [x, y]
                rows:
                  r: [1, 3]
                ----

                [checks]
                ----
                - a.r = b.r
                ----
                """;
        assertEquals(List.of("ERROR " + at(report, "a.r = b.r") + "check failed in a, column y: a.r = b.r: 2 != 3"),
                run(report));
    }

    @Test
    void divisionByZeroIsADiagnostic() {
        String report = """
                [data#v]
                ----
                a: 1
                zero: 0
                ----

                [checks]
                ----
                - v.a / v.zero = 1
                - v.a / (v.a - v.a) > 0
                ----
                """;
        RunResult result = Fixture.run(projectWith(report));
        // a divisor that is a name is named (trial AM, 9); an expression is not
        assertEquals(List.of("check.division-by-zero-by", "check.division-by-zero"), Fixture.codes(result));
        assertTrue(Fixture.errors(result, project).get(0).startsWith(at(report, "v.zero = 1")));
    }

    @Test
    void sumOfAValuesGroupSumsNestedNumbersAndSkipsText() {
        String report = """
                [data#v]
                ----
                total: 16
                by_kind:
                  a: 7
                  nested:
                    b: 8
                    c: 1
                  note: 文字
                ----

                [checks]
                ----
                - v.total = sum(v.by_kind)
                - sum(v.by_kind, v.total) = 32
                - sum(v.by_kind.nested) = 9
                - sum(v.total) = 16
                ----
                """;
        assertEquals(List.of(), run(report));
    }

    @Test
    void aGroupUsedWithoutSumIsAnError() {
        String report = """
                [data#v]
                ----
                by_kind:
                  a: 7
                ----

                [checks]
                ----
                - v.by_kind = 7
                ----
                """;
        List<String> out = run(report);
        assertEquals(1, out.size(), out::toString);
        assertTrue(out.get(0).contains("write sum(v.by_kind)"), out.get(0));
        assertEquals(List.of("check.group-value"), Fixture.codes(Fixture.run(project)));
    }

    @Test
    void textValuesCannotBeUsed() {
        String report = "[data#v]\n----\nname: 青山镇\n----\n\n[checks]\n----\n- v.name = 1\n----\n";
        assertEquals(List.of("check.text-value"), Fixture.codes(Fixture.run(projectWith(report))));
    }

    @Test
    void severityAndMessageOfACheck() {
        String report = """
                = R

                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - check: v.a > 1
                  severity: warning
                  message: 应大于一
                - check: v.a >= 2
                  severity: note
                - check: v.a < 1
                  message: 默认为错误
                ----
                """;
        assertEquals(List.of(
                "WARNING " + at(report, "v.a > 1") + "check failed: v.a > 1: 1 = 1 — 应大于一",
                "NOTE " + at(report, "v.a >= 2") + "check failed: v.a >= 2: 1 < 2",
                "ERROR " + at(report, "v.a < 1") + "check failed: v.a < 1: 1 = 1 — 默认为错误"), run(report));
        RunResult result = Fixture.run(project);
        assertEquals(1, result.errors());
        assertEquals(1, result.warnings());
    }

    @Test
    void anInvalidCheckIsReportedWithItsColumn() {
        String report = "[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a + * 2 = 1\n----\n";
        List<String> out = run(report);
        assertEquals(List.of("ERROR " + at(report, "v.a + *") + "invalid check: v.a + * 2 = 1: unexpected '*' (at character 7)"),
                out);
    }

    /**
     * Trial AS, 12: a check that stops short says so, pointing at no character past its end ("at character 2" of
     * a check of one); what was expected there found the end of the check, and in a figure the bracket that ends its
     * name, not nothing. In Chinese as in English.
     */
    @Test
    void aCheckThatEndsTooSoonSaysSoAndPointsNowherePastIt() {
        String report = "= R\n\nA tally:t.r@[] b.\n\n[data#t]\n----\ncolumns: [a]\nrows:\n  r: [1]\n----\n\n"
                + "[checks]\n----\n- 5\n- t.r[\n- t.r[a] =\n- t.r[a] = sum(1\n----\n";
        List<String> english = List.of(
                "ERROR " + at(report, "A tally") + "invalid figure: tally:t.r@[]: expected a name, found '[' (at character 5)",
                "ERROR " + at(report, "- 5") + "invalid check: 5: no comparison (= != < <= > >=)",
                "ERROR " + at(report, "- t.r[") + "invalid check: t.r[: expected a name, found the end of the check",
                "ERROR " + at(report, "- t.r[a] =") + "invalid check: t.r[a] =: unexpected end of the check",
                "ERROR " + at(report, "sum(1") + "invalid check: t.r[a] = sum(1: bracket opened here is not closed "
                        + "(at character 10)");
        assertEquals(english, run(report));
        assertEquals(List.of("检查无效：5：缺少比较符（= != < <= > >=）", "检查无效：t.r[：应为名称，实际为检查末尾"),
                Fixture.run(project).diagnostics().stream().filter(d -> d.code().startsWith("check.invalid-end"))
                        .map(d -> d.message(java.util.Locale.CHINESE)).limit(2).toList());
    }

    /**
     * Trial AG, 3: a column check that meets text in one row runs in the others, and a note says it ran only in
     * part, so that its passing is not taken for the whole table; a row the template's table lacks is no such row.
     */
    @Test
    void aCheckThatMeetsAnUnreadableCellInOneRowIsSaidToHaveRunInPart() {
        String report = "[data#t]\n----\ncolumns: [a, b, total]\nrows:\n  x: [10, 20, 30]\n  y: [5, n/a, 99]\n"
                + "  z: [1, 1, 3]\nchecks:\n  - total = a + b\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "  y:") + "table t, row y, column b: 'n/a' is not a number: it is text",
                "ERROR " + at(report, "  z:") + "check failed in t, row z: total = a + b: 3 != 2",
                "NOTE " + at(report, "  - total") + "checks run only in part (1), the first here: the rows or columns "
                        + "whose data could not be read were left out (see the report's errors)"), run(report));
        // with every cell read, no such note
        assertEquals(1, run(report.replace("n/a", "94")).size());
    }

    /**
     * Trial AM, 4: a key of the data with a full-width bracket or a leading digit, written bare, is told to go in
     * backquotes, not to have its bracket typed otherwise (which names no key); a bracket that is no key's keeps the
     * look-alike hint.
     */
    @Test
    void aKeyACheckMustBackquoteIsToldSo() {
        String report = "[data#v]\n----\n\"其他（含）\": 1\n1a: 2\nb: 3\n----\n\n[checks]\n----\n- v.其他（含） = 1\n"
                + "- v.1a = 2\n- v.其他（不含） = 1\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "- v.其他（含）") + bareKey("v.其他（含） = 1", "v.其他（含）", "v.`其他（含）`"),
                "ERROR " + at(report, "- v.1a") + bareKey("v.1a = 2", "v.1a", "v.`1a`"),
                "ERROR " + at(report, "- v.其他（不含）") + "invalid check: v.其他（不含） = 1: a full-width or look-alike "
                        + "character: write ( instead of '（' (at character 5)"), run(report));
        assertEquals(List.of(), run(report.replace("- v.其他（含） = 1\n- v.1a = 2\n- v.其他（不含） = 1\n",
                "- v.`其他（含）` = 1\n- v.`1a` = 2\n")));
    }

    /**
     * Trial AS, 4: the contract's own example, 1.属于国家秘密, and a key with a slash, 本年增/减, written bare in a
     * table's check or a document check, are told to go in backquotes, where the dot read as a path's and the
     * slash as a division gave "found '.'" and "unknown name 本年增"; an error elsewhere in such a check, and a name
     * that is no key, keep their own messages.
     */
    @Test
    void aBareKeyWithADotOrASlashIsToldToGoInBackquotes() {
        String report = "[data#t]\n----\ncolumns: [本年制发, 本年增/减, 总计]\nrows:\n  1.属于国家秘密: [1, 2, 3]\n"
                + "  其他: [1, 1, 2]\nchecks:\n  - 1.属于国家秘密[总计] = 3\n  - 总计 = 本年制发 + 本年增/减\n"
                + "  - 本年制发 = 总计 - 本年增\n----\n\n[checks]\n----\n- t.1.属于国家秘密@总计 = 3\n"
                + "- t.本年增/减 = t.其他 +\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "  - 1.属于") + bareKey("1.属于国家秘密[总计] = 3", "1.属于国家秘密", "`1.属于国家秘密`"),
                "ERROR " + at(report, "  - 总计 = 本年制发 + 本年增/减")
                        + bareKey("总计 = 本年制发 + 本年增/减", "本年增/减", "`本年增/减`"),
                "ERROR " + at(report, "总计 - 本年增") + "in 本年制发 = 总计 - 本年增: unknown name 本年增: not a row or column "
                        + "of table t (at character 13)",
                "ERROR " + at(report, "- t.1.属于")
                        + bareKey("t.1.属于国家秘密@总计 = 3", "t.1.属于国家秘密", "t.`1.属于国家秘密`"),
                "ERROR " + at(report, "- t.本年增/减") + "invalid check: t.本年增/减 = t.其他 +: unexpected end of the check"),
                run(report));
        assertEquals(List.of(), run(report.replace("  - 1.属于国家秘密[总计] = 3", "  - \"`1.属于国家秘密`[总计] = 3\"")
                .replace("+ 本年增/减\n", "+ `本年增/减`\n").replace("  - 本年制发 = 总计 - 本年增\n", "")
                .replace("t.1.属于国家秘密@总计", "t.`1.属于国家秘密`@总计").replace("- t.本年增/减 = t.其他 +\n", "")));
    }

    /** The error of a check that writes a key of the data bare, which it must write in backquotes. */
    private static String bareKey(String check, String written, String quoted) {
        return "invalid check: " + check + ": " + written + " names a key of the data with characters a check reads "
                + "otherwise: write it in backquotes, " + quoted;
    }

    /** A figure names the same keys: one written bare is told to go in backquotes too. */
    @Test
    void aFigureWithABareKeyIsToldToBackquoteIt() {
        String report = "= R\n\n共tally:t.1.属于国家秘密@总计[3]件，tally:t.其他@本年增/减[1]件。\n\n[data#t]\n----\n"
                + "columns: [本年增/减, 总计]\nrows:\n  1.属于国家秘密: [2, 3]\n  其他: [1, 2]\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "共tally") + "invalid figure: tally:t.1.属于国家秘密@总计[3]: t.1.属于国家秘密 names a key "
                        + "of the data with characters a figure reads otherwise: write it in backquotes, t.`1.属于国家秘密`",
                "ERROR " + at(report, "共tally") + "invalid figure: tally:t.其他@本年增/减[1]: 本年增/减 names a key of the "
                        + "data with characters a figure reads otherwise: write it in backquotes, `本年增/减`"),
                run(report));
        assertEquals(List.of(), run(report.replace("t.1.属于国家秘密@", "t.`1.属于国家秘密`@").replace("@本年增/减", "@`本年增/减`")));
    }

    /**
     * Trial AM, 2: a check that adds this report's column to the previous report's runs in part when this report's
     * cell is text, whichever side of the sum the previous report's column stands on; a failure of it is shown at
     * this report's row.
     */
    @Test
    void aCheckMixingThePreviousReportIsSaidToHaveRunInPartToo() {
        String table = "[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  r1: [1, 2, 3]\n  r2: [2, 3, 5]\n----\n";
        Fixture.report(project, "prev.adoc", "= P\n\n" + table);
        String report = ":tally-previous: prev.adoc\n\n" + table.replace("[1, 2, 3]", "[1, x, 3]").replace("[2, 3, 5]",
                "[2, 3, 6]") + "\n[checks]\n----\n- t.c = previous.t.c + t.b - t.b\n----\n";
        List<String> out = run(report);
        assertEquals(List.of(
                "NOTE src/reports/prev.adoc:" + line("= P\n\n" + table, "  r2:") + ": this figure does not agree with "
                        + "the one at line " + line(report, "  r2:") + " of the next report, r.adoc: its check "
                        + "t.c = previous.t.c + t.b - t.b fails there; see which of the two reports holds the wrong figure",
                "ERROR " + at(report, "  r1:") + "table t, row r1, column b: 'x' is not a number: it is text",
                "ERROR " + at(report, "  r2:") + "check failed in t, row r2: t.c = previous.t.c + t.b - t.b: 6 != 5",
                "NOTE " + at(report, "- t.c") + "checks run only in part (1), the first here: the rows or columns "
                        + "whose data could not be read were left out (see the report's errors)"), out);
    }

    /**
     * Trial AM, 1: a template's check run in part is noted at the report's data, not at a line of the built-in
     * template, which is no file of the project.
     */
    @Test
    void aTemplateCheckRunInPartIsNotedAtTheReportsData() {
        String report = """
                = R
                :tally-template: gov-info-disclosure-2021

                [data#applications]
                ----
                rows:
                  新收: [1, 0, x, 0, 0, 0, 1]
                  上年结转: [0, 0, 0, 0, 0, 0, 0]
                ----
                """;
        List<String> notes = Fixture.printed(Fixture.run(projectWith(report)), project).stream()
                .filter(l -> l.contains("run only in part")).toList();
        assertEquals(1, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("NOTE " + at(report, "[data#applications]") + "checks run only in part"),
                notes::toString);
    }

    /** Trial AF: a name that differs from the data's only in how a character is typed is told so, not "did you mean" it. */
    @Test
    void aNameTypedAnotherWayIsToldSo() {
        String report = "[data#t]\n----\ncaf\u00E9: 1\n----\n\n[checks]\n----\n- t.cafe\u0301 = 1\n----\n";
        List<String> out = run(report);
        assertEquals(1, out.size(), out::toString);
        assertTrue(out.get(0).contains("the data writes it with a character typed another way (an accent as a separate "
                + "mark, a full-width letter), as t.caf\u00E9 (at character 1)"), out.get(0));
    }

    /** Trial AG, 4: a sum of a group, of values or of a table's cells, is shown as arithmetic is: 3.3, not 3.30. */
    @Test
    void aGroupsSumIsShownWithoutTrailingZeros() {
        String report = "[data#v]\n----\nparts:\n  x: 1.10\n  y: 2.20\n----\n\n[data#t]\n----\ncolumns: [a]\nrows:\n"
                + "  g:\n    p: [1.50]\n    q: [2.50]\n----\n\n[checks]\n----\n- sum(v.parts) = 0\n- t.g[a] = 0\n"
                + "- v.parts.x = 0\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "sum(v.parts)") + "check failed: sum(v.parts) = 0: 3.3 != 0",
                "ERROR " + at(report, "t.g[a]") + "check failed: t.g[a] = 0: 4 != 0",
                "ERROR " + at(report, "v.parts.x") + "check failed: v.parts.x = 0: 1.10 != 0"), run(report));
    }

    @Test
    void aCheckTypedWithAChineseInputMethodSaysWhatToWriteInstead() {
        String report = "[data#v]\n----\na: 1\nb: 1\n----\n\n[checks]\n----\n- v.a ＝ v.b\n- v.a =< v.b\n- v.a = 1,000\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "v.a ＝") + "invalid check: v.a ＝ v.b: a full-width or look-alike character: write = "
                        + "instead of '＝' (at character 5)",
                "ERROR " + at(report, "v.a =<") + "invalid check: v.a =< v.b: the comparison is written <=, not '=<' "
                        + "(at character 5)",
                "ERROR " + at(report, "v.a = 1,") + "invalid check: v.a = 1,000: a number is written without thousands "
                        + "separators (1234, not 1,234), found ',' (at character 8)"), run(report));
    }

    @Test
    void aTableCheckMayNameAnotherBlockButItsOwnRowsComeFirst() {
        String report = """
                [data#limits]
                ----
                x: 5
                ----

                [data#t]
                ----
                columns: [a, b]
                rows:
                  x: [1, 2]
                  y: [3, 4]
                checks:
                  - y[b] <= limits.x
                  - y[a] = limits.x
                  - x[a] = 1
                  - nope.z = 1
                ----
                """;
        assertEquals(List.of(
                "ERROR " + at(report, "y[a] = limits.x") + "check failed in t: y[a] = limits.x: 3 != 5",
                "ERROR " + at(report, "nope.z") + "in nope.z = 1: unknown name nope.z: not a row or column of table t "
                        + "(at character 1)"), run(report));
    }

    @Test
    void aFunctionOtherThanSumIsNamedAsUnknown() {
        String report = "[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- max(v.a, 1) = 1\n- SUM(v) = 1\n----\n";
        assertEquals(List.of(
                "ERROR " + at(report, "max(") + "invalid check: max(v.a, 1) = 1: unknown function, only sum(...) and round(..., n) are known: "
                        + "'max' (at character 1)",
                "ERROR " + at(report, "SUM(") + "invalid check: SUM(v) = 1: unknown function, only sum(...) and round(..., n) are known: "
                        + "'SUM' (at character 1)"), run(report));
    }

    /**
     * Trials Q 5 and S 9: a printed ratio or share (33.3%) is checked against the exact one with round(x, n), half
     * up (四舍五入), element by element on a whole column; the places are a whole number from 0 to 12.
     */
    @Test
    void roundChecksAPrintedRatioHalfUp() {
        String report = """
                [data#k]
                ----
                revenue: 300
                profit: 100
                margin: 33.3
                wrong: 33.4
                half: 0.125
                ----

                [data#t]
                ----
                columns: [n, share]
                rows:
                  a: [1, 33.3]
                  b: [2, 66.7]
                  total: [3, 100]
                ----

                [checks]
                ----
                - k.margin = round(k.profit / k.revenue * 100, 1)
                - k.wrong = round(k.profit / k.revenue * 100, 1)
                - round(k.half, 2) = 0.13
                - round(-k.half, 2) = -0.13
                - round(k.half, 0) = 0
                - t.share = round(t.n / t.total[n] * 100, 1)
                - round(k.half) = 1
                - round(k.half, 13) = 1
                - round(k.half, n) = 1
                - round(k.half, 1.5) = 1
                - k.half = 0.125 +- 0.01
                - t[share] = 1
                ----
                """;
        assertEquals(List.of(
                "ERROR " + at(report, "k.wrong =") + "check failed: k.wrong = round(k.profit / k.revenue * 100, 1): 33.4 != 33.3",
                "ERROR " + at(report, "round(k.half) =") + "invalid check: round(k.half) = 1: round(x, n) takes the number of"
                        + " decimal places, a whole number from 0 to 12, after a comma (at character 13)",
                "ERROR " + at(report, "round(k.half, 13)") + "invalid check: round(k.half, 13) = 1: round(x, n) takes the"
                        + " number of decimal places, a whole number from 0 to 12, after a comma (at character 15)",
                "ERROR " + at(report, "round(k.half, n)") + "invalid check: round(k.half, n) = 1: round(x, n) takes the"
                        + " number of decimal places, a whole number from 0 to 12, after a comma (at character 15)",
                "ERROR " + at(report, "round(k.half, 1.5)") + "invalid check: round(k.half, 1.5) = 1: round(x, n) takes the"
                        + " number of decimal places, a whole number from 0 to 12, after a comma (at character 15)",
                // a tolerance written +- would read as plus minus (trial U, 8)
                "ERROR " + at(report, "k.half = 0.125 +-") + "invalid check: k.half = 0.125 +- 0.01: +- is no tolerance"
                        + " (it would read as plus minus): to allow a difference of t, write two checks, a >= b - t and"
                        + " a <= b + t, or round both sides with round(x, n) (at character 16)",
                // a whole column written as a cell without its row is told how to write it
                "ERROR " + at(report, "t[share] = 1") + "in t[share] = 1: t[share] names a cell without its row; a whole"
                        + " column is written t.share (at character 1)"),
                run(report));
    }

    @Test
    void aCheckOnAnUnreadableCellIsSkippedForThatCell() {
        String report = """
                [data#t]
                ----
                columns: [a, b, total]
                rows:
                  r1: [1, x, 3]
                  r2: [1, 2, 4]
                checks:
                  - total = a + b
                ----
                """;
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("table.cell-not-number", "check.failed-row", "check.partly-run"), Fixture.codes(result));
        assertTrue(Fixture.errors(result, project).get(1).contains("row r2"));
    }

    @Test
    void aCheckOnAnUnreadableValueOrItsGroupIsNotRunOnlyTheValueIsReported() {
        String report = """
                [data#proactive]
                ----
                total: 120
                channels:
                  portal: 70
                  wechat: ５０
                ----

                tally:proactive.channels.wechat[50]

                [checks]
                ----
                - proactive.total = sum(proactive.channels)
                - proactive.channels.wechat = 50
                - proactive.channels.portal = 70
                - proactive.channels.portal = 71
                ----
                """;
        RunResult result = Fixture.run(projectWith(report));
        // the three that use the unreadable cell (the figure, the sum, wechat = 50) are counted in one note, at the
        // first of them (trial AA, F3)
        assertEquals(List.of("value.not-number", "check.unreadable-skipped", "check.failed"), Fixture.codes(result),
                "no misleading 120 != 70: the sum over a group with an unreadable value is not taken");
        assertEquals(List.of("NOTE src/reports/r.adoc:9: checks and figures not run (3), the first here: data of this "
                + "report that they use could not be read or is missing (see the report's errors)"),
                Fixture.printed(result, project).stream().filter(l -> l.startsWith("NOTE")).toList());
        assertTrue(Fixture.errors(result, project).get(1).contains("70 != 71"), Fixture.errors(result, project).toString());
    }

    /**
     * Trial AS, 5: a list written by mistake where a values block wants a number is a value that could not be read,
     * as ５０ is: the sum of its group, a check and a figure naming it are not run (one note), not run with it left
     * out (a wrong 6 != 1, or a pass), and its name is no unknown key.
     */
    @Test
    void aListInAValuesBlockIsAValueNotReadNotOneLeftOut() throws Exception {
        String report = "= R\n\n共tally:v.parts.b[5]件，合计tally:v.parts[6]件。\n\n[data#v]\n----\ntotal: 6\n"
                + "parts: {a: 1, b: [2, 3]}\nbalanced:\n  a: 1\n  b: [0]\n----\n\n[checks]\n----\n"
                + "- v.total = sum(v.parts)\n- v.parts.b = 5\n- sum(v.balanced) = 1\n- v.parts.a = 1\n----\n";
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of(
                "NOTE " + at(report, "共tally") + "checks and figures not run (5), the first here: data of this report "
                        + "that they use could not be read or is missing (see the report's errors)",
                "ERROR " + at(report, "parts: {") + "v.parts.b: lists are not allowed in a values block (only in table rows)",
                "ERROR " + at(report, "  b: [0]") + "v.balanced.b: lists are not allowed in a values block (only in table "
                        + "rows)"),
                Fixture.printed(result, project));
        assertEquals(1, result.checksRun()); // v.parts.a = 1
    }

    /**
     * Trial AS, 6: the same wrong figure twice on one line (also once through attributes) is two errors, one line
     * each, which say which of the line's figures they are: not one line counted once, the second found only when
     * the first is fixed. A figure of a file included twice is one figure, said once.
     */
    @Test
    void theSameWrongFigureTwiceOnALineIsTwoErrors() throws Exception {
        Fixture.report(project, "_p.adoc", "另有tally:v.total[169]条。\n");
        String report = "= R\n:blk: v\n:n: 171\n\n上半年tally:v.total[171]条，下半年同样tally:{blk}.total[{n}]条。\n\n"
                + "include::_p.adoc[]\n\ninclude::_p.adoc[]\n\n[data#v]\n----\ntotal: 170\n----\n";
        RunResult result = Fixture.run(projectWith(report));
        String mismatch = "figure does not match the data: tally:v.total[171]: the data gives 170, the text says 171";
        assertEquals(List.of(
                "ERROR src/reports/_p.adoc:1: figure does not match the data: tally:v.total[169]: the data gives 170, "
                        + "the text says 169",
                "ERROR " + at(report, "上半年") + mismatch + " (figure 1 of the 2 alike on this line)",
                "ERROR " + at(report, "上半年") + mismatch + " (figure 2 of the 2 alike on this line)"),
                Fixture.printed(result, project));
        assertEquals(3, result.errors());
        assertEquals("文中数字与数据不符：tally:v.total[171]：数据为 170，正文写的是 171（本行有 2 处同样的数字，这是第 2 处）",
                result.diagnostics().get(2).message(java.util.Locale.CHINESE));
        // two wrong figures that differ are told apart by what they say, as before
        assertEquals(2, Fixture.errors(Fixture.run(projectWith(report.replace("tally:{blk}.total[{n}]",
                "tally:v.total[172]").replace("include::_p.adoc[]\n", ""))), project).size());
    }

    /** Trial AC, 2b: a table check with no number in any place it names, for text in its cells, is counted too. */
    @Test
    void aTableCheckNotRunForTextInEveryCellIsCountedInTheNote() throws Exception {
        String report = """
                = R

                [data#t]
                ----
                columns: [n]
                rows:
                  a: [x]
                  b: [y]
                  合计: [z]
                checks:
                  - 合计 = a + b
                ----
                """;
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("skip.no-numbers"), result.reports().get(0).outcomes().stream()
                .filter(o -> o.reason() != null).map(o -> o.reason()).toList());
        assertEquals(List.of("NOTE src/reports/r.adoc:11: checks and figures not run (1), the first here: data of this "
                + "report that they use could not be read or is missing (see the report's errors)"),
                Fixture.printed(result, project).stream().filter(l -> l.startsWith("NOTE")).toList());
    }

    @Test
    void aFailedIncludeIsTheOneErrorNotEveryTableSectionAndNameItHid() throws Exception {
        String report = """
                = R
                :tally-template: gov-info-disclosure-2021

                include::_tables.adoc[]

                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.a = applications.新收[总计]
                - v.a = 2
                ----
                """;
        RunResult result = Fixture.run(projectWith(report));
        // the template's checks of the tables not there are listed as not run, with a note that counts them
        assertEquals(List.of("check.template-skipped", "include.missing", "check.unreadable-skipped", "check.failed"),
                Fixture.codes(result), "no missing tables or sections, no unknown names: they may be in the missing part");
        // the checks that name what may be in the missing part (the report's own, at line 13, and two of the
        // template's over tables not read) are counted as not run, as the results list them, in one note at the
        // report's first (trial AC, 2); the template's checks of the tables it lacks are counted apart
        assertEquals(3, result.reports().get(0).outcomes().stream()
                .filter(o -> "skip.unreadable".equals(o.reason())).count(), result.reports().get(0).outcomes()::toString);
        assertEquals(List.of("NOTE src/reports/r.adoc: the template's checks that name a table, row or column the "
                + "report lacks were not run (6): the report's errors say what is missing",
                "NOTE src/reports/r.adoc:13: checks and figures not run (3), the first here: data of this "
                + "report that they use could not be read or is missing (see the report's errors)"),
                Fixture.printed(result, project).stream().filter(l -> l.startsWith("NOTE")).toList());
    }

    /** Trial M, 9: a name a letter or two off, or a row written without its block, is told what was meant. */
    @Test
    void aMistypedNameIsToldTheNameMeant() {
        String report = """
                = R

                [data#k]
                ----
                total: 1
                Ab: 2
                ----

                [data#t]
                ----
                columns: [总计, 自然人]
                rows:
                  新收: [3, 3]
                ----

                [checks]
                ----
                - k.totl = 1
                - K.total = 1
                - k.ab = 2
                - 新收[总计] = 3
                - t.新收[总记] = 3
                - K.TOTAL = 1
                - T.新收[总计] = 3
                - K.nothing = 1
                - "`k.total` = 1"
                - "`t.新收`[总计] = 3"
                ----
                """;
        List<String> errors = Fixture.runOne(project, report);
        assertEquals(10, errors.size(), errors::toString);
        assertTrue(errors.get(0).endsWith("in k.totl = 1: unknown name k.totl: no such key in values block k; did you mean"
                + " k.total? (at character 1)"), errors.get(0));
        assertTrue(errors.get(1).endsWith("there is no block K; did you mean k.total? (at character 1)"), errors.get(1));
        assertTrue(errors.get(2).endsWith("; did you mean k.Ab? (at character 1)"), errors.get(2));
        assertTrue(errors.get(3).endsWith("there is no block 新收; a document check names the block first: did you mean"
                + " t.新收[总计]? (at character 1)"), errors.get(3));
        assertTrue(errors.get(4).contains("unknown column 总记 in table t; did you mean 总计?"), errors.get(4));
        // trial Q, 11: a block in the wrong case is suggested with the rest of the name as the block writes it,
        // or alone where the rest names nothing there; a whole path in one pair of backquotes is one name
        assertTrue(errors.get(5).endsWith("there is no block K; did you mean k.total? (at character 1)"), errors.get(5));
        assertTrue(errors.get(6).endsWith("there is no block T; did you mean t.新收[总计]? (at character 1)"), errors.get(6));
        assertTrue(errors.get(7).endsWith("there is no block K; did you mean k? (at character 1)"), errors.get(7));
        assertTrue(errors.get(8).endsWith("there is no block k.total; backquotes hold one name, not a path: did you mean"
                + " k.total? (at character 1)"), errors.get(8));
        assertTrue(errors.get(9).endsWith("backquotes hold one name, not a path: did you mean t.新收[总计]? (at character 1)"),
                errors.get(9));
    }

    @Test
    void previousChecksAreSkippedWithOneNotePerReport() {
        String body = """
                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.a = previous.v.a
                - v.a >= previous.v.a
                - v.a = 1
                ----
                """;
        Fixture.report(project, "2023/a.adoc", body);
        Fixture.report(project, "2023/b.adoc", body);
        RunResult result = Fixture.run(project);
        assertEquals(List.of(
                "NOTE src/reports/2023/a.adoc: checks on the previous report (previous.) were skipped (2): the report names no previous report (:tally-previous:)",
                "NOTE src/reports/2023/b.adoc: checks on the previous report (previous.) were skipped (2): the report names no previous report (:tally-previous:)"),
                Fixture.printed(result, project));
        assertEquals(0, result.errors());
    }

    @Test
    void theFormsStockCheckIsSkippedWithANoteWhenLastYearsReportIsOfThe2019Form() {
        // 2021's form asks 现行有效件数 of the 2020 report, which the 2019 form (used for 2020) has not
        Fixture.write(project.resolve("src/reports/2020/a.adoc"), dev.tally.template.Skeleton.write(
                dev.tally.template.Templates.builtIn("gov-info-disclosure-2019", new dev.tally.diagnostic.Diagnostics()),
                "gov-info-disclosure-2019", "2020", null, null).text());
        Fixture.write(project.resolve("src/reports/2021/a.adoc"), dev.tally.template.Skeleton.write(
                dev.tally.template.Templates.builtIn("gov-info-disclosure-2021", new dev.tally.diagnostic.Diagnostics()),
                "gov-info-disclosure-2021", "2021", null, "../2020/a.adoc").text());
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertEquals(0, result.errors(), printed::toString);
        assertTrue(printed.stream().anyMatch(l -> l.matches("NOTE src/reports/2021/a\\.adoc: template checks on the "
                + "previous report \\(previous\\.\\) were skipped \\(\\d+\\): the previous report \\.\\./2020/a\\.adoc does not have the blocks, rows "
                + "or columns they name \\(it uses template gov-info-disclosure-2019\\)")), printed::toString);
    }

    @Test
    void aReportsOwnCheckOnANameLastYearsReportLacksIsStillAnError() {
        Fixture.report(project, "2023/a.adoc", "[data#v]\n----\na: 1\n----\n");
        Fixture.report(project, "2024/a.adoc", """
                :tally-previous: ../2023/a.adoc

                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.a = previous.w.a
                ----
                """);
        RunResult result = Fixture.run(project);
        assertEquals(List.of("check.unknown-block-previous"), Fixture.codes(result));
    }

    @Test
    void checksOnPreviousDataThatCouldNotBeReadAreSkippedWithANote() {
        Fixture.report(project, "2023/a.adoc", "[data#v]\n----\nn: [1\n----\n");
        Fixture.report(project, "2024/a.adoc", """
                :tally-previous: ../2023/a.adoc

                [data#v]
                ----
                n: 1
                ----

                [checks]
                ----
                - v.n = previous.v.n
                - v.n = 1
                ----

                Last year tally:previous.v.n[].
                """);
        RunResult result = Fixture.run(project);
        List<String> printed = Fixture.printed(result, project);
        assertTrue(printed.contains("NOTE src/reports/2024/a.adoc: checks on the previous report (previous.) were skipped (2): the data "
                + "they use in the previous report ../2023/a.adoc could not be read (see its errors)"), printed.toString());
        assertTrue(printed.stream().anyMatch(p -> p.startsWith("ERROR src/reports/2023/a.adoc:3: YAML syntax error")),
                printed.toString());
        assertEquals(1, result.errors());
    }

    @Test
    void aMissingPreviousReportIsAnError() {
        String report = ":tally-previous: ../2023/r.adoc\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = previous.v.a\n----\n";
        Fixture.report(project, "2024/r.adoc", report);
        RunResult result = Fixture.run(project);
        assertEquals(List.of("ERROR src/reports/2024/r.adoc:1: previous report not found: ../2023/r.adoc"),
                Fixture.printed(result, project));
    }

    @Test
    void aReportCannotBeItsOwnPrevious() {
        Fixture.report(project, "2024/r.adoc", ":tally-previous: r.adoc\n");
        assertEquals(List.of("previous.self"), Fixture.codes(Fixture.run(project)));
    }

    @Test
    void aPreviousReportOutsideTheReportsIsAnError() {
        Fixture.write(project.resolve("old.adoc"), "[data#v]\n----\na: 1\n----\n");
        Fixture.report(project, "r.adoc", ":tally-previous: ../../old.adoc\n");
        assertEquals(List.of("previous.outside"), Fixture.codes(Fixture.run(project)));
    }

    private static final String Y2023 = """
            = 2023

            [data#apps]
            ----
            columns: [自然人, 法人, 总计]
            rows:
              新收: [5, 1, 6]
              结转下年度: [2, 1, 3]
            ----

            [data#v]
            ----
            total: 10
            ----
            """;

    private static String y2024(int carried) {
        return """
                = 2024
                :tally-previous: ../2023/r.adoc

                [data#apps]
                ----
                columns: [自然人, 法人, 总计]
                rows:
                  上年结转: [2, %d, %d]
                  新收: [4, 0, 4]
                ----

                [data#v]
                ----
                total: 12
                ----

                [checks]
                ----
                - apps.上年结转 = previous.apps.结转下年度
                - v.total - previous.v.total = 2
                - apps.上年结转[总计] = previous.apps.结转下年度@总计
                ----
                """.formatted(carried, 2 + carried);
    }

    @Test
    void lastYearsTableThatDoesNotLineUpIsNamedWithTheRowsThatDiffer() {
        Fixture.report(project, "2023/r.adoc", Y2023);
        String report = y2024(1).replace("""
                - apps.上年结转 = previous.apps.结转下年度
                - v.total - previous.v.total = 2
                - apps.上年结转[总计] = previous.apps.结转下年度@总计
                """, """
                - apps.自然人 = previous.apps.自然人
                - apps.总计 = previous.nothing.总计
                - apps.上年结转 = previous.apps.上年结转
                - v.total = previous.v.totl
                """);
        Fixture.report(project, "2024/r.adoc", report);
        List<String> errors = Fixture.errors(Fixture.run(project), project);
        assertEquals(List.of(
                "src/reports/2024/r.adoc:" + line(report, "- apps.自然人") + ": in apps.自然人 = previous.apps.自然人: rows or "
                        + "columns of apps and previous.apps do not line up: apps has 上年结转, which previous.apps lacks, "
                        + "and previous.apps has 结转下年度, which apps lacks (at character 12)",
                "src/reports/2024/r.adoc:" + line(report, "- apps.总计") + ": in apps.总计 = previous.nothing.总计: unknown "
                        + "name previous.nothing.总计: the previous report has no block nothing (at character 11)",
                // trial Q, 4: this year's table has the row, last year's lacks it, and is the one named
                "src/reports/2024/r.adoc:" + line(report, "- apps.上年结转") + ": in apps.上年结转 = previous.apps.上年结转: "
                        + "unknown name 上年结转: not a row or column of table previous.apps (at character 13)",
                "src/reports/2024/r.adoc:" + line(report, "- v.total") + ": in v.total = previous.v.totl: unknown name "
                        + "previous.v.totl: no such key in values block previous.v; did you mean previous.v.total? (at character 11)"),
                errors);
    }

    @Test
    void aCarryOverCheckAcrossTwoReportsPasses() {
        Fixture.report(project, "2023/r.adoc", Y2023);
        Fixture.report(project, "2024/r.adoc", y2024(1));
        RunResult result = Fixture.run(project);
        assertEquals(List.of(), Fixture.printed(result, project));
        assertEquals(3, result.reports().get(1).checksRun());
    }

    @Test
    void aCarryOverCheckAcrossTwoReportsFailsNamingTheColumn() {
        Fixture.report(project, "2023/r.adoc", Y2023);
        String report = y2024(0).replace(":tally-previous:", ":tally-year: 2024\n:tally-previous:");
        Fixture.report(project, "2024/r.adoc", report);
        RunResult result = Fixture.run(project);
        String where = "src/reports/2024/r.adoc:";
        // where the previous report's side stands, each year may hold the wrong figure (trial AM, 5): the note names
        // the report and line where the check fails, by its year (trial AT, 5)
        String before = "NOTE src/reports/2023/r.adoc:" + line(Y2023, "  结转下年度:") + ": this figure does not agree "
                + "with the one at line ";
        String after = " of the 2024 report (../2024/r.adoc): its check ";
        String which = " fails there; see which of the two reports holds the wrong figure";
        assertEquals(List.of(
                before + line(report, "- apps.上年结转 = previous") + after + "apps.上年结转 = previous.apps.结转下年度"
                        + which,
                before + line(report, "[总计] = previous") + after + "apps.上年结转[总计] = previous.apps.结转下年度@总计"
                        + which,
                "ERROR " + where + line(report, "- apps.上年结转 = previous") + ": check failed in apps, column 法人: apps.上年结转 = previous.apps.结转下年度: 0 != 1",
                "ERROR " + where + line(report, "- apps.上年结转 = previous") + ": check failed in apps, column 总计: apps.上年结转 = previous.apps.结转下年度: 2 != 3",
                "ERROR " + where + line(report, "[总计] = previous") + ": check failed: apps.上年结转[总计] = previous.apps.结转下年度@总计: 2 != 3"),
                Fixture.printed(result, project));
        // a clerk of a Chinese site reads which year's report fails, and that either may be wrong (trial AT, 5)
        dev.tally.diagnostic.DiagnosticFormatter zh = new dev.tally.diagnostic.DiagnosticFormatter(project,
                java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("src/reports/2023/r.adoc:" + line(Y2023, "  结转下年度:") + ": 本报告的这个数字与 2024 年度报告"
                + "（../2024/r.adoc）第 " + line(report, "- apps.上年结转 = previous") + " 行的数字不一致，该报告的检查 "
                + "apps.上年结转 = previous.apps.结转下年度 未通过：请核对两期报告中哪一处有误",
                zh.format(result.diagnostics().get(0)));
    }

    /** Trial I, 8: where only one side has more columns, the message says so in a sentence that parses. */
    @Test
    void rowsThatDoNotLineUpNameWhatOneSideLacks() {
        String report = """
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r: [1, 2, 3]
                ----

                [data#u]
                ----
                columns: [a, b]
                rows:
                  x: [1, 2]
                ----

                [checks]
                ----
                - t.r = u.x
                ----
                """;
        assertEquals(List.of("ERROR " + at(report, "- t.r = u.x") + "in t.r = u.x: rows or columns of t and u do not "
                + "line up: t has c, which u lacks (at character 7)"), run(report));
    }

    /**
     * Trial M, 13: adding figures of tables in different units, or comparing one amount in two scales (万元 against
     * 元), is warned of (the numbers are taken as written); dividing them (an amount per person) is not, nor is a
     * table without a unit, nor comparing figures of two kinds (人次 against 件: trial AD, 1).
     */
    @Test
    void figuresOfDifferentUnitsAddedOrComparedAreWarnedOf() {
        String report = """
                [data#wan]
                ----
                unit: 万元
                columns: [本年]
                rows:
                  支出: [1.5]
                ----

                [data#yuan]
                ----
                unit: 元
                columns: [本年]
                rows:
                  支出: [15000]
                ----

                [data#people]
                ----
                columns: [本年]
                rows:
                  人数: [3]
                ----

                [data#cases]
                ----
                unit: 件
                columns: [本年]
                rows:
                  受理: [3]
                ----

                [data#visits]
                ----
                unit: 人次
                columns: [本年]
                rows:
                  接待: [30]
                ----

                [checks]
                ----
                - visits.接待 >= cases.受理
                - visits.接待 = cases.受理 * 10
                - visits.接待 + cases.受理 > 0
                - wan.支出 < yuan.支出
                - wan.支出[本年] * 10000 = yuan.支出[本年]
                - yuan.支出 / people.人数 = 5000
                - wan.支出 + people.人数 = 4.5
                - sum(wan.支出, yuan.支出) > 0
                ----
                """;
        assertEquals(List.of("WARNING " + at(report, "- visits.接待 + cases") + "visits.接待 + cases.受理 > 0: adds or "
                + "compares figures of different units, visits.接待 in 人次 and cases.受理 in 件: the numbers are taken as "
                + "written, not converted",
                "WARNING " + at(report, "- wan.支出 < yuan.支出") + unitsDiffer("wan.支出 < yuan.支出", "wan.支出"),
                "WARNING " + at(report, "- sum(wan") + unitsDiffer("sum(wan.支出, yuan.支出) > 0", "wan.支出")),
                run(report));
    }

    /**
     * Trial P, 5: a figure bound to a number pasted into the data with its unit ({@code 236人次}) is warned of: the
     * page would print the unit twice, and no check can use it. A text the figure expects as such, or a text
     * that is not a number with a unit, is not.
     */
    @Test
    void aFigureOfANumberPastedWithItsUnitIsWarnedOf() {
        String report = """
                [data#training]
                ----
                人次: 236人次
                场次: 4场
                地点: 县政府三楼会议室
                日期: 2024年3月
                ----

                参训tally:training.人次[]人次，tally:training.场次[4场]，在tally:training.地点[]，于tally:training.日期[]。
                """;
        // trial AT, 14: said at the value's own line too, where the fix is
        assertEquals(List.of("WARNING " + at(report, "人次: 236人次") + "training.人次 is written 236人次, a number with its"
                + " unit, where a figure or a check reads it: write 236 alone (its unit goes in the text beside its"
                + " figure)", "WARNING " + at(report, "参训") + "figure tally:training.人次[] shows the text 236人次, a "
                + "number with its unit: if it is a number, write 236 in the data and the unit in the text around the "
                + "figure, which then checks it"), run(report));
    }

    /**
     * Trial AT, 14: a value written with its unit that a figure and a sum both read is said once at its own line,
     * besides at the figure and the check; a value that nothing reads is not.
     */
    @Test
    void aValueWrittenWithItsUnitIsSaidOnceAtItsLine() {
        String report = """
                [data#p]
                ----
                total: 248
                channels:
                  门户网站: 150条
                  公开栏: 98
                unused: 12个
                ----

                门户网站tally:p.channels.门户网站[150]条。

                [checks]
                ----
                - p.total = sum(p.channels)
                ----
                """;
        List<String> said = run(report);
        assertEquals(1, said.stream().filter(l -> l.contains("is written")).count(), said::toString);
        assertTrue(said.contains("WARNING " + at(report, "门户网站: 150条") + "p.channels.门户网站 is written 150条, a number"
                + " with its unit, where a figure or a check reads it: write 150 alone (its unit goes in the text beside"
                + " its figure)"), said::toString);
    }

    @Test
    void unitsInTwoScalesAreOneUnitAndUnitsOfTwoKindsAreNot() {
        assertTrue(Checker.scalesOfOneUnit("万元", "元"));
        assertTrue(Checker.scalesOfOneUnit("亿元", "万 元"));
        assertTrue(Checker.scalesOfOneUnit("千克", "克"));
        assertTrue(Checker.scalesOfOneUnit("thousand USD", "usd"));
        assertTrue(Checker.scalesOfOneUnit("millions of tonnes", "tonnes"));
        assertFalse(Checker.scalesOfOneUnit("人次", "次"));
        assertFalse(Checker.scalesOfOneUnit("人次", "件"));
        assertFalse(Checker.scalesOfOneUnit("cases", "samples"));
        assertFalse(Checker.scalesOfOneUnit("万元", "万人"));
    }

    /** One unit written two ways (a space, a full-width sign, another case) is one unit: no warning. */
    @Test
    void oneUnitWrittenTwoWaysIsNotWarnedOf() {
        String report = """
                [data#a]
                ----
                unit: 万元
                columns: [本年, 占比]
                rows:
                  支出: [1.5, 10]
                ----

                [data#b]
                ----
                unit: 万 元
                columns: [本年, 占比]
                rows:
                  支出: [1.5, 10]
                ----

                [data#c]
                ----
                unit: ％
                columns: [x]
                rows:
                  r: [10]
                ----

                [data#d]
                ----
                unit: "%"
                columns: [x]
                rows:
                  r: [10]
                ----

                [checks]
                ----
                - a.支出 = b.支出
                - c.r = d.r
                ----
                """;
        assertEquals(List.of(), run(report));
        assertTrue(Checker.sameUnit("KM²", "km²"));
        assertFalse(Checker.sameUnit("万元", "元"));
    }

    /** The warning for a check that sets a figure in 万元 ({@code wan}) against yuan.支出 in 元. */
    private static String unitsDiffer(String check, String wan) {
        return check + ": adds or compares figures of different units, " + wan + " in 万元 and yuan.支出 in 元: the "
                + "numbers are taken as written, not converted";
    }

    /** Trial O, 2: a table's own check that reaches another table of another unit is warned of too. */
    @Test
    void aTablesOwnCheckReachingATableOfAnotherUnitIsWarnedOf() {
        String report = """
                [data#wan]
                ----
                unit: 万元
                columns: [本年]
                rows:
                  支出: [1.5]
                  收入: [1.5]
                checks:
                  - 支出 = yuan.支出
                  - 支出 = 收入
                ----

                [data#yuan]
                ----
                unit: 元
                columns: [本年]
                rows:
                  支出: [15000]
                ----
                """;
        assertEquals(List.of("WARNING " + at(report, "- 支出 = yuan.支出") + unitsDiffer("支出 = yuan.支出", "支出"),
                "ERROR " + at(report, "- 支出 = yuan.支出") + "check failed in wan, column 本年: 支出 = yuan.支出: 1.5 != 15000"),
                run(report));
    }

    /**
     * Two tables with the same columns, and the same rows, listed in another order are matched by key (trial M, 6):
     * a row of one equals the same row of the other column by column, and a failure names the column by its key.
     */
    @Test
    void rowsAndColumnsInAnotherOrderAreMatchedByKey() {
        String report = """
                [data#a]
                ----
                columns: [x, y, total]
                rows:
                  r1: [1, 2, 3]
                  r2: [4, 5, 9]
                ----

                [data#b]
                ----
                columns: [total, y, x]
                rows:
                  r2: [9, 5, 4]
                  r1: [3, 2, 1]
                ----

                [data#c]
                ----
                columns: [y, x, total]
                rows:
                  r1: [2, 7, 9]
                ----

                [checks]
                ----
                - a.r1 = b.r1
                - a.x + a.y = b.total
                - a.total - b.x = b.y
                - sum(a.r1, b.r1) = b.r1 + b.r1
                - a.r1 = c.r1
                ----
                """;
        assertEquals(List.of("ERROR " + at(report, "- a.r1 = c.r1") + "check failed in a, column x: a.r1 = c.r1: 1 != 7",
                "ERROR " + at(report, "- a.r1 = c.r1") + "check failed in a, column total: a.r1 = c.r1: 3 != 9"),
                run(report));
    }

    // ---- figures in prose

    @Test
    void figuresThatMatchPass() {
        String report = """
                [data#v]
                ----
                total: 170
                by_kind:
                  机构信息: 7
                rate: 12.50
                ----

                [data#t]
                ----
                columns: [自然人, {法人: [企业, 其他]}, 总计]
                rows:
                  办理结果:
                    总计: [1, 2, 3, 6]
                ----

                共tally:v.total[170]条，机构信息tally:v.by_kind.机构信息[7]条，比例tally:v.rate[12.5]，
                办结tally:t.办理结果.总计@总计[6]件，其中企业tally:t.办理结果.总计@法人.企业[2]件，法人共tally:t.办理结果.总计@法人[5]件。
                tally:v.total[]
                """;
        assertEquals(List.of(), run(report));
    }

    @Test
    void aFigureThatDoesNotMatchShowsBothValues() {
        String report = """
                [data#proactive]
                ----
                total: 169
                ----

                全镇主动公开政府信息tally:proactive.total[170]条。
                """;
        assertEquals(List.of("ERROR " + at(report, "全镇") + "figure does not match the data: tally:proactive.total[170]: the data gives 169, the text says 170"),
                run(report));
    }

    /**
     * Trial I, 3: a figure on a group of values shows, and checks, the sum of its numbers, as sum(...) counts it:
     * FORMAT.md's {@code tally:proactive.total[170]} fails where the breakdown sums to 169.
     */
    @Test
    void aFigureOnAGroupOfValuesIsTheSumOfItsNumbers() {
        String report = """
                [data#proactive]
                ----
                total:
                  机构信息: 7
                  政策文件: 162
                ----

                全镇主动公开政府信息tally:proactive.total[170]条，机构信息tally:proactive.total.机构信息[7]条。
                """;
        assertEquals(List.of("ERROR " + at(report, "全镇") + "figure does not match the data: "
                + "tally:proactive.total[170]: the data gives 169, the text says 170"), run(report));
    }

    /**
     * Trial I, 2: FORMAT.md lets a values block hold text; a figure shows it, and with an expected text checks it
     * (a check on it stays an error: checks compute with numbers).
     */
    @Test
    void aFigureOnATextValueShowsItAndChecksAnExpectedText() {
        String report = """
                [data#p]
                ----
                name: 沈荡镇
                ----

                tally:p.name[]人民政府。tally:p.name[沈荡镇]与tally:p.name[海盐县]。
                """;
        assertEquals(List.of("ERROR " + at(report, "tally:p.name[]") + "figure does not match the data: "
                + "tally:p.name[海盐县]: the data gives 沈荡镇, the text says 海盐县"), run(report));
    }

    /** Trial AD, 2: a number quoted in the data is text; a figure that prints it another way says so. */
    @Test
    void aFigureOnAQuotedNumberSaysTheDataHoldsText() {
        String report = """
                [data#budget]
                ----
                total: "21000"
                ----

                Spent tally:budget.total[21,000], tally:budget.total[21000].
                """;
        assertEquals(List.of("ERROR " + at(report, "Spent") + "figure does not match the data: tally:budget.total[21,000]: "
                + "the data holds the text 21000, not a number (it is quoted), and text is compared as written with "
                + "21,000: write 21000 without quotes in the data to compare the numbers"), run(report));
    }

    /**
     * Trial J, 1: inside a footnote's brackets a figure's ] is written \\] as AsciiDoc escapes it; an image's alt
     * text is shown as it is, so a macro there is no figure.
     */
    @Test
    void aFigureInAFootnoteWithAnEscapedBracketIsCheckedAndOneInAnImagesAltTextIsNoFigure() {
        String report = """
                [data#rates]
                ----
                fee: 12.50
                ----

                The fee is tally:rates.fee[12.50].footnote:[Set by the board at tally:rates.fee[12.50\\] per visit, not tally:rates.fee[13\\].]

                image::logo.png[Alt with tally:rates.fee[99\\]]
                """;
        assertEquals(List.of("ERROR " + at(report, "The fee is") + "figure does not match the data: tally:rates.fee[13]: "
                + "the data gives 12.50, the text says 13"), run(report));
    }

    @Test
    void aFigureNamingACellWithAColumnPath() {
        String report = """
                [data#t]
                ----
                columns: [自然人, {法人: [企业, 其他]}, 总计]
                rows:
                  新收: [1, 2, 3, 6]
                ----

                企业tally:t.新收@法人.企业[3]件。
                """;
        assertEquals(List.of("ERROR " + at(report, "企业tally") + "figure does not match the data: tally:t.新收@法人.企业[3]: the data gives 2, the text says 3"),
                run(report));
    }

    @Test
    void aFigureWithAnUnknownPathIsAnError() {
        String report = """
                [data#v]
                ----
                a: 1
                ----

                tally:v.b[] tally:w.a[] tally:v.a[1]
                """;
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("check.unknown-key", "check.unknown-block"), Fixture.codes(result));
        assertEquals(2, result.errors());
        assertTrue(Fixture.errors(result, project).get(0).startsWith(at(report, "tally:v.b")));
    }

    @Test
    void aFigureNamingAWholeRowOrABadExpectationIsAnError() {
        String report = """
                [data#t]
                ----
                columns: [a, b]
                rows:
                  r: [1, 2]
                ----

                tally:t.r[] tally:t.r@a[一]
                """;
        assertEquals(List.of("figure.not-single", "figure.bad-expected"), Fixture.codes(Fixture.run(projectWith(report))));
    }

    /** Trial AM, 7: the row of a table of one column is one value, and a figure may name it so. */
    @Test
    void aFigureOnARowOfAOneColumnTableIsItsCell() {
        String report = """
                [data#content]
                ----
                columns: [条数]
                rows:
                  规范性文件: [445]
                  规划计划: [2]
                ----

                共 tally:content.规范性文件[445] 件，tally:content.规划计划[3] 件。
                """;
        assertEquals(List.of("ERROR " + at(report, "共 tally") + "figure does not match the data: tally:content.规划计划[3]: "
                + "the data gives 2, the text says 3"), run(report));
    }

    /** Trial H, 9: Asciidoctor replaces {n} before it reads the macro, so Tally checks the value it stands for. */
    @Test
    void anAttributeInAFigureStandsForItsValue() {
        String report = ":n: 170\n:T: v\n\n[data#v]\n----\nx: %s\n----\n\nIn all tally:{t}.x[{n}] items.\n";
        assertEquals(List.of(), Fixture.codes(Fixture.run(projectWith(report.formatted("170")))));
        assertEquals(List.of("figure.mismatch"), Fixture.codes(Fixture.run(projectWith(report.formatted("169")))));
    }

    @Test
    void aFigureWithPreviousButNoPreviousReportIsAnError() {
        String report = "[data#v]\n----\na: 1\n----\n\n上年tally:previous.v.a[]条\n";
        assertEquals(List.of("figure.no-previous"), Fixture.codes(Fixture.run(projectWith(report))));
    }

    /**
     * Trial AA, F4: a figure with its text is a check, and a report that names no previous report skips its checks
     * on the previous period, counted in the one note (FORMAT 3.3): the first report of a chain may quote last
     * year's figures from its paper report.
     */
    @Test
    void aFigureWithItsTextOnThePreviousPeriodOfAReportWithoutOneIsSkippedAsAChecksIs() {
        String report = "[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = previous.v.a\n----\n\n"
                + "上年tally:previous.v.a[5]条，今年tally:v.a[1]条。\n";
        RunResult result = Fixture.run(projectWith(report));
        assertEquals(List.of("check.previous-skipped"), Fixture.codes(result));
        assertEquals("2", String.valueOf(result.diagnostics().stream().filter(Fixture::shown).findFirst()
                .orElseThrow().args().get(0)), "both the check and the figure are counted");
        assertEquals(0, result.errors());
        assertEquals(List.of("PASSED", "SKIPPED", "SKIPPED"), result.reports().get(0).outcomes().stream()
                .map(o -> o.status().name()).sorted().toList());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLongFlatSumWithinTheLengthLimitDoesNotCrash() {
        // 9,000 terms, about 18,000 characters: under the 20,000 character limit, no nesting at all
        String sum = String.join("+", Collections.nCopies(9_000, "1"));
        String report = "[checks]\n----\n- \"9000 = " + sum + "\"\n----\n";
        Fixture.report(project, "r.adoc", report);
        RunResult result = assertDoesNotThrow(() -> Fixture.run(project));
        List<String> codes = Fixture.codes(result);
        assertTrue(codes.isEmpty() || codes.equals(List.of("check.invalid")), codes::toString);
    }

    private Path projectWith(String report) {
        Fixture.report(project, "r.adoc", report);
        return project;
    }
}
