package dev.tally.model;

import dev.tally.diagnostic.Location;

/** A section heading of a report; level 1 is {@code ==}. */
public record SectionTitle(int level, String title, Location location) {
}
