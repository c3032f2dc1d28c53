package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Template;
import dev.tally.read.TextFile;
import dev.tally.template.TemplateLoader;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configuration as a mojo builds it, the template's claims, and the messages of every rule. */
class IntegrityConfigTest {

    @Test
    void defaults() {
        IntegrityConfig c = IntegrityConfig.defaults();
        for (IntegrityConfig.Rule r : IntegrityConfig.Rule.values()) {
            assertTrue(c.enabled(r), r.id());
            assertEquals(r.defaultSeverity(), c.severity(r));
            assertNull(c.configuredSeverity(r));
        }
        assertNull(c.allowedDomains());
        assertTrue(c.deniedWords().contains("UedBet"));
        assertEquals(5, c.repeatedTokenMin());
        assertEquals(60, c.copiedThreshold());
        assertEquals(IntegrityConfig.Script.SIMPLIFIED, c.script());
        assertEquals(List.of("link", "file-missing", "file-unpublished", "file-kind", "denied-word", "repeated-token",
                "pinyin", "mixed-script", "mojibake", "copied", "period", "period-figure", "foreign-year", "claim"),
                IntegrityConfig.ruleIds());
    }

    @Test
    void fromPlainStrings() {
        IntegrityConfig c = IntegrityConfig.fromProperties(Map.of(
                "tally.allowedDomains", "*.gov.cn，www.people.com.cn",
                "tally.deniedWords", "甲; 乙",
                "tally.integrity.link", "warning",
                "tally.integrity.mojibake", "off",
                "tally.integrity.copied.threshold", "75%",
                "tally.integrity.period.severity", "note",
                "tally.integrity.repeated-token.enabled", "false",
                "tally.reportsDirectory", "ignored"));
        assertEquals(List.of("*.gov.cn", "www.people.com.cn"), c.allowedDomains());
        assertEquals(List.of("甲", "乙"), c.deniedWords());
        assertEquals(Severity.WARNING, c.severity(IntegrityConfig.Rule.LINK));
        assertTrue(c.enabled(IntegrityConfig.Rule.LINK));
        assertFalse(c.enabled(IntegrityConfig.Rule.MOJIBAKE));
        assertFalse(c.enabled(IntegrityConfig.Rule.REPEATED_TOKEN));
        assertEquals(75, c.copiedThreshold());
        assertEquals(Severity.NOTE, c.severity(IntegrityConfig.Rule.PERIOD));
        assertFalse(IntegrityConfig.defaults().set("skip", "true").enabled(IntegrityConfig.Rule.CLAIM));
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        IntegrityConfig c = IntegrityConfig.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.set("links", "off")).getMessage()
                .contains("unknown setting links"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.set("copied.threshold", "high")).getMessage()
                .contains("copied.threshold"));
        assertThrows(IllegalArgumentException.class, () -> c.set("copied.threshold", "120"));
        assertThrows(IllegalArgumentException.class, () -> c.set("link.severity", "fatal"));
        assertThrows(IllegalArgumentException.class, () -> c.set("mixed-script.script", "cyrillic"));
        // a rule takes on/off or a severity, and the message says so
        assertEquals("integrity: link must be on or off (true or false) or a severity (error, warning, note), not sometimes",
                assertThrows(IllegalArgumentException.class, () -> c.set("link", "sometimes")).getMessage());
    }

    @Test
    void everyRuleHasItsMessageInEnglishAndChinese() {
        List<String> keys = new java.util.ArrayList<>();
        for (IntegrityConfig.Rule r : IntegrityConfig.Rule.values()) {
            keys.add(r.code());
        }
        keys.addAll(List.of("integrity.script.traditional", "integrity.script.simplified", "integrity.period.title",
                "integrity.period.statistical", "integrity.file-unpublished.absolute",
                "integrity.file-unpublished.outside", "integrity.file-unpublished.link",
                "integrity.file-unpublished.hidden", "template.bad-claim", "template.claim-unknown-key",
                "template.claim-duplicate", "template.claim-phrase", "template.claim-figure-group",
                "template.bad-allowed-domains"));
        for (String key : keys) {
            String en = Messages.format(Locale.ROOT, key, List.of());
            String zh = Messages.format(Locale.SIMPLIFIED_CHINESE, key, List.of());
            assertFalse(en.startsWith(key), key);
            assertFalse(zh.equals(en), key + " is not translated");
        }
    }

    // ---------------------------------------------------------------------------------------- the template

    @Test
    void theNationalTemplatesCarryClaimsAndGovernmentDomains() {
        for (String name : Templates.BUILT_IN) {
            Diagnostics d = new Diagnostics();
            Template t = Templates.builtIn(name, d);
            assertNotNull(t, name + ": " + d.list());
            assertEquals(List.of("*.gov.cn"), t.allowedDomains());
            // 2019's fees table counts items, not money: no claim on fees there
            List<String> figures = List.of("requests-count", "carried-over-count", "carried-forward-count",
                    "administrative-review-count", "litigation-count");
            List<String> ids = new java.util.ArrayList<>(List.of("no-requests", "no-administrative-review", "no-litigation",
                    "no-normative-documents"));
            if (!name.endsWith("2019")) {
                ids.add("no-fees");
            }
            ids.addAll(figures);
            assertEquals(ids, t.claims().stream().map(Template.Claim::id).toList());
            assertTrue(t.claims().get(0).pattern().matcher("2023年蘑菇气镇未收到政府信息公开申请").find());
            // other ways of saying there were none (trial AE, 4)
            for (String none : List.of("本年度无政府信息公开申请", "全年依申请公开为零", "收到政府信息依申请公开0件",
                    "依申请公开申请数为0")) {
                assertTrue(t.claims().get(0).pattern().matcher(none).find(), none);
            }
            assertFalse(t.claims().get(0).pattern().matcher("收到政府信息依申请公开10件").find());
            if (!name.endsWith("2019")) {
                assertTrue(t.claims().get(4).pattern().matcher("本年度未收取行政事业性收费").find());
                // the fee for answering applications is not the fees table's
                assertFalse(t.claims().get(4).pattern().matcher("未收取信息处理费").find());
            }
            assertTrue(t.claims().get(0).pattern().matcher("本年度未收到依申请公开事项").find());
            assertFalse(t.claims().get(0).pattern().matcher("未收到因政府信息公开工作提起的行政复议和行政诉讼").find());
            assertTrue(t.claims().get(1).pattern().matcher("未收到因政府信息公开工作提起的行政复议和行政诉讼").find());
            assertTrue(t.claims().get(1).pattern().matcher("尚未有因政府信息公开而申请行政复议").find());
            assertFalse(t.claims().get(1).pattern().matcher("未发生被行政复议纠正的情况").find());
            assertTrue(t.claims().get(2).pattern().matcher("未发生有关政府信息公开事务的举报、投诉、行政复议、行政诉讼情况").find());
        }
    }

    private static Template load(String yaml, Diagnostics d) {
        Path file = Path.of("t.yaml").toAbsolutePath();
        return TemplateLoader.load("t.yaml", file, TextFile.split(yaml, file), d);
    }

    @Test
    void aTemplatesClaimsAreCheckedWhenItIsLoaded() {
        String tables = """
                name: t
                tables:
                  apps:
                    columns: [总计]
                    rows: [新收]
                """;
        Diagnostics ok = new Diagnostics();
        Template t = load(tables + """
                claims:
                  - {id: none, phrase: '未收到申请', check: 'apps.新收[总计] = 0', severity: warning, message: 见表}
                """, ok);
        assertNotNull(t, ok.list().toString());
        assertEquals(Severity.WARNING, t.claims().get(0).severity());
        assertNull(t.allowedDomains());

        for (String bad : List.of(
                "claims:\n  - {id: a, phrase: '未(收到', check: 'apps.新收[总计] = 0'}\n",
                "claims:\n  - {id: a, phrase: '未收到'}\n",
                "claims:\n  - {id: a, phrase: '未收到', check: 'apps.旧收[总计] = 0'}\n",
                "claims:\n  - {id: a, phrase: '未收到', check: 'apps.新收[总计] = 0', where: here}\n",
                "claims:\n  - {id: a, phrase: x, check: 'apps.新收[总计] = 0'}\n  - {id: a, phrase: y, check: 'apps.新收[总计] = 0'}\n",
                "claims:\n  - {id: a, phrase: x, check: 'apps.新收[总计] = 0', severity: fatal}\n",
                "claims: 未收到\n",
                "claims:\n  - {id: a, phrase: '收到申请(\\d+)件', check: 'apps.新收[总计] = {n}'}\n",
                "allowed-domains: '*.gov.cn'\n")) {
            Diagnostics d = new Diagnostics();
            assertNull(load(tables + bad, d), bad);
            assertTrue(d.hasErrors(), bad);
            d.list().forEach(x -> assertTrue(x.location().line() > 0 && x.location().file().equals(Path.of("t.yaml")
                    .toAbsolutePath()), x.toString()));
        }
        Diagnostics d = new Diagnostics();
        load(tables + "claims:\n  - {id: a, phrase: '未(收到', check: 'apps.新收[总计] = 0'}\n", d);
        assertEquals("template.claim-phrase", d.list().get(0).code());
        assertEquals(new Location(Path.of("t.yaml").toAbsolutePath(), 7), d.list().get(0).location());
        // a check of the figure a phrase states needs the phrase to capture it (trial AT, 1)
        d = new Diagnostics();
        load(tables + "claims:\n  - {id: a, phrase: '收到申请(\\d+)件', check: 'apps.新收[总计] = {n}'}\n", d);
        assertEquals(List.of("template.claim-figure-group"), d.list().stream().map(x -> x.code()).toList());
        d = new Diagnostics();
        assertEquals(1, load(tables + "claims:\n  - {id: a, phrase: '收到申请(?<n>\\d+)件', check: 'apps.新收[总计] = {n}'}\n",
                d).claims().size(), d.list()::toString);
    }

    @Test
    void theYearOfAReport() {
        Diagnostics d = new Diagnostics();
        Template national = Templates.builtIn("gov-info-disclosure-2021", d);
        Path dir = Run.fixtures().resolve("published");
        var reading = new dev.tally.read.ReportReader(dir, new Templates(dir)).read(dir.resolve("seed-001.adoc"));
        assertEquals(2014, Integrity.year(reading.report(), null));
        var titled = new dev.tally.model.Report(dir.resolve("x.adoc"), "石家河镇2024年政府信息公开工作年度报告", Map.of(),
                List.of(), Map.of(), List.of(), List.of(), List.of());
        assertEquals(2024, Integrity.year(titled, national));
        assertNull(Integrity.year(titled, null));
    }
}
