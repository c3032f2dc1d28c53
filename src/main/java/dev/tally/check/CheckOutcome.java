package dev.tally.check;

import dev.tally.diagnostic.Location;

/**
 * How one check of one report came out, for machine-readable results and the site.
 *
 * @param scope the table id for a table's own check, null for a document check or figure
 * @param check the check as written (for a figure, the macro as written)
 * @param location where the check (or figure) is written
 * @param status the outcome
 * @param failures how many rows, columns or values it failed in
 */
public record CheckOutcome(String scope, String check, Location location, Status status, int failures) {

    public enum Status {
        PASSED, FAILED, INVALID, SKIPPED
    }
}
