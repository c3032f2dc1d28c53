package dev.tally.integrity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules skip a line whose {@link Prose#contents} lack the characters their patterns need: that must never
 * skip a line the pattern would have matched.
 */
class LineContentsTest {

    /** Characters of every kind the flags tell apart, and their neighbours. */
    private static final String ALPHABET = "aZ09?()（）.āǎèéìǜüÂÃâïäéÀÿ\u0080\u00A9ªºΑжヒㄅ─你國国门锟斤拷烫屯\uFFFD锛銆鎮"
            + "浣犲ソ涓枃ＡｚŁẞ年条件 　，。";

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
        Arbitrary<String> beyond = Arbitraries.of("\uD840\uDC00", "\uD835\uDC00", "\uD800", "2021", "1999", "zhèn",
                "(dāng)", "鎮(zhèn)", "Ã©", "â€œ", "ä¸­", "政府?dāng", "涓枃浣");
        return Arbitraries.oneOf(chars, beyond).list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 5000, seed = "20261123")
    void aPatternThatMatchesFindsItsFlagSet(@ForAll("lines") String line) {
        int f = Prose.contents(line);
        needs(GarbageRules.PINYIN, line, f, Prose.TONED);
        needs(WordRules.LATIN, line, f, Prose.LATIN);
        needs(PeriodRules.YEAR, line, f, Prose.DIGIT);
        needs(PeriodRules.FIGURE, line, f, Prose.DIGIT);
        for (int k = 0; k < GarbageRules.MOJIBAKE.size(); k++) {
            needs(GarbageRules.MOJIBAKE.get(k), line, f, GarbageRules.WORTH_LOOKING[k]);
        }
        List<int[]> runs = new ArrayList<>();
        GarbageRules.gbkRuns(line, runs);
        if (!runs.isEmpty()) {
            assertTrue((f & Prose.GBK_SHIFT) != 0, line);
        }
        line.codePoints().forEach(cp -> {
            if (Scripts.isTraditional(cp) || Scripts.isSimplifiedOnly(cp)) {
                assertTrue((f & Prose.SCRIPT) != 0, line);
            }
        });
    }

    private static void needs(Pattern p, String line, int f, int flags) {
        if (p.matcher(line).find()) {
            assertTrue((f & flags) != 0, () -> p + " matches " + line + " without its characters");
        }
    }

    @Example
    void plainChineseProseHasNoneOfTheFlagsThatSkipRules() {
        int f = Prose.contents("本机关全年主动公开政府信息，通过政府网站公开。");
        assertFalse((f & (Prose.DIGIT | Prose.LATIN | Prose.TONED | Prose.QUESTION | Prose.LATIN1_LEAD)) != 0);
    }

    /** The table of flags is made from where each kind of character lies: it must be what asking each gives. */
    @Example
    void everyCharacterOfThePlaneHasTheFlagsOfItsKinds() {
        for (int c = 0x80; c < 0x10000; c++) {
            int expected = expectedFlags(c);
            int actual = Prose.contents(String.valueOf((char) c));
            if (expected != actual) {
                throw new AssertionError(String.format("U+%04X: expected flags %s, made %s", c,
                        Integer.toBinaryString(expected), Integer.toBinaryString(actual)));
            }
        }
    }

    private static int expectedFlags(int c) {
        if (Character.isSurrogate((char) c)) {
            return Prose.LATIN | Prose.SCRIPT;
        }
        int f = 0;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            f |= Prose.LATIN;
        }
        if (GarbageRules.TONED.indexOf(c) >= 0) {
            f |= Prose.TONED;
        }
        if (c >= 0xC2 && c <= 0xEF) {
            f |= Prose.LATIN1_LEAD;
        }
        if (c >= 0x370 && c <= 0x4FF || c >= 0x2500 && c <= 0x257F || c >= 0x3040 && c <= 0x312F) {
            f |= Prose.FOREIGN_LETTER;
        }
        if (c == 0xFFFD || c == '锟' || c == '烫' || c == '屯') {
            f |= Prose.REPLACEMENT;
        }
        if (Scripts.isTraditional(c) || Scripts.isSimplifiedOnly(c)) {
            f |= Prose.SCRIPT;
        }
        if (GarbageRules.GBK_SHIFT.get(c)) {
            f |= Prose.GBK_SHIFT;
        }
        return f;
    }
}
