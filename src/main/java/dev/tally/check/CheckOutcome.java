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
 * @param reason why a skipped check was not run, as a message key ({@code skip.no-previous}); null otherwise
 */
public record CheckOutcome(String scope, String check, Location location, Status status, int failures, String reason) {

    public CheckOutcome(String scope, String check, Location location, Status status, int failures) {
        this(scope, check, location, status, failures, null);
    }

    /** A check or figure not run, and why ({@code skip.*}). */
    public static CheckOutcome skipped(String scope, String check, Location location, String reason) {
        return new CheckOutcome(scope, check, location, Status.SKIPPED, 0, reason);
    }

    public enum Status {
        PASSED, FAILED, INVALID, SKIPPED
    }
}
