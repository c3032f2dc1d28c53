package dev.tally.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.run.Fixture;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path project;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifTest.class.getResourceAsStream("/results/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "sarif-schema-2.1.0.json is missing from the test resources");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    static Set<ValidationMessage> validate(JsonNode sarif) {
        return schema.validate(sarif);
    }

    private static void assertValid(String sarif) throws IOException {
        JsonParser.parse(sarif); // our own strict parser accepts it too
        Set<ValidationMessage> problems = validate(MAPPER.readTree(sarif));
        assertEquals(Set.of(), problems, sarif);
    }

    @Test
    void theExamplesGiveValidSarifWithTheShendangFailureAtItsLine() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        String sarif = Sarif.write(run, project, "0.1.0-SNAPSHOT");
        assertValid(sarif);
        JsonNode root = MAPPER.readTree(sarif);
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.path("$schema").asText());
        assertEquals("2.1.0", root.path("version").asText());
        assertEquals(1, root.path("runs").size());
        JsonNode r = root.path("runs").get(0);
        JsonNode driver = r.path("tool").path("driver");
        assertEquals("Tally", driver.path("name").asText());
        assertEquals("https://tally.dev", driver.path("informationUri").asText());
        assertEquals("0.1.0-SNAPSHOT", driver.path("version").asText());
        assertEquals(Sarif.baseUri(project), r.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
        assertTrue(r.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText().endsWith("/"));

        JsonNode results = r.path("results");
        assertEquals(run.diagnostics().size(), results.size());
        List<JsonNode> shendang = new ArrayList<>();
        for (JsonNode res : results) {
            if (res.path("ruleId").asText().equals("check.failed")) {
                shendang.add(res);
            }
        }
        assertEquals(1, shendang.size(), results::toString);
        JsonNode hit = shendang.get(0);
        assertEquals("error", hit.path("level").asText());
        assertEquals("check failed: proactive.total = sum(proactive.by_kind): 170 != 169",
                hit.path("message").path("text").asText());
        JsonNode physical = hit.path("locations").get(0).path("physicalLocation");
        assertEquals(ResultsFixture.SHENDANG, physical.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(41, physical.path("region").path("startLine").asInt());
        // the uri resolves against the base to the report itself
        URI resolved = URI.create(Sarif.baseUri(project)).resolve(physical.path("artifactLocation").path("uri").asText());
        assertEquals(project.resolve(ResultsFixture.SHENDANG).toUri(), resolved);

        // the six missing tables of dayu, each at the heading of its section
        int missing = 0;
        for (JsonNode res : results) {
            if (res.path("ruleId").asText().equals("template.missing-table-here")) {
                missing++;
                assertEquals("error", res.path("level").asText());
                JsonNode loc = res.path("locations").get(0).path("physicalLocation");
                assertEquals(ResultsFixture.DAYU, loc.path("artifactLocation").path("uri").asText());
                String id = res.path("message").path("text").asText().replaceAll("^missing table (\\w+) .*", "$1");
                assertEquals(ResultsFixture.dayuSectionLine(id), loc.path("region").path("startLine").asInt(), id);
            }
        }
        assertEquals(6, missing);
    }

    @Test
    void oneRulePerCodeUsedAndEveryResultPointsAtItsRule() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        JsonNode r = MAPPER.readTree(Sarif.write(run, project, "1")).path("runs").get(0);
        Set<String> codes = new TreeSet<>(run.diagnostics().stream().map(Diagnostic::code).toList());
        List<String> ids = new ArrayList<>();
        r.path("tool").path("driver").path("rules").forEach(rule -> ids.add(rule.path("id").asText()));
        assertEquals(new ArrayList<>(codes), ids);
        JsonNode rules = r.path("tool").path("driver").path("rules");
        for (JsonNode res : r.path("results")) {
            assertEquals(res.path("ruleId").asText(), rules.get(res.path("ruleIndex").asInt()).path("id").asText());
        }
        assertEquals("check failed", rules.get(ids.indexOf("check.failed")).path("shortDescription").path("text").asText());
        assertEquals("missing table … (…) in section …, which template … requires: add its block [data#…] under that heading",
                rules.get(ids.indexOf("template.missing-table-here")).path("shortDescription").path("text").asText());
    }

    @Test
    void aWholeFileProblemHasNoRegionAndNotesAreNotes() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        JsonNode results = MAPPER.readTree(Sarif.write(run, project, "1")).path("runs").get(0).path("results");
        int notes = 0;
        for (JsonNode res : results) {
            if (res.path("ruleId").asText().equals("check.previous-skipped")) {
                notes++;
                assertEquals("note", res.path("level").asText());
                JsonNode physical = res.path("locations").get(0).path("physicalLocation");
                assertTrue(physical.path("artifactLocation").path("uri").asText().startsWith("src/reports/"));
                assertFalse(physical.has("region"), res::toString);
            }
        }
        assertTrue(notes > 0);
    }

    @Test
    void rulesGistAndLevels() {
        assertEquals("check failed", Sarif.gist("check.failed"));
        assertEquals("check failed in …, row …", Sarif.gist("check.failed-row"));
        assertEquals("… is not a number", Sarif.gist("value.not-number"));
        assertEquals("no.such.code", Sarif.gist("no.such.code"));
        assertEquals("error", Sarif.level(dev.tally.diagnostic.Severity.ERROR));
        assertEquals("warning", Sarif.level(dev.tally.diagnostic.Severity.WARNING));
        assertEquals("note", Sarif.level(dev.tally.diagnostic.Severity.NOTE));
    }

    @Test
    void nonAsciiFileNamesArePercentEncodedAndWarningsAreWarnings() throws IOException {
        Fixture.report(project, "年报 2024/报告 #1.adoc", """
                = 报告
                :tally-year: 2024

                [data#v]
                ----
                a: 1
                b: 2
                ----

                [checks]
                ----
                - {check: "v.a = v.b", severity: warning, message: "a \\"quoted\\" <note> & more"}
                ----
                """);
        RunResult run = Fixture.run(project);
        String sarif = Sarif.write(run, project, null);
        assertValid(sarif);
        JsonNode r = MAPPER.readTree(sarif).path("runs").get(0);
        assertFalse(r.path("tool").path("driver").has("version"));
        JsonNode res = r.path("results").get(0);
        assertEquals("warning", res.path("level").asText(), sarif);
        assertTrue(res.path("message").path("text").asText().endsWith("a \"quoted\" <note> & more"), sarif);
        String uri = res.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
        assertEquals("src/reports/%E5%B9%B4%E6%8A%A5%202024/%E6%8A%A5%E5%91%8A%20%231.adoc", uri);
        assertEquals(project.resolve("src/reports/年报 2024/报告 #1.adoc").toUri(),
                URI.create(Sarif.baseUri(project)).resolve(uri));
    }

    /** Trial S, 12: a problem of a partial two reports include is one result, as the build counts it once. */
    @Test
    void aProblemOfASharedPartialIsOneResult() throws IOException {
        Fixture.report(project, "_part.adoc", "[data#v]\n----\na: 1\na: 2\n----\n");
        Fixture.report(project, "a.adoc", "= A\n\ninclude::_part.adoc[]\n");
        Fixture.report(project, "b.adoc", "= B\n\ninclude::_part.adoc[]\n");
        RunResult run = Fixture.run(project);
        assertEquals(2, run.reports().stream().filter(r -> r.diagnostics().stream()
                .anyMatch(d -> d.location().file().getFileName().toString().equals("_part.adoc"))).count());
        JsonNode results = MAPPER.readTree(Sarif.write(run, project, null)).path("runs").get(0).path("results");
        long inPartial = 0;
        for (JsonNode res : results) {
            inPartial += res.toString().contains("_part.adoc") ? 1 : 0;
        }
        assertEquals(run.errors() + run.warnings() + run.count(dev.tally.diagnostic.Severity.NOTE), results.size());
        assertEquals(1, inPartial, results::toString);
    }

    @Test
    void aFileOutsideTheBaseIsAnAbsoluteUri(@TempDir Path elsewhere) throws IOException {
        Fixture.report(elsewhere, "r.adoc", "= R\n\n[checks]\n----\n- 1 = 2\n----\n");
        RunResult run = Fixture.run(elsewhere);
        String sarif = Sarif.write(run, project, "1");
        assertValid(sarif);
        JsonNode loc = MAPPER.readTree(sarif).path("runs").get(0).path("results").get(0)
                .path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertFalse(loc.has("uriBaseId"));
        assertEquals(elsewhere.resolve("src/reports/r.adoc").toAbsolutePath().normalize().toUri(),
                URI.create(loc.path("uri").asText()));
    }

    @Test
    void anEmptyRunIsValidToo() throws IOException {
        java.nio.file.Files.createDirectories(Fixture.reports(project));
        String sarif = Sarif.write(Fixture.run(project), project, "1");
        assertValid(sarif);
        assertEquals(0, MAPPER.readTree(sarif).path("runs").get(0).path("results").size());
    }

    /** The validation is real: what the schema forbids is reported. */
    @Test
    void theSchemaRejectsWhatSarifForbids() throws IOException {
        RunResult run = ResultsFixture.examplesRun(project);
        ObjectNode root = (ObjectNode) MAPPER.readTree(Sarif.write(run, project, "1"));
        ObjectNode result = (ObjectNode) root.path("runs").get(0).path("results").get(0);
        result.put("level", "fatal");
        assertFalse(validate(root).isEmpty());

        root = (ObjectNode) MAPPER.readTree(Sarif.write(run, project, "1"));
        ObjectNode region = (ObjectNode) root.path("runs").get(0).path("results").get(0)
                .path("locations").get(0).path("physicalLocation").path("region");
        region.put("startLine", 0);
        assertFalse(validate(root).isEmpty());

        root = (ObjectNode) MAPPER.readTree(Sarif.write(run, project, "1"));
        ((ObjectNode) root.path("runs").get(0).path("tool").path("driver")).remove("name");
        assertFalse(validate(root).isEmpty());

        // formats are asserted: an unencoded space or CJK character is no URI reference
        for (String uri : List.of("src/reports/a b.adoc", "src/reports/报告.adoc")) {
            root = (ObjectNode) MAPPER.readTree(Sarif.write(run, project, "1"));
            ((ObjectNode) root.path("runs").get(0).path("results").get(0).path("locations").get(0)
                    .path("physicalLocation").path("artifactLocation")).put("uri", uri);
            assertFalse(validate(root).isEmpty(), uri);
        }
    }
}
