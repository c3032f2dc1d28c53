package dev.tally.read;

import dev.tally.diagnostic.Location;

import java.util.List;
import java.util.Map;

/**
 * What Tally needs from an AsciiDoc report, found without Asciidoctor: title, attributes, sections,
 * data and checks blocks, {@code tally:} macros, the other ids the page has and the files it names
 * ({@code image::}, {@code link:}), each with its source location; and the listing blocks whose style is a typo of
 * {@code data} or {@code checks} ({@code [date#appeals]}, {@code [check]}), in {@code misstyled}, each with the
 * style as written and no content: Asciidoctor shows them as listings, and Tally reads none of them.
 */
public record AdocSource(
        String title,
        Map<String, Attribute> attributes,
        List<Section> sections,
        List<Block> blocks,
        List<Macro> macros,
        List<Anchor> anchors,
        List<dev.tally.model.FileReference> files,
        List<SourceLine> lines,
        List<Block> misstyled) {

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
     * @param include which expansion of an included file it is in ({@link SourceLine#include()}): two macros at one
     *     line of one expansion are two, one at a line of a file included twice is the same
     */
    public record Macro(String target, String expected, Location location, String titleOf, int include) {

        public Macro(String target, String expected, Location location, int include) {
            this(target, expected, location, null, include);
        }

        public String asWritten() {
            return "tally:" + target + "[" + expected + "]";
        }
    }

    /**
     * An id that an element of the page other than a data or checks block has: a section's, another block's, an
     * inline anchor's ({@code [[id]]}, {@code anchor:id[]}, {@code [#id]#text#}). Only ids written in the report:
     * none that Asciidoctor makes of a section's title ({@code _staffing}).
     *
     * @param location the line that gives the id
     */
    public record Anchor(String id, Location location) {
    }

    public String attribute(String name) {
        Attribute a = attributes.get(name);
        return a == null ? null : a.value();
    }
}
