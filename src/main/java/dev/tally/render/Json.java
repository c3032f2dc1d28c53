package dev.tally.render;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer: maps (in their iteration order), lists, strings, exact numbers, booleans and null.
 * Objects and lists of containers are indented by two spaces; a list of scalars, and an object of scalars
 * (and lists of scalars) inside a list, stay on one line.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder(1024);
        write(value, 0, sb);
        sb.append('\n');
        return sb.toString();
    }

    private static void write(Object value, int indent, StringBuilder sb) {
        write(value, indent, false, sb);
    }

    private static boolean scalar(Object v) {
        return !(v instanceof Map || v instanceof List);
    }

    /** A map of scalars and lists of scalars: written on one line when it is an element of a list. */
    private static boolean flat(Object v) {
        if (!(v instanceof Map<?, ?> map)) {
            return false;
        }
        for (Object e : map.values()) {
            if (!scalar(e) && !(e instanceof List<?> l && l.stream().allMatch(Json::scalar))) {
                return false;
            }
        }
        return true;
    }

    private static void write(Object value, int indent, boolean inline, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof BigDecimal d) {
            sb.append(number(d));
        } else if (value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            if (inline) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(first ? "" : ", ");
                    first = false;
                    string(String.valueOf(e.getKey()), sb);
                    sb.append(": ");
                    write(e.getValue(), indent + 1, sb);
                }
                sb.append('}');
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "\n" : ",\n");
                first = false;
                pad(indent + 1, sb);
                string(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                write(e.getValue(), indent + 1, sb);
            }
            sb.append('\n');
            pad(indent, sb);
            sb.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            boolean scalars = list.stream().allMatch(Json::scalar);
            sb.append('[');
            boolean first = true;
            for (Object v : list) {
                if (scalars) {
                    sb.append(first ? "" : ", ");
                } else {
                    sb.append(first ? "\n" : ",\n");
                    pad(indent + 1, sb);
                }
                first = false;
                write(v, indent + 1, flat(v), sb);
            }
            if (!scalars) {
                sb.append('\n');
                pad(indent, sb);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** An exact decimal as a JSON number, as written in the data ({@code 1.50}): plain digits, never an exponent. */
    static String number(BigDecimal d) {
        return d.toPlainString();
    }

    static void string(String s, StringBuilder sb) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < n
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            || c == '\u007f') {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void pad(int indent, StringBuilder sb) {
        for (int i = 0; i < indent; i++) {
            sb.append("  ");
        }
    }
}
