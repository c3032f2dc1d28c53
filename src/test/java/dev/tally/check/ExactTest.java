package dev.tally.check;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How checks show the values they compare: the value's own digits, and two unequal values never alike. */
class ExactTest {

    private static Exact of(String s) {
        return Exact.of(new BigDecimal(s));
    }

    @Test
    void aFractionThatDoesNotTerminateShowsThirtyFourDigitsCutNotRounded() {
        assertEquals("0.3333333333333333333333333333333333…", of("1").divide(of("3")).show());
        assertEquals("0.6666666666666666666666666666666666…", of("2").divide(of("3")).show());
        assertEquals("0.0001428571428571428571428571428571428…", of("1").divide(of("7000")).show());
        assertEquals("-3.333333333333333333333333333333333…", of("-10").divide(of("3")).show());
        assertEquals("0.5", of("1").divide(of("2")).show());
    }

    /** Trial M, 4: no zeros that are not the value's digits. */
    @Test
    void aLargeValueThatDoesNotTerminateKeepsItsWholePart() {
        Exact big = of("1234567890123456789012345678901234567890").divide(of("7"));
        assertEquals("176366841446208112716049382700176366841…", big.show());
    }

    /** Trial M, 4: a third and a little more than a third are shown with the digits where they differ. */
    @Test
    void twoUnequalValuesAreShownApart() {
        Exact third = of("1").divide(of("3"));
        Exact more = third.add(of("0.00000000000000000000000000000000000000001"));
        String[] shown = Exact.showApart(third, more);
        assertEquals(false, shown[0].equals(shown[1]), shown[0] + " vs " + shown[1]);
        assertArrayEquals(new String[] {"0.5", "0.50"}, Exact.showApart(of("1").divide(of("2")), of("0.50")));
        // a third against the 34 digits its cut shows: told apart by more digits, not only by the mark of the cut
        String cut = "0." + "3".repeat(34);
        String[] alike = Exact.showApart(third, of(cut));
        assertEquals(cut, alike[1]);
        assertEquals(true, alike[0].startsWith(cut + "3") && alike[0].endsWith("\u2026"), alike[0]);
    }
}
