package dev.tally.model;

import dev.tally.diagnostic.Location;

/**
 * A figure in the prose, {@code tally:target[expected]}; {@code expected} is empty when not given. {@code include}
 * tells the expansions of an included file apart (0 for the report's own lines): two figures at one line of one
 * expansion are two figures, one at a line of a file included twice is the same figure.
 */
public record Figure(String target, String expected, Location location, int include) {

    public Figure(String target, String expected, Location location) {
        this(target, expected, location, 0);
    }

    public String asWritten() {
        return "tally:" + target + "[" + expected + "]";
    }

    public boolean isCheck() {
        return !expected.isBlank();
    }
}
