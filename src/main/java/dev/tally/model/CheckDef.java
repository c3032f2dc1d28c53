package dev.tally.model;

import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;

/**
 * A check as written: its text, severity, optional message, where it was written, and which template
 * it came from ({@code null} for the report's own checks).
 */
public record CheckDef(String text, Severity severity, String message, Location location, String template) {

    public boolean fromTemplate() {
        return template != null;
    }
}
