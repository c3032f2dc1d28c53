package dev.tally.run;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example reports (real published reports turned into Tally reports), copied into a fresh project. */
class ExamplesTest {

    @TempDir
    Path project;

    static Path examples() {
        Path base = Path.of(System.getProperty("basedir", "."));
        return base.resolve("examples/src/reports");
    }

    @BeforeEach
    void copyExamples() throws IOException {
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
    }

    /** Each at the heading of its section (line, section), where its block is to be added. */
    private static final String DAYU = "src/reports/2023/dayu.adoc:%d: missing table %s (%s) in section %s, which template"
            + " gov-info-disclosure-2021 requires: add its block [data#%2$s] under that heading";
    private static final String TWO = "二、主动公开政府信息情况";

    @Test
    void exactlyTheKnownErrors() {
        RunResult result = Fixture.run(project);
        assertEquals(List.of(
                "src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169",
                DAYU.formatted(19, "regulations", "第二十条第（一）项", TWO),
                DAYU.formatted(19, "licensing", "第二十条第（五）项", TWO),
                DAYU.formatted(19, "enforcement", "第二十条第（六）项", TWO),
                DAYU.formatted(19, "fees", "第二十条第（八）项", TWO),
                DAYU.formatted(23, "applications", "收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况"),
                DAYU.formatted(27, "appeals", "政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况")),
                Fixture.errors(result, project));
        assertEquals(0, result.warnings(), () -> Fixture.printed(result, project).toString());
    }

    @Test
    void everythingElseIsClean() {
        RunResult result = Fixture.run(project);
        for (ReportResult r : result.reports()) {
            String name = project.relativize(r.file()).toString().replace('\\', '/');
            if (name.endsWith("2017/shendang.adoc") || name.endsWith("2023/dayu.adoc")) {
                continue;
            }
            List<Diagnostic> notNotes = r.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList();
            assertEquals(List.of(), notNotes, name);
            // the only note a clean report gets is that previous. checks were skipped
            r.diagnostics().forEach(d -> assertEquals("check.previous-skipped", d.code(), name));
            assertTrue(r.checksRun() > 0 || r.template() == null, name);
        }
    }

    @Test
    void everyReportButThePartialIsChecked() {
        RunResult result = Fixture.run(project);
        List<String> names = result.reports().stream()
                .map(r -> Fixture.reports(project).relativize(r.file()).toString().replace('\\', '/')).toList();
        assertEquals(List.of("2014/qu.adoc", "2017/shendang.adoc", "2023/dayu.adoc", "2023/moguqi.adoc",
                "2023/qingshan.adoc", "2024/qingshan.adoc", "2024/shijiahe.adoc"), names);
    }

    @Test
    void theCarryOverFrom2023To2024IsChecked() {
        RunResult result = Fixture.run(project);
        ReportResult y2024 = result.reports().stream()
                .filter(r -> r.file().endsWith(Path.of("2024", "qingshan.adoc"))).findFirst().orElseThrow();
        assertTrue(y2024.diagnostics().isEmpty(), y2024.diagnostics()::toString);
        assertTrue(y2024.outcomes().stream().anyMatch(o -> o.check().contains("previous.applications.结转下年度")
                && o.status() == dev.tally.check.CheckOutcome.Status.PASSED), y2024.outcomes()::toString);
    }

    @Test
    void aChangedCarryOverFigureIsCaught() throws IOException {
        Path y2023 = Fixture.reports(project).resolve("2023/qingshan.adoc");
        String text = Files.readString(y2023);
        // 结转下年度 in 2023 must equal 上年结转 in 2024: break it in the previous year only
        String changed = text.replaceFirst("(\\n\\s*结转下年度: \\[)(\\d+)", "$1" + "9");
        assertTrue(!changed.equals(text), "no 结转下年度 row found");
        Files.writeString(y2023, changed);
        RunResult result = Fixture.run(project);
        assertTrue(Fixture.errors(result, project).stream()
                .anyMatch(e -> e.startsWith("src/reports/2024/qingshan.adoc:") && e.contains("column 自然人")
                        && e.contains("previous.applications.结转下年度")), Fixture.errors(result, project)::toString);
    }

    @Test
    void diagnosticsAreInAStableOrderAcrossRuns() {
        List<String> first = Fixture.printed(Fixture.run(project), project);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, Fixture.printed(Fixture.run(project), project));
        }
    }
}
