package dev.tally.run;

import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * format.md says "every example on it passes tally:check as shown, or fails it exactly as shown" (trial AG, 7: one
 * did not). Its template file, the report that follows it, and the two reports that go wrong are taken from the page
 * as written, checked as the build checks them (integrity on), and their lines compared with the page's.
 */
class FormatExamplesTest {

    @TempDir
    Path project;

    /** A fenced block of the page: its info string, its text, and the page's line just above it. */
    private record Fence(String info, String text, String before) {
    }

    private static List<Fence> fences() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/site/markdown/format.md"), StandardCharsets.UTF_8);
        List<Fence> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).equals("```")) {
                continue;
            }
            String before = "";
            for (int k = i - 1; k >= 0 && before.isBlank(); k--) {
                before = lines.get(k);
            }
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).equals("```"); j++) {
                text.append(lines.get(j)).append('\n');
            }
            out.add(new Fence(lines.get(i).substring(3).strip(), text.toString(), before));
            i = j;
        }
        return out;
    }

    /** The block of {@code info} whose preceding line holds {@code mark}, and the block after it. */
    private static Fence[] after(List<Fence> fences, String info, String mark) {
        for (int i = 0; i < fences.size(); i++) {
            Fence f = fences.get(i);
            if (f.info().equals(info) && f.before().contains(mark)) {
                return new Fence[] {f, i + 1 < fences.size() ? fences.get(i + 1) : null};
            }
        }
        throw new AssertionError("no " + info + " block after a line with " + mark);
    }

    /** The page's output lines for one file, as severity and text; the build's summary lines left out. */
    private static List<String> expected(Fence output, String file) {
        List<String> out = new ArrayList<>();
        for (String line : output.text().split("\n")) {
            if (line.startsWith("[INFO] Tally:") || !line.contains(file)) {
                continue;
            }
            out.add(line.replaceFirst("^\\[INFO] ", "NOTE ").replaceFirst("^\\[(ERROR|WARNING)] ", "$1 "));
        }
        return out;
    }

    private List<String> printed(RunResult run, String file) {
        DiagnosticFormatter f = new DiagnosticFormatter(project, Locale.ROOT);
        return run.diagnostics().stream().map(d -> d.severity() + " " + f.format(d)).filter(l -> l.contains(file))
                .toList();
    }

    @Test
    void theTemplateExampleAndTheReportsThatGoWrongCheckAsThePageShows() throws IOException {
        List<Fence> fences = fences();
        Fence template = fences.stream().filter(f -> f.info().equals("yaml") && f.text().contains("name: assets"))
                .findFirst().orElseThrow();
        Fence assets = after(fences, "asciidoc", "saved as `src/reports/2024/assets.adoc`")[0];
        Fence[] mistakes = after(fences, "asciidoc", "`src/reports/mistakes.adoc`");
        Fence[] bad = after(fences, "asciidoc", "`src/reports/2024/bad.adoc`");
        write("src/templates/assets.yaml", template.text());
        write("src/reports/2024/assets.adoc", assets.text());
        write("src/reports/mistakes.adoc", mistakes[0].text());
        write("src/reports/2024/bad.adoc", bad[0].text());
        RunResult run = new Tally(project.resolve("src/reports"), new Templates(project), IntegrityConfig.defaults())
                .check();
        assertEquals(List.of(), printed(run, "2024/assets.adoc").stream().filter(l -> !l.startsWith("NOTE")).toList(),
                "the template's example report passes");
        assertEquals(expected(mistakes[1], "src/reports/mistakes.adoc"), printed(run, "src/reports/mistakes.adoc"));
        assertEquals(expected(bad[1], "src/reports/2024/bad.adoc"), printed(run, "src/reports/2024/bad.adoc"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
