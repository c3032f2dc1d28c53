package dev.tally.results;

import dev.tally.run.Fixture;
import dev.tally.run.RunResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example reports, copied into a fresh project, and what checking them gives. */
final class ResultsFixture {

    private ResultsFixture() {
    }

    static Path examples() {
        return Path.of(System.getProperty("basedir", ".")).resolve("examples/src/reports");
    }

    /** Copies the examples to {@code project/src/reports} and checks them. */
    static RunResult examplesRun(Path project) throws IOException {
        Path from = examples();
        assertTrue(Files.isDirectory(from), from::toString);
        Path to = Fixture.reports(project);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return Fixture.run(project);
    }

    static final String SHENDANG = "src/reports/2017/shendang.adoc";
    static final String DAYU = "src/reports/2023/dayu.adoc";
    static final String SHENDANG_CHECK = "proactive.total = sum(proactive.by_kind)";
    static final String[] DAYU_MISSING = {"regulations", "licensing", "enforcement", "fees", "applications", "appeals"};

    /** The line of dayu's heading of the section a missing table belongs in, where it is said to be missing. */
    static int dayuSectionLine(String id) {
        return switch (id) {
            case "applications" -> 23;
            case "appeals" -> 27;
            default -> 19;
        };
    }

    /** A report with a table whose column check fails in one row, an invalid check and a skipped one. */
    static final String TABLE_REPORT = """
            = 表格
            :tally-year: 2024

            [data#applications]
            ----
            columns: [自然人, {法人或其他组织: [商业企业, 其他]}, 总计]
            rows:
              新收: [3, 1, 0, 4]
              上年结转: [1, 1, 0, 1]
            checks:
              - 总计 = 自然人 + 法人或其他组织
              - 新收[总计] >= 0
            ----

            [checks]
            ----
            - applications.新收[总计] <= 1000 +
            - applications.上年结转 = previous.applications.新收
            ----
            """;
}
