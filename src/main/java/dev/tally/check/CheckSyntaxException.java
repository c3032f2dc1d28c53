package dev.tally.check;

import java.util.List;

/** A check that cannot be parsed; {@code offset} points into the check text. */
public final class CheckSyntaxException extends Exception {

    private final String code;
    private final int offset;
    private final List<String> args;

    public CheckSyntaxException(String code, int offset, String... args) {
        super(code, null, false, false);
        this.code = code;
        this.offset = offset;
        this.args = List.of(args);
    }

    /** The message key of the reason. */
    public String code() {
        return code;
    }

    /** 0-based offset into the check text. */
    public int offset() {
        return offset;
    }

    public List<String> args() {
        return args;
    }
}
