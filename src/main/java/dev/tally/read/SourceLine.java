package dev.tally.read;

import dev.tally.diagnostic.Location;

/**
 * One line of a report after includes are expanded, with the file and line it came from, and which expansion
 * brought it: 0 for the report's own lines, then one number per {@code include::} expanded, so that two includes
 * of one file are told apart.
 */
public record SourceLine(String text, Location location, int include) {

    /** A line of the report itself. */
    public SourceLine(String text, Location location) {
        this(text, location, 0);
    }
}
