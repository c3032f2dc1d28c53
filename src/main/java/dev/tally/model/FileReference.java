package dev.tally.model;

import dev.tally.diagnostic.Location;

/**
 * A file a report's page shows or links to, as the report names it: {@code image::chart.png[]} and
 * {@code image:seal.png[]}, {@code video::}, {@code audio::} and {@code link:附件/统计表.xlsx[]}, found in the text
 * the page shows (not in comments, listings, literal text, passthroughs or data blocks). Nothing is resolved yet:
 * the target may be a URL, an anchor, or hold an attribute reference the document never sets.
 *
 * @param kind the macro
 * @param block whether it is a block macro ({@code image::}) rather than an inline one ({@code image:})
 * @param target the target with the references to attributes set before it replaced, as Asciidoctor reads it
 * @param attributes what stands between the macro's brackets
 * @param imagesdir the document's {@code :imagesdir:} where the macro stands, or null
 * @param location the macro's line
 */
public record FileReference(Kind kind, boolean block, String target, String attributes, String imagesdir,
        Location location) {

    /** The macros that name a file. */
    public enum Kind {
        IMAGE("image"), VIDEO("video"), AUDIO("audio"), LINK("link");

        private final String macro;

        Kind(String macro) {
            this.macro = macro;
        }

        /** The macro's name, {@code image}. */
        public String macro() {
            return macro;
        }

        /** Whether its target is resolved against {@code :imagesdir:}, as Asciidoctor does for images and media. */
        public boolean inImagesdir() {
            return this != LINK;
        }
    }

    /** The macro as written, without its brackets: {@code image::logo.png}, {@code link:附件/表.xlsx}. */
    public String asWritten() {
        return kind.macro() + (block ? "::" : ":") + target;
    }
}
