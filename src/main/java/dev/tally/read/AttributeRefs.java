package dev.tally.read;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AsciiDoc attribute references ({@code {name}}) in a piece of text: in include targets, figures, ifeval. */
final class AttributeRefs {

    private static final Pattern REF = Pattern.compile("\\{([\\w][\\w-]*)}");

    private AttributeRefs() {
    }

    /**
     * The text with each {@code {name}} replaced by what {@code valueOf} gives for the name as written; a reference
     * it gives null for is left as it is.
     */
    static String replace(String text, Function<String, String> valueOf) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = valueOf.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The value of an attribute entry as Asciidoctor keeps it: references to attributes set before replaced when
     * it is set; the value as written when replacing would make it longer than {@code max} characters (an
     * attribute bomb, which is reported where the attributes are read).
     */
    static String resolveValue(String value, Function<String, String> valueOf, long max) {
        if (value.indexOf('{') < 0) {
            return value;
        }
        Matcher m = REF.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String v = valueOf.apply(m.group(1));
            String with = v != null ? v : m.group();
            if ((long) out.length() + (m.start() - last) + with.length() > max) {
                return value;
            }
            out.append(value, last, m.start()).append(with);
            last = m.end();
        }
        out.append(value, last, value.length());
        return out.length() > max ? value : out.toString();
    }
}
