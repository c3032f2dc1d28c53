package dev.tally.model;

import dev.tally.diagnostic.Location;

import java.util.List;
import java.util.Map;

/**
 * A report template: the tables and values blocks a report must have, their shapes, labels and checks,
 * the document checks, and the level-1 sections in order.
 *
 * @param name the built-in name or the file path as written
 * @param location where the template is defined (its file)
 * @param reportTitle the title of a new report, with {@code {year}} for its year, or null
 */
public record Template(
        String name,
        String title,
        Location location,
        Map<String, TableSpec> tables,
        Map<String, ValuesSpec> values,
        List<CheckDef> checks,
        List<SectionSpec> sections,
        List<Carry> carries,
        String reportTitle) {

    /** A table the template declares. */
    public record TableSpec(
            String id,
            String title,
            Location location,
            Header columns,
            Header rows,
            Map<String, String> labels,
            String unit,
            CellKind cellKind,
            List<CheckDef> checks,
            String section) {
    }

    /**
     * What a new period's report takes over from the previous one: the row or column {@code from} of the
     * previous report goes to each of {@code to} in the new one (paths start with a block id).
     */
    public record Carry(String from, List<String> to, Location location) {
    }

    /** A values block the template declares, with the keys it must have. */
    public record ValuesSpec(String id, String title, Location location, List<KeyPath> required) {
    }

    /** A level-1 section title the report must have, with accepted alternative wordings. */
    public record SectionSpec(String title, List<String> aliases, Location location) {
    }

    /** Every block id the template declares, tables first, in order. */
    public List<String> blockIds() {
        List<String> ids = new java.util.ArrayList<>(tables.keySet());
        ids.addAll(values.keySet());
        return ids;
    }
}
