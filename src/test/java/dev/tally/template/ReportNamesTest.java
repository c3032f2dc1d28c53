package dev.tally.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default name of the next period's report ({@code tally:init}). */
class ReportNamesTest {

    /** Trial S, 10: the default name moves the period on where the previous report's name holds it. */
    @Test
    void theDefaultNameMovesThePeriodOnWhereTheNameHoldsIt() {
        assertEquals("q4.adoc", ReportNames.next("q3.adoc", "2025-Q3", "2025-Q4"));
        assertEquals("Q1.adoc", ReportNames.next("Q4.adoc", "2025-Q4", "2026-Q1"));
        assertEquals("report-2025.adoc", ReportNames.next("report-2024.adoc", "2024", "2025"));
        assertEquals("qingshan.adoc", ReportNames.next("qingshan.adoc", "2024", "2025"));
        assertEquals("h1-2025.adoc", ReportNames.next("h2-2024.adoc", "2024-H2", "2025-H1"));
        assertEquals("notes.adoc", ReportNames.next("notes.adoc", "2024", "2025-Q1"));
    }

    /**
     * Trial AD, 4: quarters kept in a folder per year ({@code 2025/q4.adoc}, {@code :tally-year: 2025-Q4}): the
     * period is the report's own, so Q4 of 2025 gives {@code q1.adoc} for 2026-Q1; without the attribute, the folder.
     */
    @Test
    void thePreviousPeriodIsTheReportsOwnWhereItStatesIt(@TempDir Path dir) throws IOException {
        Path q4 = Files.createDirectories(dir.resolve("2025")).resolve("q4.adoc");
        Files.writeString(q4, "= Water quality report, 2025 Q4\n:tally-template: ../t.yaml\n:tally-year: 2025-Q4\n\nText.\n",
                StandardCharsets.UTF_8);
        assertEquals("2025-Q4", ReportNames.periodOf(q4));
        assertEquals("q1.adoc", ReportNames.next("q4.adoc", ReportNames.periodOf(q4), "2026-Q1"));
        Path plain = dir.resolve("2025/report.adoc");
        Files.writeString(plain, "= Report\n\nText.\n", StandardCharsets.UTF_8);
        assertEquals("2025", ReportNames.periodOf(plain));
        Path latin1 = dir.resolve("2025/old.adoc");
        Files.write(latin1, new byte[] {'=', ' ', (byte) 0xE9, '\n'});
        assertEquals("2025", ReportNames.periodOf(latin1));
    }
}
