package dev.tally.read;

import dev.tally.diagnostic.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTextTest {

    private static final Location AT = new Location(Path.of("r.adoc"), 1);

    private static NumberText.Result plain(String text) {
        return NumberText.parse(new YNode.Scalar(text, true, AT));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-3, -3", "12.50, 12.50", "0.1, 0.1", "170, 170", "-0.01, -0.01", "1000000, 1000000"})
    void plainDecimalsAreExactNumbers(String text, String expected) {
        NumberText.Result r = plain(text);
        assertTrue(r.ok(), () -> text + ": " + r.problem());
        assertEquals(new BigDecimal(expected), r.value());
        assertEquals(new BigDecimal(expected).scale(), r.value().scale());
        assertNull(r.problem());
    }

    @Test
    void theHandParsedWholeNumbersAreWhatBigDecimalReads() {
        // plainDecimal sums up to 18 digits by hand: value and scale must be BigDecimal's, at the 18/19 digit edge too
        java.util.Random random = new java.util.Random(20261124);
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("0", "-0", "+0", "+7", "-7",
                "999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
                "9223372036854775808", "+123456789012345678", "1.0", "-0.50", "123456789012345678.9"));
        for (int k = 0; k < 2000; k++) {
            String digits = Long.toString(Math.abs(random.nextLong()) >> random.nextInt(63));
            texts.add((random.nextInt(3) == 0 ? "-" : random.nextInt(2) == 0 ? "+" : "") + digits
                    + (random.nextInt(4) == 0 ? "." + random.nextInt(1000) : ""));
        }
        for (String text : texts) {
            assertTrue(NumberText.isPlainDecimal(text), text);
            BigDecimal expected = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            BigDecimal actual = NumberText.plainDecimal(text);
            assertEquals(expected, actual, text); // equals compares the scale too
        }
    }

    @Test
    void fortyDigitsAreExact() {
        String digits = "1234567890123456789012345678901234567890";
        assertEquals(new BigDecimal(digits), plain(digits).value());
        String decimal = "12345678901234567890.12345678901234567891";
        assertEquals(new BigDecimal(decimal), plain(decimal).value());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "yes      | value.text",
            "no       | value.text",
            "true     | value.text",
            "abc      | value.text",
            "1_000    | value.underscore",
            "0x1F     | value.radix",
            "0o17     | value.radix",
            "0b101    | value.radix",
            ".inf     | value.not-finite",
            "-.inf    | value.not-finite",
            ".nan     | value.not-finite",
            ".NaN     | value.not-finite",
            "012      | value.leading-zero",
            "00       | value.leading-zero",
            "１２     | value.fullwidth",
            "1,234    | value.grouped",
            "1,234.5  | value.grouped",
            "'1 234'  | value.grouped",
            "1,5      | value.comma",
            // numbers typed with a Chinese input method (trial R, 6): the commas are the problem, not the digits
            "12，30    | value.fullwidth-commas",
            "3、4      | value.fullwidth-commas",
            "２，１，0，３ | value.fullwidth-commas",
            "1，234    | value.grouped",
            "3、      | value.text",
            "1,23,456 | value.comma",
            "1e3      | value.format",
            "1.5E-2   | value.format",
            // pasted from a word processor or a web page (trial L, 10)
            "\u200B12 | value.invisible",
            "1\u00A0234 | value.invisible",
            "12\uFEFF | value.invisible",
            "\u2212 3 | value.text",
            "\u22123 | value.minus",
            "\u20143.5 | value.minus",
            "a\u200Bb | value.text",
            // a figure pasted with its unit (trial AE, 8)
            "3件      | value.unit",
            "1.25万元  | value.unit",
            "12%      | value.unit",
            "236 people | value.unit",
            "12guests | value.unit",
            "3 kg     | value.unit",
            "件3      | value.text",
            // a figure written as printed, with its currency sign (trial AL, 10)
            "£139,500 | value.currency",
            "$ 12.50  | value.currency",
            "￥3,000   | value.currency",
            "£        | value.text",
            // a number in Chinese characters, as a clerk types it (trial AO, 5)
            "一       | value.chinese-numeral",
            "十二     | value.chinese-numeral",
            "壹佰零伍   | value.chinese-numeral",
            "一件     | value.text",
            "第一     | value.text",
    })
    void yamlOneOneReadingsAreNotNumbers(String text, String problem) {
        NumberText.Result r = plain(text);
        assertFalse(r.ok(), text);
        assertNull(r.value());
        assertEquals(problem, r.problem(), text);
    }

    @Test
    void emptyAndTildeAreEmpty() {
        assertEquals("value.empty", plain("").problem());
        assertEquals("value.empty", plain("~").problem());
        assertEquals("value.empty", plain("null").problem());
        assertEquals("value.empty", NumberText.parse("").problem());
        assertEquals("value.empty", NumberText.parse("   ").problem());
    }

    @Test
    void aQuotedNumberIsNotANumber() {
        NumberText.Result r = NumberText.parse(new YNode.Scalar("12", false, AT));
        assertFalse(r.ok());
        assertEquals("value.quoted", r.problem());
        assertEquals("value.text", NumberText.parse(new YNode.Scalar("twelve", false, AT)).problem());
        // a quoted number that would be wrong unquoted too gets the same hint
        assertEquals("value.grouped", NumberText.parse(new YNode.Scalar("1,234", false, AT)).problem());
        assertEquals("value.fullwidth", NumberText.parse(new YNode.Scalar("１２", false, AT)).problem());
    }

    @Test
    void aQuotedTildeOrEmptyStringIsNotANumber() {
        assertFalse(NumberText.parse(new YNode.Scalar("~", false, AT)).ok());
        assertFalse(NumberText.parse(new YNode.Scalar("", false, AT)).ok());
    }

    @Test
    void overlongTextIsRejected() {
        assertEquals("value.too-long", plain("1".repeat(61)).problem());
        assertTrue(plain("1".repeat(60)).ok());
    }

    @Test
    void surroundingSpacesAreIgnoredInMacroExpectations() {
        // tally:x[ 170 ] — the expected value is read with NumberText.parse(String)
        assertEquals(new BigDecimal("170"), NumberText.parse(" 170 ").value());
    }
}
