package dev.tally.check;

import dev.tally.run.Fixture;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cells a failing check names, which the site marks in the rendered table. */
class FailedCellsTest {

    @TempDir
    Path project;

    private static final String TABLE = """
            = R

            [data#t]
            ----
            columns: [甲, {乙: [乙一, 乙二]}, 总计]
            rows:
              新收: [3, 1, 0, 5]
              结转: [1, 0, 1, 2]
              办结: [4, 1, 1, 6]
            checks:
            %s
            ----
            %s
            """;

    /** The failed cells of the one report, as {@code table:row@column why}. */
    private List<String> cells(String tableChecks, String documentChecks) {
        Fixture.report(project, "r.adoc", TABLE.formatted(tableChecks, documentChecks));
        RunResult run = Fixture.run(project);
        ReportResult r = run.reports().get(0);
        return Tally.failedCells(r.report(), r.template(), null).stream()
                .map(c -> c.table() + ":" + c.row().dotted() + (c.column() == null ? "" : "@" + c.column().dotted())
                        + " " + c.why())
                .toList();
    }

    @Test
    void aColumnCheckMarksTheColumnsItNamesInTheFailingRow() {
        // 新收: 3 + 1 + 0 = 4, not 5
        assertEquals(List.of(
                "t:新收@总计 总计 = 甲 + 乙: 5 != 4",
                "t:新收@甲 总计 = 甲 + 乙: 5 != 4",
                "t:新收@乙.乙一 总计 = 甲 + 乙: 5 != 4",
                "t:新收@乙.乙二 总计 = 甲 + 乙: 5 != 4"),
                cells("  - 总计 = 甲 + 乙", ""));
    }

    @Test
    void aRowCheckMarksTheRowsItNamesInTheFailingColumn() {
        // 新收 + 结转 = 办结 holds in every column but 总计: 5 + 2 = 7, 办结 6
        assertEquals(List.of(
                "t:新收@总计 新收 + 结转 = 办结: 7 != 6",
                "t:结转@总计 新收 + 结转 = 办结: 7 != 6",
                "t:办结@总计 新收 + 结转 = 办结: 7 != 6"),
                cells("  - 新收 + 结转 = 办结", ""));
    }

    @Test
    void aDocumentCheckOnTwoCellsMarksBoth() {
        assertEquals(List.of(
                "t:新收@总计 t.新收[总计] = t.办结[总计]: 5 != 6",
                "t:办结@总计 t.新收[总计] = t.办结[总计]: 5 != 6"),
                cells("  - 办结 = 办结", """
                        [checks]
                        ----
                        - t.新收[总计] = t.办结[总计]
                        ----
                        """));
    }

    @Test
    void passingChecksMarkNothingAndAFailingValueIsMarkedAsAValue() {
        // no cell of a table: the number of the values block, for a figure of it in the text (trial U, 3)
        assertEquals(List.of("v:a v.a = 2: 1 != 2"), cells("  - 办结 <= 新收 + 结转", """
                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.a = 2
                - t.结转[总计] = 2
                ----
                """));
    }
}
