package dev.tally.check;

import dev.tally.run.Fixture;
import dev.tally.run.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
