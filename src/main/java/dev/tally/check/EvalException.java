package dev.tally.check;

import java.util.List;

/** A check that cannot be evaluated: an unknown or ambiguous name, mixed shapes, division by zero. */
public class EvalException extends Exception {

    private final String code;
    private final int offset;
    private final List<String> args;

    public EvalException(String code, int offset, String... args) {
        super(code, null, false, false);
        this.code = code;
        this.offset = offset;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    /** 0-based offset into the check text, or -1. */
    public int offset() {
        return offset;
    }

    public List<String> args() {
        return args;
    }

    /** A check that names {@code previous.} where the report names no previous report: skipped, not failed. */
    public static final class NoPrevious extends EvalException {
        public NoPrevious(int offset) {
            super("check.no-previous", offset);
        }
    }

    /**
     * A check that touches a cell already reported as unreadable: skipped; silently when the cell is the
     * report's own (its error is in the same report's output), with a note when it is the previous report's.
     */
    public static final class Unreadable extends EvalException {
        private final boolean inPrevious;
        private final boolean lacksRow;
        private final boolean templateFailed;

        public Unreadable(int offset) {
            this(offset, false);
        }

        public Unreadable(int offset, boolean inPrevious) {
            this(offset, inPrevious, false);
        }

        public Unreadable(int offset, boolean inPrevious, boolean lacksRow) {
            this(offset, inPrevious, lacksRow, false);
        }

        public Unreadable(int offset, boolean inPrevious, boolean lacksRow, boolean templateFailed) {
            super("check.unreadable", offset);
            this.inPrevious = inPrevious;
            this.lacksRow = lacksRow;
            this.templateFailed = templateFailed;
        }

        /** Whether the table was not read because the report's template could not be loaded (already said). */
        public boolean templateFailed() {
            return templateFailed;
        }

        /** Whether the cell has no number because the report lacks a row its template has (already reported). */
        public boolean lacksRow() {
            return lacksRow;
        }

        /** Whether the unreadable cell is the previous report's. */
        public boolean inPrevious() {
            return inPrevious;
        }
    }

    /**
     * A name that does not resolve in the previous report (its template or its own data lack it): reported as
     * the cause is, but a template's check that meets it is skipped, with a note, as the previous report may be of
     * another template.
     */
    public static final class PreviousLacks extends EvalException {
        public PreviousLacks(EvalException cause) {
            super(cause.code(), cause.offset(), cause.args().toArray(String[]::new));
        }
    }
}
