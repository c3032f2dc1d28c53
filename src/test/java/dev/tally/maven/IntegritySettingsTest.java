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
}
