package dev.tally.read;

import dev.tally.diagnostic.Location;

import java.util.List;

/** A YAML node as Tally reads it: only mappings, sequences and scalars, each with its source location. */
public sealed interface YNode {

    Location location();

    /** A scalar; {@code plain} is false for quoted and block scalars, which are always text. */
    record Scalar(String text, boolean plain, Location location) implements YNode {

        /** Plain scalars that YAML reads as null: empty, {@code ~}, {@code null}. */
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null"));
        }
    }

    record Sequence(List<YNode> items, Location location) implements YNode {
    }

    record Mapping(List<Entry> entries, Location location) implements YNode {

        public YNode get(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }

        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    record Entry(Scalar key, YNode value) {
    }

    static String kind(YNode node) {
        if (node instanceof Mapping) {
            return "mapping";
        }
        if (node instanceof Sequence) {
            return "list";
        }
        return "value";
    }
}
