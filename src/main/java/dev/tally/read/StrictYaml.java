package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;

import java.util.List;

/**
 * Reads YAML strictly, never constructing Java objects. Plain YAML, as data and checks blocks are nearly always
 * written, is read by {@link PlainYaml}; anything else is composed to nodes by SnakeYAML ({@link CarefulYaml}).
 * Tags, merge keys, duplicate keys, complex keys, more than a few aliases, deep nesting and oversized documents
 * are diagnostics. Scalars keep their text, so numbers are read exactly later.
 */
public final class StrictYaml {

    /** The largest YAML document read, in characters. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** How many aliases of collections a document may use. */
    public static final int MAX_ALIASES = 20;
    /** How deep collections may nest. */
    public static final int MAX_DEPTH = 64;
    /** How many nodes a document may expand to, aliases included. */
    public static final int MAX_NODES = 1_000_000;

    private final Diagnostics diagnostics;

    public StrictYaml(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the lines of a block (which may come from several files) as one YAML document.
     *
     * @param lines the content lines
     * @param blockAt where the block starts, for problems that have no line of their own
     * @return the root node, or {@code null} after reporting why there is none (an empty block is null too)
     */
    public YNode read(List<SourceLine> lines, Location blockAt) {
        long size = 0;
        for (SourceLine line : lines) {
            size += line.text().length() + 1;
            if (size > MAX_CHARS) {
                diagnostics.error(blockAt, "yaml.too-large", MAX_CHARS / (1024 * 1024));
                return null;
            }
        }
        for (SourceLine line : lines) {
            int tab = line.text().indexOf('\t');
            if (tab >= 0 && line.text().substring(0, tab).isBlank()) {
                diagnostics.error(line.location(), "yaml.tab");
                return null;
            }
        }
        YNode plain = PlainYaml.read(lines);
        if (plain == PlainYaml.EMPTY) {
            return null;
        }
        if (plain != PlainYaml.DECLINED) {
            return plain;
        }
        // the text SnakeYAML reads is made only for what the plain reader declines
        StringBuilder text = new StringBuilder((int) size);
        for (SourceLine line : lines) {
            text.append(noUnicodeBreaks(line.text())).append('\n');
        }
        return new CarefulYaml(diagnostics).read(text, lines, blockAt);
    }

    /**
     * YAML 1.1 also breaks lines at NEL, LS and PS; the report's lines do not, so such a character would shift
     * every line number after it. They become spaces in what YAML reads.
     */
    private static String noUnicodeBreaks(String s) {
        if (s.indexOf('\u0085') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
            return s;
        }
        return s.replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    }
}
