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

    /** The codes of a check's failures. */
    private static final java.util.Set<String> FAILURE_CODES = java.util.Set.of("check.failed", "check.failed-table",
            "check.failed-row", "check.failed-column", "figure.mismatch");

    /** Whether a problem is a check's (or a figure's) failure. */
    public static boolean isFailure(dev.tally.diagnostic.Diagnostic d) {
        return FAILURE_CODES.contains(d.code()) || d.code().startsWith("check.failed");
    }

    /** The check text a failure names, by its code's argument layout; null for a problem that is no failure. */
    public static String checkNamedBy(dev.tally.diagnostic.Diagnostic d) {
        if (!isFailure(d)) {
            return null;
        }
        int i = switch (d.code()) {
            case "check.failed", "figure.mismatch" -> 0;
            case "check.failed-table" -> 1;
            case "check.failed-row", "check.failed-column" -> 2;
            default -> -1;
        };
        return i >= 0 && i < d.args().size() ? d.args().get(i) : null;
    }

    /** Whether a failure can be this outcome's, by its table: a table's check fails in that table. */
    public boolean scopeFits(dev.tally.diagnostic.Diagnostic d) {
        if (scope == null) {
            return !d.code().equals("check.failed-table");
        }
        return !d.code().equals("check.failed") && !d.code().equals("figure.mismatch")
                && !d.args().isEmpty() && d.args().get(0).equals(scope);
    }

    public enum Status {
        PASSED, FAILED, INVALID, SKIPPED
    }
}
