package dev.tally.maven;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The integrity settings of a POM as Maven hands them to the goals. */
class IntegritySettingsTest {

    /**
     * Trial N, 1: Maven gives a nested {@code <link><severity>note</severity></link>} as {@code link} with no value.
     * Read as it comes, it turned the rule off; it is an error that shows the flat form.
     */
    @Test
    void aNestedSettingIsAnErrorThatShowsTheFlatForm() {
        Map<String, String> integrity = new HashMap<>();
        integrity.put("link", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IntegritySettings.config(false, null, null, integrity, Map.of()));
        assertEquals("integrity: link has no value; each setting is one element with its value, such as"
                + " <link.severity>note</link.severity> (nested elements are not read)", e.getMessage());
    }

    @Test
    void theFlatFormIsRead() {
        var config = IntegritySettings.config(false, null, null, Map.of("link.severity", "note"), Map.of());
        var link = dev.tally.integrity.IntegrityConfig.Rule.byId("link");
        assertTrue(config.enabled(link));
        assertEquals(dev.tally.diagnostic.Severity.NOTE, config.severity(link));
    }

    /** Trial N, 6: domains and words given as list elements or comma-separated come to the same setting. */
    @Test
    void listParametersAreReadAsElementsOrCommaSeparated() {
        var elements = IntegritySettings.config(false, java.util.List.of("*.gov.cn", " example.org "),
                java.util.List.of("赌场", "", "彩票"), Map.of(), Map.of());
        assertEquals(java.util.List.of("*.gov.cn", "example.org"), elements.allowedDomains());
        assertEquals(java.util.List.of("赌场", "彩票"), elements.deniedWords());
        var split = IntegritySettings.config(false, java.util.List.of("*.gov.cn,example.org"), null, Map.of(), Map.of());
        assertEquals(elements.allowedDomains(), split.allowedDomains());
        assertEquals(IntegritySettings.fingerprint(false, java.util.List.of("*.gov.cn", "example.org"), null, null, Map.of()),
                IntegritySettings.fingerprint(false, java.util.List.of("*.gov.cn,example.org"), null, null, Map.of()));
    }
}
