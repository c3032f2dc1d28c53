package dev.tally.results;

/**
 * Writes JSON text, indented by two spaces, one member or element a line. No library: only what the result
 * files need. Strings are escaped so that any Java string survives a round trip, lone surrogates included
 * (they are written as {@code \\uXXXX} escapes, never as bytes UTF-8 cannot hold).
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    /** Where the text goes as it is made, or null to keep it for {@link #toString()}. */
    private final java.io.Writer sink;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    JsonWriter() {
        this(null);
    }

    /** A writer that passes its text on to {@code sink} in pieces, so that a large document is never held whole. */
    JsonWriter(java.io.Writer sink) {
        this.sink = sink;
    }

    /** Passes the text so far on to the sink, when there is one and enough text to be worth it. */
    private void drain(int atLeast) {
        if (sink != null && out.length() >= atLeast) {
            try {
                sink.append(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.setLength(0);
        }
    }

    /** Ends the document with a line break and passes the rest on to the sink. */
    void finish() {
        if (depth != 0) {
            throw new IllegalStateException("unclosed object or array");
        }
        out.append('\n');
        drain(0);
    }

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endObject() {
        end('}');
        drain(1 << 16);
        return this;
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endArray() {
        return end(']');
    }

    private JsonWriter end(char close) {
        if (depth == 0 || afterName) {
            throw new IllegalStateException("nothing to close");
        }
        depth--;
        if (!first) {
            newline();
        }
        out.append(close);
        first = false;
        return this;
    }

    JsonWriter name(String name) {
        if (afterName || depth == 0) {
            throw new IllegalStateException("a name must stand inside an object, before a value");
        }
        beforeElement();
        quote(out, name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        beforeElement();
    }

    private void beforeElement() {
        if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        first = false;
    }

    /** A line break and the indentation of the deepest level written at once; longer is made as needed. */
    private static final String INDENT = "\n" + " ".repeat(2 * 16);

    private void newline() {
        if (depth <= 16) {
            out.append(INDENT, 0, 1 + 2 * depth);
        } else {
            out.append('\n').append(" ".repeat(2 * depth));
        }
    }

    /** The text, ending with a line break. */
    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("unclosed object or array");
        }
        return out + "\n";
    }

    /** Appends {@code s} as a JSON string literal. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int from = 0; // the start of the characters not yet written, which are written as they are
        // scanned as an array: a cold JVM interprets this for every text of every result, and charAt costs
        // several calls a character there
        char[] cs = s.toCharArray();
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && (c < '\u2028' || c > '\u2029')
                    && !Character.isSurrogate(c)) {
                continue;
            }
            out.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                        out.append(c).append(cs[++i]);
                        from = i + 1;
                    } else {
                        unicodeEscape(out, c); // controls, DEL, line and paragraph separators, lone surrogates
                    }
                }
            }
        }
        if (from == 0) {
            out.append(s);
        } else {
            out.append(s, from, n);
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
            out.append('0');
        }
        out.append(hex);
    }
}
