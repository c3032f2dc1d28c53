package dev.tally.read;

import dev.tally.diagnostic.Location;

/** One line of a report after includes are expanded, with the file and line it came from. */
public record SourceLine(String text, Location location) {
}
