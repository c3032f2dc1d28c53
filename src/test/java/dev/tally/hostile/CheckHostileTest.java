package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.tally.hostile.Sandbox.lineOf;

/**
 * Hostile checks and figures, through the whole run: division by zero, checks of 100 KB, figure macros with
 * 10 KB targets. (Checks written as mappings with unknown keys are in {@link YamlHostileTest}.)
 */
class CheckHostileTest {

    @TempDir
    Path tmp;

    private Sandbox.Outcome runOne(String text) {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", text);
        return s.run().hostile("r.adoc");
    }

    private static String withChecks(String checks) {
        return "= R\n\n[data#v]\n----\na: 6\nb: 3\nz: 0\n----\n\n[data#t]\n----\ncolumns: [a, b, q]\nrows:\n"
                + "  x: [6, 3, 2]\n  y: [5, 0, 1]\n  w: [1, 4, 0.25]\n----\n\n[checks]\n----\n" + checks + "----\n";
    }

    // ---------------------------------------------------------------- division by zero

    @Test
    void divisionByZeroInADocumentCheckIsAnErrorAtTheCheck() {
        String r = withChecks("- v.a / v.z = 1\n- v.a / (v.b - v.b) = 1\n- 0 / 0 = 0\n- v.a / v.b = 3\n");
        runOne(r)
                // the divisor that is 0, at it (trial AM, 9)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a / v.z = 1"),
                        "division by zero: v.z is 0 (at character 7)")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a / (v.b - v.b) = 1"), "division by zero")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- 0 / 0 = 0"), "division by zero")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "- v.a / v.b = 3") + ": check failed: v.a / v.b = 3: 2 != 3");
    }

    /**
     * Chosen behaviour (trial L, 3): a column check that divides by a column with a zero in one row is an error
     * at that row, which it names; the check goes on in the other rows, where a wrong number still fails.
     */
    @Test
    void divisionByZeroInOneRowOfAColumnCheckIsAnErrorAtThatRowAndTheOtherRowsAreChecked() {
        String r = "= R\n\n[data#t]\n----\ncolumns: [a, b, q]\nrows:\n  x: [6, 3, 2]\n  y: [5, 0, 1]\n  z: [8, 2, 3]\n"
                + "checks:\n  - q = a / b\n  - a = q * b\n----\n";
        runOne(r)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "y: [5, 0, 1]"), "in q = a / b: division by zero in t, row y")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "z: [8, 2, 3]"), "check failed in t, row z: q = a / b: 3 != 4")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "y: [5, 0, 1]"), "check failed in t, row y: a = q * b: 5 != 0")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "z: [8, 2, 3]"), "check failed in t, row z: a = q * b: 8 != 6");
    }

    /**
     * Trial O, 5: when the zero is in another table's column, the error names that table and is shown at its row
     * (not at the same-named row of the first table); the previous report's zero is shown at the check.
     */
    @Test
    void divisionByZeroInAnotherTableNamesThatTableAndItsRow() {
        Sandbox s = new Sandbox(tmp);
        s.report("2023/p.adoc", "= P\n\n[data#b]\n----\ncolumns: [x]\nrows:\n  r1: [2]\n  r2: [0]\n----\n");
        String r = "= R\n:tally-previous: ../2023/p.adoc\n\n[data#a]\n----\ncolumns: [x]\nrows:\n  r1: [4]\n  r2: [5]\n"
                + "----\n\n[data#b]\n----\ncolumns: [x]\nrows:\n  r2: [0]\n  r1: [2]\n----\n\n[checks]\n----\n"
                + "- a.x / b.x = 2\n- a.x / previous.b.x = 2\n----\n";
        s.report("2024/r.adoc", r);
        Sandbox.Outcome o = s.run();
        o.has("ERROR", "src/reports/2024/r.adoc", lineOf(r, "r2: [0]"), "in a.x / b.x = 2: division by zero in b, row r2")
                .has("ERROR", "src/reports/2024/r.adoc", lineOf(r, "- a.x / previous.b.x = 2"),
                        "in a.x / previous.b.x = 2: division by zero in previous.b, row r2");
        org.junit.jupiter.api.Assertions.assertFalse(o.printed.stream().anyMatch(p -> p.contains("in a, row")), o::dump);
    }

    /** A divisor that is zero everywhere (a number, not a column) is one error at the check, not one a row. */
    @Test
    void divisionOfAColumnByZeroIsOneErrorAtTheCheck() {
        String r = "= R\n\n[data#t]\n----\ncolumns: [a, b]\nrows:\n  x: [6, 3]\n  y: [5, 0]\n"
                + "checks:\n  - b = a / 0\n----\n";
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "- b = a / 0")
                + ": in b = a / 0: division by zero (at character 7)");
    }

    /**
     * A template's check may divide: the template is still a valid template (it cannot know the report's zeros),
     * and the report's own zero is what gets reported, in the report (at the table or the row), like every other
     * problem a template's check finds in a report: several reports follow one template, and a line in the
     * template file does not say which of them has the zero.
     */
    @Test
    void divisionByZeroInATemplatesCheckIsReportedForTheReportNotTheTemplate() {
        Sandbox s = new Sandbox(tmp);
        s.projectFile("templates/t.yaml", "name: t\ntables:\n  t:\n    columns: [a, b, q]\n    rows: [x, y]\n    checks:\n      - q = a / b\n");
        s.report("r.adoc", "= R\n:tally-template: ../../templates/t.yaml\n\n[data#t]\n----\nrows:\n  x: [6, 3, 2]\n  y: [5, 0, 1]\n----\n");
        s.report("ok.adoc", "= OK\n:tally-template: ../../templates/t.yaml\n\n[data#t]\n----\nrows:\n  x: [6, 3, 2]\n  y: [5, 5, 1]\n----\n");
        Sandbox.Outcome o = s.run().hostile("r.adoc").lacks("r.adoc", "has errors");
        org.junit.jupiter.api.Assertions.assertTrue(o.printed.stream().anyMatch(
                p -> p.startsWith("ERROR src/reports/r.adoc:") && p.contains("division by zero")), o::dump);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), o.of("ok.adoc"), o::dump);
    }

    /**
     * FORMAT.md §3: arithmetic is exact. A quotient that does not terminate must not be rounded into a failure:
     * a third of 10, times 3, is 10.
     */
    @Test
    void aQuotientThatDoesNotTerminateIsStillExact() {
        String r = "= R\n\n[data#v]\n----\ntotal: 10\nparts: 3\n----\n\n[checks]\n----\n"
                + "- v.total / v.parts * v.parts = v.total\n- 1 / 3 + 1 / 3 + 1 / 3 = 1\n- v.total = 11\n----\n";
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "- v.total = 11") + ": check failed: v.total = 11: 10 != 11")
                .lacks("r.adoc", "v.total / v.parts").lacks("r.adoc", "1 / 3 + 1 / 3");
    }

    /**
     * Exact fractions must stay cheap: a check within the length limit that adds the reciprocals of the first
     * 2,800 primes has a denominator of some 10,000 digits, and every addition works on it. Five such checks must
     * still be evaluated (or refused as too complex, at their lines) within the limit.
     */
    @Test
    void checksAddingThousandsOfDifferentFractionsAreBounded() {
        StringBuilder sum = new StringBuilder("v.a");
        java.math.BigInteger p = java.math.BigInteger.ONE;
        while (sum.length() < dev.tally.check.CheckParser.MAX_LENGTH - 100) {
            p = p.nextProbablePrime();
            sum.append(" + 1/").append(p);
        }
        StringBuilder checks = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            checks.append("- ").append(sum).append(" = ").append(i).append('\n');
        }
        String r = withChecks(checks.toString());
        runOne(r).hasAt("src/reports/r.adoc", lineOf(r, sum + " = 1"));
    }

    // ---------------------------------------------------------------- a check 100 KB long

    @Test
    void aHundredKilobyteCheckInAChecksBlockIsAnErrorAtItsLine() {
        String check = "v.a" + " + v.a".repeat(100 * 1024 / 6) + " = 1";
        String r = withChecks("- v.a = 1\n- " + check + "\n- v.b = 3\n");
        runOne(r)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a + v.a"), "check longer than 20000 characters")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a = 1"), "check failed: v.a = 1: 6 != 1");
    }

    @Test
    void aHundredKilobyteCheckInATableIsAnErrorAtItsLine() {
        String r = "= R\n\n[data#t]\n----\ncolumns: [a, b]\nrows:\n  x: [1, 2]\nchecks:\n  - {check: "
                + "a" + " + (a - a)".repeat(100 * 1024 / 10) + " = b, message: long}\n  - a = b\n----\n";
        runOne(r)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "{check: a + (a - a)"), "check longer than 20000 characters")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [1, 2]"), "check failed in t, row x: a = b: 1 != 2");
    }

    @Test
    void aHundredKilobyteCheckInATemplateIsAnErrorInTheTemplate() {
        Sandbox s = new Sandbox(tmp);
        String template = "name: t\ntables:\n  t:\n    columns: [a, b]\n    rows: [x]\n    checks:\n      - a = b\n      - a"
                + " + a".repeat(100 * 1024 / 4) + " = b\n";
        s.projectFile("templates/t.yaml", template);
        s.report("r.adoc", "= R\n:tally-template: ../../templates/t.yaml\n\n[data#t]\n----\nrows:\n  x: [1, 2]\n----\n");
        s.run().hostile("r.adoc")
                .has("ERROR", "templates/t.yaml", lineOf(template, "- a + a"), "check longer than 20000 characters")
                .has("ERROR", "src/reports/r.adoc", 2, "has errors");
    }

    /** Just under the length limit: 2,800 terms and 199 parentheses deep still evaluate, quickly. */
    @Test
    void aCheckJustUnderTheLimitsIsEvaluated() {
        String deep = "(".repeat(199) + "v.a" + ")".repeat(199);
        String flat = " + v.b".repeat(2_800);
        String r = withChecks("- " + deep + flat + " = 1\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "- ((("), "check failed: ((((").lacks("r.adoc", "invalid");
    }

    // ---------------------------------------------------------------- figures

    @Test
    void aFigureWithATenKilobyteTargetIsAnErrorAtItsLine() {
        String target = "v." + "a".repeat(10 * 1024);
        String r = withChecks("- v.a = 6\n") + "\n全年tally:" + target + "[6]条。\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:"), "");
    }

    @Test
    void aFigureWithATenKilobyteDottedTargetIsAnErrorAtItsLine() {
        String target = "v" + ".a".repeat(5 * 1024);
        String r = withChecks("- v.a = 6\n") + "\n全年tally:" + target + "[6]条。\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:"), "");
    }

    @Test
    void aFigureWithATenKilobyteTargetOfNestedPreviousIsAnErrorAtItsLine() {
        String target = "previous.".repeat(10 * 1024 / 9) + "v.a";
        String r = withChecks("- v.a = 6\n") + "\n全年tally:" + target + "[6]条。\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:"), "");
    }

    @Test
    void aFigureWithATenKilobyteExpectedValueIsAnErrorAtItsLine() {
        String r = withChecks("- v.a = 6\n") + "\n全年tally:v.a[" + "6".repeat(10 * 1024) + "]条。\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "全年tally:"), "is not a number");
    }

    @Test
    void figuresWithBrokenTargetsAreErrorsAtTheirLines() {
        String r = withChecks("- v.a = 6\n") + "\n甲tally:v.`a[1]乙tally:.a[1]丙tally:v..a[1]丁tally:v.a@[1]戊tally:1v[1]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "甲tally"), "invalid figure");
    }
}
