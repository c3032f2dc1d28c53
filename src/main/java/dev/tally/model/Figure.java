package dev.tally.model;

import dev.tally.diagnostic.Location;

/** A figure in the prose, {@code tally:target[expected]}; {@code expected} is empty when not given. */
public record Figure(String target, String expected, Location location) {

    public String asWritten() {
        return "tally:" + target + "[" + expected + "]";
    }

    public boolean isCheck() {
        return !expected.isBlank();
    }
}
