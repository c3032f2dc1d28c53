package dev.tally.model;

import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A report template: the tables and values blocks a report must have, their shapes, labels and checks,
 * the document checks, and the level-1 sections in order.
 *
 * @param name the built-in name or the file path as written
 * @param location where the template is defined (its file)
 * @param reportTitle the title of a new report, with {@code {year}} for its year, or null
 * @param claims prose claims the data must bear out (the integrity pass checks them)
 * @param allowedDomains the domains a report's links may point to ({@code *.gov.cn}), or null when the
 *                       template says nothing (the integrity pass then uses its own default)
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
        String reportTitle,
        List<Claim> claims,
        List<String> allowedDomains) {

    public Template {
        claims = claims == null ? List.of() : List.copyOf(claims);
        allowedDomains = allowedDomains == null ? null : List.copyOf(allowedDomains);
    }

    /** A template without claims and without allowed domains. */
    public Template(String name, String title, Location location, Map<String, TableSpec> tables,
            Map<String, ValuesSpec> values, List<CheckDef> checks, List<SectionSpec> sections, List<Carry> carries,
            String reportTitle) {
        this(name, title, location, tables, values, checks, sections, carries, reportTitle, List.of(), null);
    }

    /**
     * A claim the prose of a report makes that its data must bear out: where {@code phrase} (a regular
     * expression) occurs in the report's text, {@code check} (a document check) must hold; otherwise the
     * integrity pass reports {@code integrity.claim} at the phrase's line, with {@code severity} and
     * {@code message}. Example: the phrase {@code 未收到政府信息公开申请} with the check
     * {@code applications.新收[总计] = 0}.
     */
    public record Claim(String id, String phrase, Pattern pattern, String check, Severity severity, String message,
            Location location) {
        /** In a claim's check, the figure the phrase states, captured by its group {@code (?<n>…)}. */
        public static final String FIGURE = "{n}";

        /** Whether the claim is of a figure the text states (its check uses {@link #FIGURE}). */
        public boolean statesFigure() {
            return check != null && check.contains(FIGURE);
        }
    }

    /** A table the template declares. */
    public record TableSpec(
            String id,
            String title,
            Location location,
            Header columns,
            Header rows,
            Map<String, String> labels,
            String unit,
            String corner,
            String columnsTitle,
            CellKind cellKind,
            List<CheckDef> checks,
            String section) {
    }

    /**
     * What a new period's report takes over from the previous one: the row or column {@code from} of the
     * previous report goes to each of {@code to} in the new one (paths start with a block id).
     */
    public record Carry(String from, List<String> to, Location location, List<Location> places) {

        /** Where {@code from} is written; {@link #location} when not known. */
        public Location fromAt() {
            return places.isEmpty() ? location : places.get(0);
        }

        /** Where the {@code i}-th target is written; {@link #location} when not known. */
        public Location toAt(int i) {
            return i + 1 < places.size() ? places.get(i + 1) : location;
        }
    }

    /** A values block the template declares, with the keys it must have. */
    public record ValuesSpec(String id, String title, Location location, List<KeyPath> required, String section) {

        /** A values block the template places in no section ({@code tally:init} writes it in the first). */
        public ValuesSpec(String id, String title, Location location, List<KeyPath> required) {
            this(id, title, location, required, null);
        }
    }

    /**
     * A level-1 section title the report must have, with accepted alternative wordings.
     *
     * @param names the title and the aliases as a report's titles are compared with them (folded once, when the
     *              template is loaded, rather than for every report)
     */
    public record SectionSpec(String title, List<String> aliases, Location location, List<String> names) {
    }

    /** Every block id the template declares, tables first, in order. */
    public List<String> blockIds() {
        List<String> ids = new java.util.ArrayList<>(tables.keySet());
        ids.addAll(values.keySet());
        return ids;
    }
}
