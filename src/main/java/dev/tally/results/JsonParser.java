package dev.tally.results;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259): objects become insertion-ordered maps, arrays lists, strings
 * strings, numbers {@link BigDecimal}, {@code true}/{@code false} booleans and {@code null} the {@link #NULL}
 * marker. Anything else (trailing text, duplicate keys, raw control characters in strings, nesting deeper
 * than {@value #MAX_DEPTH}) is an {@link IOException} that names the offset; no other exception escapes.
 */
final class JsonParser {

    /** The JSON {@code null}, distinct from a missing member. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final int MAX_DEPTH = 64;
    private static final int MAX_NUMBER_LENGTH = 100;

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    /** Parses one JSON value that makes up the whole text (white space around it allowed). */
    /** Takes the elements of a streamed array one at a time. */
    interface Elements {
        void accept(Object element) throws IOException;
    }

    /** The top-level member whose array is handed out element by element instead of kept, or null. */
    private String streamedKey;
    private Elements sink;
    /** Strings read so far, so that a text repeated thousands of times (a check, a code) is held once. */
    private final Map<String, String> strings = new java.util.HashMap<>();

    static Object parse(String text) throws IOException {
        return parse(text, null, null);
    }

    /**
     * Parses, handing each element of the top-level member {@code streamedKey}'s array to {@code sink} as soon as
     * it is read (the member is then an empty list in the result): a large document is never held whole as a tree.
     */
    static Object parse(String text, String streamedKey, Elements sink) throws IOException {
        if (text == null) {
            throw new IOException("no JSON text");
        }
        JsonParser p = new JsonParser(text);
        p.streamedKey = streamedKey;
        p.sink = sink;
        try {
            p.skipWhitespace();
            Object value = p.value();
            p.skipWhitespace();
            if (p.pos != text.length()) {
                throw p.error("unexpected text after the JSON value");
            }
            return value;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException("invalid JSON: " + e, e);
        }
    }

    private Object value() throws IOException {
        if (pos >= text.length()) {
            throw error("unexpected end of the text");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character " + describe(c));
            }
        };
    }

    private Map<String, Object> object() throws IOException {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in quotes");
            }
            int at = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = depth == 1 && key.equals(streamedKey) && peek() == '[' ? streamArray() : value();
            if (map.putIfAbsent(key, value) != null) {
                pos = at;
                throw error("duplicate member " + key);
            }
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return Collections.unmodifiableMap(map);
            } else {
                throw error("expected , or } in an object");
            }
        }
    }

    /** An array whose elements go to the sink one by one; an empty list stands for it. */
    private List<Object> streamArray() throws IOException {
        elements(sink);
        return List.of();
    }

    private List<Object> array() throws IOException {
        List<Object> list = new ArrayList<>();
        elements(list::add);
        return Collections.unmodifiableList(list);
    }

    /** Reads an array, handing each element on as it is read. */
    private void elements(Elements each) throws IOException {
        enter();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            skipWhitespace();
            each.accept(value());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return;
            } else {
                throw error("expected , or ] in an array");
            }
        }
    }

    private String shared(String s) {
        if (s.length() > 256) {
            return s;
        }
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    private void enter() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() throws IOException {
        pos++;
        // most strings have no escape: taken whole
        for (int end = pos; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '"') {
                String s = text.substring(pos, end);
                pos = end + 1;
                return shared(s);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return shared(out.toString());
            }
            if (c < 0x20) {
                pos--;
                throw error("control character " + describe(c) + " in a string must be escaped");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("unterminated \\u escape");
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = hexDigit(text.charAt(pos + k));
                        if (d < 0) {
                            throw error("invalid \\u escape");
                        }
                        v = v * 16 + d;
                    }
                    pos += 4;
                    out.append((char) v);
                }
                default -> {
                    pos--;
                    throw error("invalid escape \\" + describe(e));
                }
            }
        }
    }

    private BigDecimal number() throws IOException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("invalid number: digits must follow the point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("invalid number: digits must follow the exponent");
            }
            digits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            pos = start;
            throw error("number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) throws IOException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character " + describe(text.charAt(pos)));
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws IOException {
        if (peek() != c) {
            throw error("expected " + c);
        }
        pos++;
    }

    /** The next character, or NUL at the end (NUL never stands outside a string in valid JSON). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private IOException error(String what) {
        return new IOException("invalid JSON at offset " + Math.min(pos, text.length()) + ": "
                + (pos >= text.length() && !what.startsWith("unexpected end") && !what.startsWith("unterminated")
                        ? "unexpected end of the text (" + what + ")" : what));
    }

    private static String describe(char c) {
        return c < 0x20 || c >= 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
