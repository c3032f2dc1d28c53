package dev.tally.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Severity;
import dev.tally.read.TextFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schema of template files ({@code dev/tally/template.schema.json}, for editors) agrees with the loader:
 * the built-in templates and the documentation's example validate, broken templates do not (and the loader rejects
 * them too), it names exactly the keys the loader accepts, and the site serves the same file.
 */
class TemplateSchemaTest {

    static final String RESOURCE = "dev/tally/template.schema.json";
    private static final Path SITE_COPY = Path.of("src/site/resources/template.schema.json");
    private static final Path FORMAT_PAGE = Path.of("src/site/markdown/format.md");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = resource(RESOURCE)) {
            schemaTree = MAPPER.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree);
    }

    private static InputStream resource(String name) {
        InputStream in = TemplateSchemaTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " is not on the class path");
        return in;
    }

    /** YAML as editors see it: SnakeYAML's safe constructor, then a JSON tree (keys as text). */
    static JsonNode yamlToJson(String yaml) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return MAPPER.valueToTree(data);
    }

    static Set<String> problems(String yaml) {
        return schema.validate(yamlToJson(yaml)).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Diagnostic> loaderErrors(String yaml) {
        Path file = Path.of("templates/t.yaml");
        Diagnostics d = new Diagnostics();
        TemplateLoader.load("templates/t.yaml", file, TextFile.split(yaml, file), d);
        return d.list().stream().filter(x -> x.severity() == Severity.ERROR).toList();
    }

    @Test
    void theSchemaIsAValidDraft07Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertEquals(Set.of(), meta.validate(schemaTree));
        assertEquals("http://json-schema.org/draft-07/schema#", schemaTree.get("$schema").asText());
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyBuiltInTemplateValidates(String name) throws IOException {
        String yaml = Templates.builtInSource(name);
        assertEquals(Set.of(), problems(yaml), name);
        assertEquals(List.of(), loaderErrors(yaml), name);
    }

    static Stream<String> builtIns() {
        return Templates.BUILT_IN.stream();
    }

    /** A small template that both the schema and the loader accept; each broken case changes one thing in it. */
    static final String GOOD = """
            name: budget
            title: 部门预算执行情况
            report-title: "{year}年部门预算执行情况报告"
            description: test
            sections:
              - 一、总体情况
              - title: 二、收支情况
                aliases: [二、预算收支情况]
            tables:
              spending:
                section: 二、收支情况
                title: 支出
                unit: 万元
                cells: amount
                columns: [预算数, 决算数]
                rows:
                  - 基本支出: [人员经费, 公用经费]
                  - 项目支出
                  - 合计
                labels:
                  基本支出.人员经费: （一）人员经费
                checks:
                  - 合计 = 基本支出 + 项目支出
                  - check: 决算数 <= 预算数
                    severity: warning
                    message: spent more than budgeted
            values:
              staff:
                title: 人员
                required: [编制数, 实有人数.在职]
            checks:
              - staff.实有人数.在职 <= staff.编制数
            carry:
              - from: spending.合计
                to: spending.合计
            """;

    @Test
    void theExampleTemplateIsValid() {
        assertEquals(Set.of(), problems(GOOD));
        assertEquals(List.of(), loaderErrors(GOOD));
    }

    /** Each case: what it breaks, the text replaced in GOOD, its replacement, the loader's diagnostic code. */
    static Stream<String[]> broken() {
        return Stream.of(
                new String[] {"an unknown top-level key", "description: test", "descripton: test",
                        "template.unknown-key"},
                new String[] {"an unknown table key", "    unit: 万元", "    units: 万元", "template.unknown-table-key"},
                new String[] {"cells: many", "cells: amount", "cells: many", "table.bad-cell-kind"},
                new String[] {"a check without check", "- check: 决算数 <= 预算数\n        severity: warning",
                        "- severity: warning", "check.missing-text"},
                new String[] {"an unknown key in a check", "    severity: warning", "    level: warning",
                        "check.unknown-field"},
                new String[] {"a severity that is none", "severity: warning", "severity: fatal", "check.bad-severity"},
                new String[] {"a group with two keys", "      - 基本支出: [人员经费, 公用经费]",
                        "      - {基本支出: [人员经费, 公用经费], 其他: [x]}", "table.header-item"},
                new String[] {"a table without rows", "    rows:\n      - 基本支出: [人员经费, 公用经费]\n      - 项目支出\n"
                        + "      - 合计\n", "", "template.table-shape-missing"},
                new String[] {"an unknown key in a values block", "    required:", "    requires:",
                        "template.unknown-values-key"},
                new String[] {"a key required twice", "required: [编制数, 实有人数.在职]",
                        "required: [编制数, 实有人数.在职, 编制数]", "template.duplicate-required"},
                new String[] {"a carry without to", "    to: spending.合计\n", "", "template.bad-carry"},
                new String[] {"a section without a title", "  - title: 二、收支情况", "  - name: 二、收支情况",
                        "template.section-no-title"},
                // trial AN, 2: not left for the reports to meet as a section they lack
                new String[] {"a misspelt aliases key", "    aliases: [", "    alias: [", "template.unknown-section-key"},
                new String[] {"aliases as one title", "aliases: [二、预算收支情况]", "aliases: 二、预算收支情况",
                        "template.bad-aliases"},
                new String[] {"an alias that is a list", "aliases: [二、预算收支情况]", "aliases: [[二、预算收支情况]]",
                        "template.bad-alias"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenTemplateDoesNotValidateAndTheLoaderRejectsItToo(String what, String find, String replace, String code) {
        assertTrue(GOOD.contains(find), what);
        String yaml = GOOD.replace(find, replace);
        assertFalse(problems(yaml).isEmpty(), what + ": the schema accepts it");
        List<Diagnostic> errors = loaderErrors(yaml);
        assertTrue(errors.stream().anyMatch(d -> d.code().equals(code)), what + ": the loader says " + errors);
    }

    @Test
    void theSeveritiesTheLoaderReadsAsAliasesValidateToo() {
        // trial U, 7: the loader reads warn and info as warning and note; an editor must not flag them
        for (String severity : List.of("warn", "info")) {
            String yaml = GOOD.replace("severity: warning", "severity: " + severity);
            assertEquals(Set.of(), problems(yaml), severity);
            assertEquals(List.of(), loaderErrors(yaml), severity);
        }
    }

    @Test
    void aClaimNeedsItsPhrase() {
        String yaml = GOOD + "claims:\n  - {id: c, check: staff.编制数 >= 0}\n";
        assertFalse(problems(yaml).isEmpty());
        assertFalse(loaderErrors(yaml).isEmpty());
        String good = GOOD + "claims:\n  - {id: c, phrase: 编制, check: staff.编制数 >= 0, severity: note}\n"
                + "allowed-domains: [\"*.gov.cn\"]\n";
        assertEquals(Set.of(), problems(good));
        assertEquals(List.of(), loaderErrors(good));
    }

    /** The schema's properties are exactly the loader's key sets, so neither can gain a key the other lacks. */
    @Test
    void theSchemaNamesExactlyTheKeysTheLoaderAccepts() throws Exception {
        assertEquals(loaderKeys("TOP"), properties(schemaTree));
        assertEquals(loaderKeys("TABLE"), properties(schemaTree.at("/definitions/table")));
        assertEquals(loaderKeys("VALUES"), properties(schemaTree.at("/definitions/values")));
        assertEquals(loaderKeys("CLAIM"), properties(schemaTree.at("/definitions/claim")));
        assertEquals(Set.of("check", "message", "severity"), properties(schemaTree.at("/definitions/check/oneOf/1")));
        for (String path : List.of("", "/definitions/table", "/definitions/values", "/definitions/claim",
                "/definitions/check/oneOf/1")) {
            JsonNode node = path.isEmpty() ? schemaTree : schemaTree.at(path);
            assertFalse(node.get("additionalProperties").asBoolean(true), path + " must reject unknown keys");
        }
    }

    /** An author who mistypes a key is told every key there is: the messages list what the loader accepts. */
    @Test
    void theUnknownKeyMessagesListEveryKeyTheLoaderAccepts() throws Exception {
        for (java.util.Locale locale : List.of(java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE)) {
            for (String[] setAndCode : new String[][] {{"TOP", "template.unknown-key"},
                    {"TABLE", "template.unknown-table-key"}, {"VALUES", "template.unknown-values-key"},
                    {"CLAIM", "template.claim-unknown-key"}}) {
                String message = dev.tally.diagnostic.Messages.format(locale, setAndCode[1], List.of("x", "y"));
                // "... (allowed: a, b)" or "...（允许：a、b）"
                String list = message.substring(Math.max(message.lastIndexOf(':'), message.lastIndexOf('：')) + 1,
                        message.length() - 1);
                Set<String> listed = new TreeSet<>(List.of(list.trim().split("\\s*[,、]\\s*")));
                assertEquals(loaderKeys(setAndCode[0]), listed, setAndCode[1] + " in " + locale);
            }
        }
    }

    private static Set<String> loaderKeys(String field) throws ReflectiveOperationException {
        Field f = TemplateLoader.class.getDeclaredField(field);
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> keys = (Set<String>) f.get(null);
        return new TreeSet<>(keys);
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = node.get("properties").fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** Every description is there for editors to show: each property of an object in the schema has one. */
    @Test
    void everyPropertyIsDescribed() {
        List<String> missing = new ArrayList<>();
        describe(schemaTree, "", missing);
        assertEquals(List.of(), missing);
    }

    private static void describe(JsonNode node, String at, List<String> missing) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null) {
                props.fields().forEachRemaining(e -> {
                    if (!e.getValue().has("description") && !e.getValue().has("$ref")) {
                        missing.add(at + "/properties/" + e.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(e -> describe(e.getValue(), at + "/" + e.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                describe(node.get(i), at + "/" + i, missing);
            }
        }
    }

    /** The template files shown on the format page (those naming the schema) are valid, for both. */
    @Test
    void theFormatPageExamplesAreValidTemplates() throws IOException {
        String page = Files.readString(FORMAT_PAGE, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\\n(# yaml-language-server: \\$schema=[^\\n]*\\n.*?)```", Pattern.DOTALL)
                .matcher(page);
        int found = 0;
        while (m.find()) {
            found++;
            assertEquals(Set.of(), problems(m.group(1)), m.group(1));
            assertEquals(List.of(), loaderErrors(m.group(1)), m.group(1));
        }
        assertTrue(found > 0, "no template example on " + FORMAT_PAGE);
    }

    /** The site serves the schema at template.schema.json; that copy is the resource, byte for byte. */
    @Test
    void theSiteServesTheSameSchema() throws IOException {
        byte[] schemaBytes;
        try (InputStream in = resource(RESOURCE)) {
            schemaBytes = in.readAllBytes();
        }
        if (Boolean.getBoolean("tally.updateDocs")) {
            Files.createDirectories(SITE_COPY.getParent());
            Files.write(SITE_COPY, schemaBytes);
        }
        assertTrue(Files.isRegularFile(SITE_COPY), SITE_COPY + " is missing: run mvn test "
                + "-Dtest=TemplateSchemaTest -Dtally.updateDocs=true");
        assertEquals(new String(schemaBytes, StandardCharsets.UTF_8), Files.readString(SITE_COPY, StandardCharsets.UTF_8),
                SITE_COPY + " is out of date: run mvn test -Dtest=TemplateSchemaTest -Dtally.updateDocs=true");
    }
}
