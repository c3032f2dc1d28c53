package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostics;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tally.diagnostic.Location;
import dev.tally.model.Report;
import dev.tally.model.Template;
import dev.tally.read.SourceLine;
import dev.tally.read.TextFile;
import dev.tally.template.Templates;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long line (300,000 characters) of what each rule looks for stays linear: no rule hangs on hostile
 * text. Quadratic work on such a line would take minutes; the limit is generous for a loaded machine.
 */
class LargeInputTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = {"== ", ":a: ", " ", "tally:x[", "tally:", "a.", "http://a.", "x@", "UedBet体育",
            "鎮(zhèn)", "?", "2023年至今，", "截至目前发布1条", "2030部门", "Ã©", "国(", "未收到政府信息公开", "a-", "从2016年开通至今发布", "http://a.b/ ", "a@b.c"})
    void aLongLineOf(String unit) {
        StringBuilder line = new StringBuilder(unit.equals("== ") || unit.equals(":a: ") ? unit : "");
        String repeated = unit.equals("== ") || unit.equals(":a: ") ? " " : unit;
        while (line.length() < 300_000) {
            line.append(repeated);
        }
        // the pass alone, on a report model made by hand (reading such a line is the reader's business)
        Path f = project.resolve("r.adoc");
        List<SourceLine> lines = TextFile.split("= 报告2023年\n:tally-year: 2023\n\n" + line + "\n", f);
        Report report = new Report(f, "报告2023年", Map.of("tally-year", new Report.Attribute("2023", new Location(f, 2))),
                List.of(), Map.of(), List.of(), List.of(), List.of());
        Template national = Templates.builtIn("gov-info-disclosure-2021", new Diagnostics());
        Diagnostics d = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Integrity.check(report, lines, national, lines, IntegrityConfig.defaults()));
        assertTrue(d.size() >= 0);
    }
}
