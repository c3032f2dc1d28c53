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
}
