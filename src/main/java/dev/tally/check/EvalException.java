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

    /** A check that touches a cell already reported as unreadable: skipped silently. */
    public static final class Unreadable extends EvalException {
        public Unreadable(int offset) {
            super("check.unreadable", offset);
        }
    }
}
