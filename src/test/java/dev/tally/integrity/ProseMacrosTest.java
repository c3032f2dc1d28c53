package dev.tally.integrity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written scan for {@code tally:} macros in prose finds exactly what {@link Prose#MACRO} finds. */
class ProseMacrosTest {

    /** The regular expression's reading, the reference. */
    private static String reference(String text, boolean bare) {
        Matcher m = Prose.MACRO.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = m.group().substring(1);
            } else if (bare) {
                replacement = String.valueOf(Prose.MARK);
            } else {
                replacement = m.group(3).isBlank() ? m.group(2) : m.group(3).strip();
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    @Test
    void figuresBecomeMarksOrTheirWrittenValue() {
        String line = "全年tally:proactive.total[164]条，\\tally:x[1]，tally:a.b[]件，tally: x[2]";
        assertEquals("全年" + Prose.MARK + "条，tally:x[1]，" + Prose.MARK + "件，tally: x[2]", Prose.replaceMacros(line, true));
        assertEquals("全年164条，tally:x[1]，a.b件，tally: x[2]", Prose.replaceMacros(line, false));
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("tally:", "\\", "[", "]", " ", "\t", "a", "条", ".", "1", "tally:a[", "tally:a.b[12]",
                        "\\tally:x[3]", "tally:[]", "tally:a[ ]"),
                Arbitraries.strings().withChars("ab[] \\").ofMaxLength(3),
                Arbitraries.strings().withChars('x').ofMinLength(95).ofMaxLength(105),
                Arbitraries.strings().withChars('y').ofMinLength(295).ofMaxLength(305));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 3000, seed = "20261123")
    void theScanAgreesWithTheRegularExpression(@ForAll("lines") String line) {
        assertEquals(reference(line, true), Prose.replaceMacros(line, true), line);
        assertEquals(reference(line, false), Prose.replaceMacros(line, false), line);
    }

    @Provide
    Arbitrary<String> padded() {
        return Arbitraries.strings().withChars(" \t\u3000\u00a0-=.x条").ofMaxLength(8);
    }

    @Property(tries = 2000, seed = "20261123")
    void aDelimiterLineIsFoundAsStripWouldFindIt(@ForAll("padded") String text) {
        for (String delim : List.of("----", "-", "x", "条", "", "....")) {
            assertEquals(text.strip().equals(delim), dev.tally.read.AdocScanner.strippedEquals(text, delim), text + " / " + delim);
        }
    }
}
