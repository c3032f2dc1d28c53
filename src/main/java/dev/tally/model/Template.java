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
 */
public record Template(
        String name,
        String title,
        Location location,
        Map<String, TableSpec> tables,
        Map<String, ValuesSpec> values,
        List<CheckDef> checks,
        List<SectionSpec> sections) {

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
            List<CheckDef> checks) {
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
