package dev.tally.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.run.Fixture;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class JsonResultsTest {

    @TempDir
    Path project;

    private static void assertSameRun(RunResult run, Results back) {
        assertEquals(run.reportsDirectory(), back.reportsDirectory());
        assertEquals(run.reports().size(), back.reports().size());
        for (int i = 0; i < run.reports().size(); i++) {
            ReportResult r = run.reports().get(i);
            Results.ReportEntry e = back.reports().get(i);
            assertEquals(r.file(), e.file());
            assertEquals(r.title(), e.title());
            assertEquals(r.checksRun(), e.checksRun());
            // records: code, args, severity and location (file and line) all equal
            assertEquals(r.diagnostics(), e.diagnostics(), r.file()::toString);
            assertEquals(r.outcomes(), e.outcomes(), r.file()::toString);
        }
        assertEquals(run.errors(), back.errors());
        assertEquals(run.warnings(), back.warnings());
        assertEquals(run.checksRun(), back.checksRun());
        assertEquals(run.diagnostics(), back.diagnostics());
    }

    @Test
    void theExamplesRoundTrip() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        String json = JsonResults.write(run, project, "0.1.0");
        Results back = JsonResults.read(json, project);
        assertSameRun(run, back);
        assertEquals("0.1.0", back.toolVersion());
        assertEquals(Results.of(run, "0.1.0"), back);
        // deterministic: the same run writes the same text, and so does a fresh run of the same reports
        assertEquals(json, JsonResults.write(run, project, "0.1.0"));
        assertEquals(json, JsonResults.write(Fixture.run(project), project, "0.1.0"));
    }

    @Test
    void theWrittenShapeIsTheDocumentedOne() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        JsonNode root = new ObjectMapper().readTree(JsonResults.write(run, project, "0.1.0"));
        assertEquals("tally", root.path("tool").asText());
        assertEquals("0.1.0", root.path("version").asText());
        assertEquals("src/reports", root.path("reportsDirectory").asText());
        JsonNode summary = root.path("summary");
        assertEquals(7, summary.path("reports").asInt());
        assertEquals(run.checksRun(), summary.path("checks").asInt());
        assertEquals(7, summary.path("errors").asInt());
        assertEquals(0, summary.path("warnings").asInt());
        assertEquals(0, summary.path("accepted").asInt(-1));
        JsonNode shendang = null;
        for (JsonNode r : root.path("reports")) {
            if (r.path("file").asText().equals(ResultsFixture.SHENDANG)) {
                shendang = r;
            }
        }
        assertTrue(shendang != null);
        // a built-in template's checks name it, not a path that exists nowhere (trial X, 2)
        java.util.Set<String> outcomeFiles = new java.util.TreeSet<>();
        for (JsonNode r : root.path("reports")) {
            for (JsonNode o : r.path("outcomes")) {
                outcomeFiles.add(o.path("file").asText());
            }
        }
        assertTrue(outcomeFiles.contains("builtin:gov-info-disclosure-2021"), outcomeFiles::toString);
        assertTrue(outcomeFiles.stream().allMatch(f -> f.startsWith("src/reports/") || f.startsWith("builtin:")),
                outcomeFiles::toString);
        assertEquals("海盐县沈荡镇人民政府2017年度政府信息公开工作报告", shendang.path("title").asText());
        assertEquals(1, shendang.path("errors").asInt());
        JsonNode d = shendang.path("diagnostics").get(0);
        assertEquals(ResultsFixture.SHENDANG, d.path("file").asText());
        assertEquals(41, d.path("line").asInt());
        assertEquals("ERROR", d.path("severity").asText());
        assertEquals("check.failed", d.path("code").asText());
        assertEquals(ResultsFixture.SHENDANG_CHECK, d.path("args").get(0).asText());
        assertEquals("check failed: proactive.total = sum(proactive.by_kind): 170 != 169", d.path("message").asText());
        JsonNode failed = null;
        for (JsonNode o : shendang.path("outcomes")) {
            if (o.path("status").asText().equals("FAILED")) {
                assertTrue(failed == null, "one failed outcome");
                failed = o;
            }
        }
        assertTrue(failed != null);
        assertTrue(failed.path("scope").isNull());
        assertEquals(ResultsFixture.SHENDANG_CHECK, failed.path("check").asText());
        assertEquals(41, failed.path("line").asInt());
        assertEquals(1, failed.path("failures").asInt());
    }

    @Test
    void tableScopesInvalidAndSkippedOutcomesRoundTrip() throws IOException {
        Fixture.report(project, "t.adoc", ResultsFixture.TABLE_REPORT);
        RunResult run = Fixture.run(project);
        Results back = JsonResults.read(JsonResults.write(run, project), project);
        assertSameRun(run, back);
        assertNull(back.toolVersion());
        List<CheckOutcome.Status> statuses = back.reports().get(0).outcomes().stream().map(CheckOutcome::status).toList();
        assertTrue(statuses.containsAll(List.of(CheckOutcome.Status.PASSED, CheckOutcome.Status.FAILED,
                CheckOutcome.Status.INVALID, CheckOutcome.Status.SKIPPED)), statuses::toString);
        assertEquals("applications", back.reports().get(0).outcomes().get(0).scope());
        // a skipped check says why, as a code and in words (trial Q, 11)
        assertEquals(List.of("skip.no-previous"), back.reports().get(0).outcomes().stream()
                .filter(o -> o.status() == CheckOutcome.Status.SKIPPED).map(CheckOutcome::reason).toList());
        JsonNode skipped = null;
        for (JsonNode o : new ObjectMapper().readTree(JsonResults.write(run, project)).path("reports").get(0).path("outcomes")) {
            skipped = o.path("status").asText().equals("SKIPPED") ? o : skipped;
        }
        assertEquals("not run: the report names no previous report (:tally-previous:)", skipped.path("message").asText());
        // a message argument that is a message key (check.invalid's reason) survives and still translates
        Diagnostic invalid = back.diagnostics().stream().filter(d -> d.code().equals("check.invalid-end")).findFirst().orElseThrow();
        assertTrue(invalid.args().stream().anyMatch(a -> a.startsWith(Messages.ref("syntax.end").substring(0, 1))),
                invalid.args()::toString);
        assertTrue(invalid.message(Locale.ROOT).contains("unexpected end of the check"), invalid.message());
    }

    @Test
    void anyStringSurvivesTheRoundTrip() throws IOException {
        Path file = project.resolve("src/reports/引号\"与\\反斜杠.adoc");
        String nasty = "\"quoted\" back\\slash / solidus \u0000\u0001\u001f\u007f\b\f\n\r\t \u2028\u2029 "
                + "lone \ud800 and \udc00 pair \ud83d\ude00 中文 " + Messages.ref("syntax.end") + " end";
        Diagnostic d = new Diagnostic(Severity.WARNING, new Location(file, 7), "check.failed",
                List.of(nasty, "", "!=", "2", ""));
        Diagnostic whole = new Diagnostic(Severity.NOTE, Location.of(file), "check.previous-skipped", List.of("2"));
        Path partial = project.resolve("src/reports/_part.adoc");
        Diagnostic inPartial = new Diagnostic(Severity.ERROR, new Location(partial, 2), "yaml.syntax", List.of());
        Path outside = project.resolveSibling(project.getFileName() + "-elsewhere").resolve("t.yaml");
        CheckOutcome o1 = new CheckOutcome(nasty, nasty, new Location(file, 7), CheckOutcome.Status.FAILED, 1);
        CheckOutcome o2 = new CheckOutcome(null, "a = b", new Location(outside, 160), CheckOutcome.Status.SKIPPED, 0);
        RunResult run = new RunResult(project.resolve("src/reports"),
                List.of(new ReportResult(file, "引号", null, null, List.of(whole, inPartial, d), 3, List.of(o1, o2))));
        String json = JsonResults.write(run, project, nasty);
        assertTrue(json.chars().allMatch(c -> c >= 0x20 || c == '\n'), "no raw control characters");
        Results back = JsonResults.read(json, project);
        assertSameRun(run, back);
        assertEquals(nasty, back.toolVersion());
        assertEquals(outside.toAbsolutePath().normalize(), back.reports().get(0).outcomes().get(1).location().file());
        // Jackson reads it as the same strings
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(nasty, root.path("reports").get(0).path("diagnostics").get(2).path("args").get(0).asText());
    }

    @Test
    void readRejectsTruncatedText() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        String json = JsonResults.write(run, project, "0.1.0");
        String body = json.stripTrailing();
        for (int len = 0; len < body.length(); len += 1 + len / 50) {
            String cut = body.substring(0, len);
            assertThrows(IOException.class, () -> JsonResults.read(cut, project), () -> "prefix of " + cut.length());
        }
        assertThrows(IOException.class, () -> JsonResults.read(body.substring(0, body.length() - 1), project));
    }

    @Test
    void readRejectsGarbage() {
        List<String> garbage = List.of("", " ", "null", "true", "0", "\"tally\"", "[]", "{}", "{", "}", "[",
                "not json", "{\"tool\":\"tally\"}", "\ufeff{}", "{\"tool\": 'tally'}",
                "{\"tool\":\"other\",\"version\":null,\"reportsDirectory\":\"src/reports\",\"reports\":[]}",
                "{\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"src/reports\",\"reports\":[],}",
                "{\"tool\":\"tally\",\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"r\",\"reports\":[]}",
                "{\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"r\",\"reports\":[]} x",
                "{\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"r\",\"reports\":{}}",
                "{\"tool\":\"tally\",\"version\":1,\"reportsDirectory\":\"r\",\"reports\":[]}",
                "{\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"r\\u0000\",\"reports\":[]}",
                "{\"tool\":\"tally\",\"version\":null,\"reportsDirectory\":\"r\",\"reports\":[1]}",
                "{\"tool\":\"tal\nly\"}", "{\"tool\":\"\\x\"}", "{\"tool\":\"\\u12\"}", "{\"tool\":\"\\u12G4\"}",
                "{\"tool\":\"\\u\uff11234\"}", "[01]", "[1.]", "[-]", "[1e]", "[.5]", "[+1]", "[NaN]", "[tru]",
                "[1,]", "[,1]", "{\"a\" 1}", "{\"a\":}", "{1:2}", "\u0000", "[\"a\"]]",
                "[" + "1".repeat(200) + "]",
                "[".repeat(100_000), "{\"a\":".repeat(100_000));
        for (String text : garbage) {
            assertThrows(IOException.class, () -> JsonResults.read(text, Path.of(".")),
                    () -> text.length() > 60 ? text.substring(0, 60) + "..." : text);
        }
        assertThrows(IOException.class, () -> JsonResults.read(null, Path.of(".")));
    }

    @Test
    void readRejectsWrongValuesInsideValidJson() throws IOException {
        Fixture.report(project, "t.adoc", ResultsFixture.TABLE_REPORT);
        String json = JsonResults.write(Fixture.run(project), project, "1");
        Map<String, String> swaps = Map.of(
                "\"status\": \"FAILED\"", "\"status\": \"BROKEN\"",
                "\"severity\": \"ERROR\"", "\"severity\": \"error\"",
                "\"line\": 9", "\"line\": -9",
                "\"failures\": 1", "\"failures\": 1.5",
                "\"checks\": 2", "\"checks\": 1e999999999",
                "\"scope\": \"applications\"", "\"scope\": 3",
                "\"code\": \"check.invalid-end\"", "\"code\": null",
                "\"args\": [", "\"args\": [1, ");
        for (Map.Entry<String, String> swap : swaps.entrySet()) {
            assertTrue(json.contains(swap.getKey()), swap.getKey());
            String broken = json.replace(swap.getKey(), swap.getValue());
            assertThrows(IOException.class, () -> JsonResults.read(broken, project), swap::getValue);
        }
        // a missing member
        String noArgs = json.replaceFirst("\"args\": \\[[^\\]]*\\],", "");
        assertThrows(IOException.class, () -> JsonResults.read(noArgs, project));
    }

    @Test
    void randomDamageIsAnIOExceptionOrAValidReadingNeverAnotherException() throws IOException {
        Fixture.report(project, "t.adoc", ResultsFixture.TABLE_REPORT);
        String json = JsonResults.write(Fixture.run(project), project, "1");
        Random random = new Random(20240601L);
        String alphabet = "{}[]\",:\\ 0123456789-+.eEtrufalsn\u0000\u00e9\ud800";
        int rejected = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(json);
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                JsonResults.read(b.toString(), project);
            } catch (IOException expected) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("damaged input threw " + e + " instead of an IOException", e);
            }
        }
        assertTrue(rejected > 1000, "rejected " + rejected);
    }

    @Test
    void theWriterEscapesAndTheParserReadsBack() throws IOException {
        JsonWriter w = new JsonWriter();
        w.beginObject().field("s", "a\"b\\c\u0001\n").field("n", -5).name("e").beginArray().endArray()
                .name("o").beginObject().endObject().name("b").value(true).name("z").value((String) null).endObject();
        String text = w.toString();
        assertEquals("{\n  \"s\": \"a\\\"b\\\\c\\u0001\\n\",\n  \"n\": -5,\n  \"e\": [],\n  \"o\": {},\n  \"b\": true,\n  \"z\": null\n}\n",
                text);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) JsonParser.parse(text);
        assertEquals("a\"b\\c\u0001\n", m.get("s"));
        assertEquals(new java.math.BigDecimal("-5"), m.get("n"));
        assertEquals(List.of(), m.get("e"));
        assertEquals(Map.of(), m.get("o"));
        assertEquals(Boolean.TRUE, m.get("b"));
        assertEquals(JsonParser.NULL, m.get("z"));
        assertEquals("\u00e9/\ud83d\ude00", JsonParser.parse("\"\\u00E9\\/\\ud83d\\ude00\""));
        assertEquals(new java.math.BigDecimal("-0.5e+3"), JsonParser.parse(" -0.5e+3 "));
    }

    @Test
    void everyLevelIsIndentedByTwoSpacesHoweverDeep() {
        JsonWriter w = new JsonWriter();
        int levels = 20;
        for (int d = 0; d < levels; d++) {
            w.beginArray();
        }
        w.value(1);
        for (int d = 0; d < levels; d++) {
            w.endArray();
        }
        String[] lines = w.toString().split("\n");
        assertEquals(2 * levels + 1, lines.length);
        for (int d = 0; d < levels; d++) {
            assertEquals(" ".repeat(2 * d) + "[", lines[d]);
            assertEquals(" ".repeat(2 * d) + "]", lines[lines.length - 1 - d]);
        }
        assertEquals(" ".repeat(2 * levels) + "1", lines[levels]);
    }
}
