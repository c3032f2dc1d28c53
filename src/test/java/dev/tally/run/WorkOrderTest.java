package dev.tally.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reports are checked right after the report they name as previous, so that one reading serves both. */
class WorkOrderTest {

    @TempDir
    Path dir;

    private Path report(String path, String previous) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "= R\n" + (previous == null ? "" : ":tally-previous: " + previous + "\n") + "\ntext\n");
        return p;
    }

    @Test
    void eachReportFollowsItsPreviousOneAndEveryReportComesOnce() throws Exception {
        Path a23 = report("2023/a.adoc", null);
        Path b23 = report("2023/b.adoc", "../2022/gone.adoc");
        Path a24 = report("2024/a.adoc", "../2023/a.adoc");
        Path b24 = report("2024/b.adoc", "../2023/b.adoc");
        Path a25 = report("2025/a.adoc", "../2024/a.adoc");
        Path x = report("x.adoc", "y.adoc");
        Path y = report("y.adoc", "x.adoc");
        Path self = report("z.adoc", "z.adoc");
        List<Path> files = ReportFinder.find(dir);
        List<Path> order = WorkOrder.of(files);
        assertEquals(List.of(a23, a24, a25, b23, b24, self, x, y), order, "chains from their start in path order; a cycle last");
        assertEquals(new HashSet<>(files), new HashSet<>(order));
        // a chain is one thread's work, so that no thread waits for the reading of a previous report in another
        assertEquals(List.of(List.of(a23, a24, a25), List.of(b23, b24), List.of(self), List.of(x, y)),
                WorkOrder.chains(files));
    }

    @Test
    void theLinkIsReadFromTheReportsFirstLinesOnly() throws Exception {
        Path p = report("2024/a.adoc", "../2023/a.adoc");
        assertEquals(dir.resolve("2023/a.adoc"), WorkOrder.previousOf(p));
        Path late = dir.resolve("late.adoc");
        Files.writeString(late, "= R\n" + "x\n".repeat(5000) + ":tally-previous: a.adoc\n");
        assertEquals(null, WorkOrder.previousOf(late), "past the first 8 KB: path order, nothing else lost");
    }

    @Test
    void eachReportIsReadOnceWhateverTheOrderAndThreads() throws Exception {
        // 2023/ and 2024/ apart: in path order and on two threads a report's previous is often being read by the
        // other thread when it is wanted; it is waited for, not read again
        int places = 60;
        for (int i = 0; i < places; i++) {
            report(String.format("2023/t%03d.adoc", i), null);
            report(String.format("2024/t%03d.adoc", i), String.format("../2023/t%03d.adoc", i));
        }
        for (int round = 0; round < 5; round++) {
            Tally tally = new Tally(dir, new dev.tally.template.Templates(dir));
            RunResult result = tally.check(false);
            assertEquals(2 * places, result.reports().size());
            assertEquals(places, tally.readsSaved(), "every previous report comes from its own reading");
        }
    }
}
