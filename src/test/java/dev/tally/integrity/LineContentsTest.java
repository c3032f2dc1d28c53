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
}
