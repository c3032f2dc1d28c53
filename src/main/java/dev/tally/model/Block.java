package dev.tally.model;

import dev.tally.diagnostic.Location;

/** A data block of a report: a table or a values block. */
public sealed interface Block permits Table, Values {

    String id();

    /** The block title ({@code .Title} line), or null. */
    String title();

    Location location();
}
