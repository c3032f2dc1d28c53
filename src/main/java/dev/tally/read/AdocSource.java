package dev.tally.read;

import dev.tally.diagnostic.Location;

import java.util.List;
import java.util.Map;

/**
 * What Tally needs from an AsciiDoc report, found without Asciidoctor: title, attributes, sections,
 * data and checks blocks, {@code tally:} macros and the files the page names ({@code image::}, {@code link:}),
 * each with its source location.
 */
public record AdocSource(
        String title,
        Map<String, Attribute> attributes,
        List<Section> sections,
        List<Block> blocks,
        List<Macro> macros,
        List<dev.tally.model.FileReference> files,
        List<SourceLine> lines) {

    /** A document attribute entry, {@code :name: value}. */
    public record Attribute(String name, String value, Location location) {
    }

    /** A section title; level 1 is {@code ==}. */
    public record Section(int level, String title, Location location) {
    }

    /**
     * A listing block styled {@code data} or {@code checks}.
     *
     * @param style {@code data} or {@code checks}
     * @param id the block id, or null
     * @param title the {@code .Title} line, or null
     * @param location the line of the block's attribute line
     * @param content the lines between the delimiters
     */
    public record Block(String style, String id, String title, Location location, List<SourceLine> content) {
    }

    /**
     * An inline {@code tally:target[expected]} macro; {@code expected} is empty for {@code []}.
     *
     * @param titleOf the id of the data block whose title holds it, or null: the page shows that title only as the
     *     caption of a table
     */
    public record Macro(String target, String expected, Location location, String titleOf) {

        public Macro(String target, String expected, Location location) {
            this(target, expected, location, null);
        }

        public String asWritten() {
            return "tally:" + target + "[" + expected + "]";
        }
    }

    public String attribute(String name) {
        Attribute a = attributes.get(name);
        return a == null ? null : a.value();
    }
}
