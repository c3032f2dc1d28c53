package dev.tally.integrity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The year of a report's title is found by hand where the template's title pattern's regex would find it. */
class YearInTitleTest {

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(
                        Arbitraries.of("2023", "1999", "2100", "1899", "20", "19", "0", "9", "年", "年度", "报告", "（", "）",
                                "２０２３", "x", " ", "镇"),
                        Arbitraries.strings().withChars("0129年度x").ofMaxLength(5))
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> nexts() {
        return Arbitraries.of("", "年", "度", "9", "x", "年度", "\\E.*", "$");
    }

    @Property(tries = 5000, seed = "20261123")
    void findsWhatThePatternFinds(@ForAll("titles") String title, @ForAll("nexts") String next) {
        Matcher m = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)" + Pattern.quote(next)).matcher(title);
        assertEquals(m.find() ? m.start() : -1, Integrity.yearBefore(title, next), title + " / " + next);
    }

    @Test
    void theFirstYearBeforeTheMark() {
        assertEquals(6, Integrity.yearBefore("202 1 2024年2025年", "年"));
        assertEquals(-1, Integrity.yearBefore("12024年", "年"));
        assertEquals(-1, Integrity.yearBefore("2024", "年"));
        assertEquals(0, Integrity.yearBefore("1999", ""));
    }
}
