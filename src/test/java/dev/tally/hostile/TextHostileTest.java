package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.tally.hostile.Sandbox.lineOf;
import static org.junit.jupiter.api.Named.named;

/**
 * Hostile text: byte order marks, mixed and exotic line endings, invalid UTF-8, other encodings, empty files, and
 * numbers written the ways people write them (full-width digits, thousands separators, NaN, 40 digits).
 */
class TextHostileTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String SIMPLE = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n";

    // ---------------------------------------------------------------- byte order marks

    /** A BOM is accepted (FORMAT.md §1) and does not shift line numbers. */
    @Test
    void aBomIsAcceptedAndLinesStayRight() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("r.adoc", concat(BOM, utf8(SIMPLE)));
        s.run().hostile("r.adoc").only("r.adoc", "ERROR src/reports/r.adoc:10: check failed: v.a = 2: 1 != 2");
    }

    /** Editors on Windows put BOMs on partials too: an included file's BOM is dropped like the report's. */
    @Test
    void aBomAtTheStartOfAnIncludedPartialIsAccepted() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("_data.adoc", concat(BOM, utf8("[data#v]\n----\na: 1\n----\n")));
        s.reportBytes("r.adoc", concat(BOM, utf8("= R\n\ninclude::_data.adoc[]\n\n[checks]\n----\n- v.a = 2\n----\n")));
        s.run().hostile("r.adoc").only("r.adoc", "ERROR src/reports/r.adoc:7: check failed: v.a = 2: 1 != 2");
    }

    /**
     * Chosen behaviour: a BOM in the middle of a file (two files pasted together) is an ordinary character, as
     * in Asciidoctor: the line it starts is not a block attribute line, so the block is not a data block, and
     * the check that names it says there is no such block, at the check's line.
     */
    @Test
    void aBomInTheMiddleOfAFileIsAnOrdinaryCharacter() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\n\n\uFEFF[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 1\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a = 1"), "there is no block v");
    }

    @Test
    void aUtf16ReportIsSaidToBeUtf16AtLineOne() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("r.adoc", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLE.getBytes(StandardCharsets.UTF_16LE)));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 1, "the file is UTF-16");
    }

    // ---------------------------------------------------------------- line endings

    /** LF, CRLF and CR in one file: each is one line end, and every line number counts them so. */
    @Test
    void mixedLineEndingsInOneFileKeepLineNumbersRight() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\r\n\r\n[data#v]\r----\na: 1\r\n----\r\n\r[data#w]\n----\r\nb: 2\rb: 3\n----\r\n\n"
                + "tally:v.a[3]\r\n\r[checks]\r----\n- v.a = 2\r\n----\r";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "b: 3") + ": duplicate key b (first at line "
                        + lineOf(r, "b: 2") + ")")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "tally:v.a[3]")
                        + ": figure does not match the data: tally:v.a[3]: the data gives 1, the text says 3")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "- v.a = 2") + ": check failed: v.a = 2: 1 != 2");
    }

    /**
     * Old Mac line endings keep line numbers right; since Asciidoctor would not break the page's lines there,
     * the first is warned of (trial L, 6).
     */
    @Test
    void oldMacLineEndingsOnlyKeepLineNumbersRightAndAreWarnedOf() {
        Sandbox s = new Sandbox(tmp);
        String r = SIMPLE.replace('\n', '\r');
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").only("r.adoc", "WARNING src/reports/r.adoc:1: this line ends in a bare CR (an old Mac"
                        + " line break), which Asciidoctor does not take for a line break: the page would not show the text"
                        + " checked; save the file with LF or CRLF line breaks",
                "ERROR src/reports/r.adoc:10: check failed: v.a = 2: 1 != 2");
    }

    /** A CR and LF split by an include: the partial's last line ends in CR, the report goes on with LF. */
    @Test
    void aPartialWithCrLineEndsIncludedFromAnLfReport() {
        Sandbox s = new Sandbox(tmp);
        s.report("_data.adoc", "[data#v]\r----\ra: 1\ra: 2\r----\r");
        s.report("r.adoc", "= R\n\ninclude::_data.adoc[]\n\ntally:v.a[1]\n");
        s.run().hostile("r.adoc").hasExactly("ERROR src/reports/_data.adoc:4: duplicate key a (first at line 3)");
    }

    static Stream<Arguments> unicodeLineBreaks() {
        return Stream.of(
                Arguments.of(named("U+2028 LINE SEPARATOR", "\u2028")),
                Arguments.of(named("U+2029 PARAGRAPH SEPARATOR", "\u2029")),
                Arguments.of(named("U+0085 NEXT LINE", "\u0085")));
    }

    /**
     * AsciiDoc, Tally and editors end lines at LF, CR and CRLF only; YAML 1.1 also counts U+2028, U+2029 and
     * U+0085 (NEL) as line breaks. One of those inside a quoted value or a comment must not shift the line of
     * later problems in the block, nor turn the rest of a comment into data. Either fix is right: read the block
     * with the same line ends as the file (then the duplicate key is reported at its lines), or refuse the
     * character (then the error is on the line that holds it). A diagnostic at any other line is wrong.
     */
    private void lineBreakCase(String r) {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", r);
        Sandbox.Outcome o = s.run().hostile("r.adoc");
        String duplicate = "ERROR src/reports/r.adoc:" + lineOf(r, "x: 3") + ": duplicate key x (first at line "
                + lineOf(r, "x: 1") + ")";
        String atTheCharacter = "src/reports/r.adoc:" + lineOf(r, "one") + ": ";
        for (String p : o.of("r.adoc")) {
            org.junit.jupiter.api.Assertions.assertTrue(p.equals(duplicate) || p.contains(atTheCharacter),
                    () -> "a diagnostic at a shifted line: " + p + "\nexpected '" + duplicate + "' or a diagnostic at "
                            + atTheCharacter + "\n" + o.dump());
        }
    }

    @ParameterizedTest(name = "{0} in a quoted value")
    @MethodSource("unicodeLineBreaks")
    void aUnicodeLineBreakInAQuotedValueDoesNotShiftLineNumbers(String br) {
        lineBreakCase("= R\n\n[data#v]\n----\nnote: \"one" + br + "two\"\nx: 1\ny: 2\nx: 3\n----\n");
    }

    @ParameterizedTest(name = "{0} in a comment")
    @MethodSource("unicodeLineBreaks")
    void aUnicodeLineBreakInACommentDoesNotShiftLineNumbers(String br) {
        lineBreakCase("= R\n\n[data#v]\n----\n# one" + br + "two: 2\nx: 1\ny: 2\nx: 3\n----\n");
    }

    // ---------------------------------------------------------------- invalid UTF-8 and other encodings

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of(named("a lone continuation byte", new byte[] {(byte) 0x80})),
                Arguments.of(named("a Latin-1 é", new byte[] {(byte) 0xE9})),
                Arguments.of(named("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF})),
                Arguments.of(named("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                Arguments.of(named("a code point above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})),
                Arguments.of(named("0xFF", new byte[] {(byte) 0xFF})),
                Arguments.of(named("a sequence cut short", new byte[] {(byte) 0xE4, (byte) 0xB8})));
    }

    @ParameterizedTest(name = "{0} on line 3")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsAnErrorAtItsLine(byte[] bad) {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("r.adoc", concat(utf8("= R\n\n全年 "), bad, utf8(" 条\n\n[data#v]\n----\na: 1\n----\n")));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "not valid UTF-8");
    }

    @Test
    void invalidUtf8AtTheVeryEndOfTheFileIsAnErrorOnTheLastLine() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("r.adoc", concat(utf8("= R\r\n\r\nabc"), new byte[] {(byte) 0xE4, (byte) 0xB8}));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "not valid UTF-8");
    }

    @Test
    void invalidUtf8InAnIncludedPartialIsAnErrorInThePartial() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("_data.adoc", concat(utf8("[data#v]\n----\na: 1\nb: "), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\n----\n")));
        s.report("r.adoc", "= R\n\ninclude::_data.adoc[]\n\n[checks]\n----\n- v.a = 2\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/_data.adoc", 4, "not valid UTF-8");
    }

    /** A report saved as GBK (the usual non-UTF-8 encoding of Chinese text): an error at the first Chinese line. */
    @Test
    void aGbkEncodedReportIsAnErrorAtItsFirstChineseLine() {
        Sandbox s = new Sandbox(tmp);
        Charset gbk = Charset.forName("GBK");
        String r = "= Report\n\n全年主动公开政府信息170条。\n\n[data#proactive]\n----\ntotal: 170\n----\n";
        s.reportBytes("r.adoc", r.getBytes(gbk));
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "the file looks like GBK");
    }

    @Test
    void aGbkEncodedPartialIsAnErrorInThePartialAndAtNoOtherPlace() {
        Sandbox s = new Sandbox(tmp);
        s.reportBytes("_contact.adoc", "== 联系方式\n\n地址：青山镇人民政府\n".getBytes(Charset.forName("GBK")));
        s.report("r.adoc", "= R\n\ninclude::_contact.adoc[]\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/_contact.adoc", 1, "the file looks like GBK")
                .hasExactly("ERROR src/reports/r.adoc:12: check failed: v.a = 2: 1 != 2");
    }

    // ---------------------------------------------------------------- empty files

    /** An empty report is a warning; like every diagnostic it names a line (line 1 of an empty file). */
    @Test
    void anEmptyReportIsAWarningWithALine() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "");
        s.run().hostile("r.adoc").has("WARNING", "src/reports/r.adoc", 1, "empty");
    }

    @Test
    void aReportOfOnlyWhiteSpaceIsAWarningWithALine() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "  \n\t\n\r\n \u3000\n\n");
        s.run().hostile("r.adoc").has("WARNING", "src/reports/r.adoc", 1, "empty");
    }

    /** Chosen behaviour: including an empty partial is fine (no diagnostic of its own); the report is checked. */
    @Test
    void anEmptyPartialIsFine() {
        Sandbox s = new Sandbox(tmp);
        s.report("_empty.adoc", "");
        s.report("r.adoc", "= R\n\ninclude::_empty.adoc[]\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n");
        s.run().hostile("r.adoc").only("r.adoc", "ERROR src/reports/r.adoc:12: check failed: v.a = 2: 1 != 2");
    }

    @Test
    void anEmptyDataBlockIsAnErrorAtTheBlock() {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", "= R\n\n[data#v]\n----\n   \n\n----\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", 3, "data block v is empty");
    }

    // ---------------------------------------------------------------- numbers as people write them

    @Test
    void fullWidthDigitsAndThousandsSeparatorsInCellsAreErrorsNamingRowColumnAndValue() {
        Sandbox s = new Sandbox(tmp);
        String r = YamlHostileTest.data("t", "columns: [a, b]\nrows:\n  x: [１２, 1]\n  y:\n    - 1,234\n    - 1\n"
                + "  z: [１，２３４, 1]\n  u: [1，234, 1]\n  w: [1,234, 1]\n");
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [１２"), "row x, column a: '１２' is not a number: it has full-width digits")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- 1,234"), "row y, column a: '1,234' is not a number: it has thousands separators")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "z: [１"), "row z, column a: '１，２３４' is not a number: it has full-width digits")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "u: [1，"), "row u, column a: '1，234' is not a number: it has thousands separators");
    }

    /**
     * Chosen behaviour: inside a flow list {@code [1,234, 1]} the comma separates cells, as YAML reads it, so the
     * row has three cells: an error that names the row and both counts.
     */
    @Test
    void aThousandsSeparatorInAFlowListMakesTwoCellsAndTheCountIsWrong() {
        Sandbox s = new Sandbox(tmp);
        String r = YamlHostileTest.data("t", "columns: [a, b]\nrows:\n  w: [1,234, 1]\n");
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "w: [1,234"), "row w has 3 cells, but the table has 2 columns");
    }

    @Test
    void aControlCharacterInADataBlockIsNamedAtItsOwnLine() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\n\n[data#v]\n----\na: 1\nb: 2\nc: 3\u001b[2J\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc").has("ERROR", "src/reports/r.adoc", lineOf(r, "c: 3"),
                "YAML syntax error: special characters are not allowed (U+001B)");
    }

    /**
     * Full-width digits and thousands separators are errors in data and in checks, which are the numbers
     * themselves; a figure in the prose is the text as printed, where they are presentation (trial P, 9; trial Q,
     * 7): {@code [１２]} and {@code [12,480]} are read as 12 and 12480, and a mismatch quotes the text as written.
     */
    @Test
    void fullWidthDigitsAndSeparatorsAreErrorsInDataAndChecksAndReadAsPrintedInFigures() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\n\n[data#v]\n----\na: １２\nb: 1,234\nc: １，２３４\ne: 12\nf: 12480\n----\n\n"
                + "全年tally:v.e[１２]条，tally:v.f[12,480]条，tally:v.f[12 480]条。\n\n"
                + "又tally:v.e[1,234]条，tally:v.e[12件]条。\n\n[checks]\n----\n- v.e = １２\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "a: １２"), "v.a: '１２' is not a number: it has full-width digits")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "b: 1,234"), "v.b: '1,234' is not a number: it has thousands separators")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "c: １，"), "v.c: '１，２３４' is not a number")
                .lacks("r.adoc", "tally:v.e[１２]")
                .lacks("r.adoc", "tally:v.f[")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "又tally"),
                        "figure does not match the data: tally:v.e[1,234]: the data gives 12, the text says 1,234")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "又tally"),
                        "figure tally:v.e[12件]: the expected value 12件 is not a number: it is a number with its unit after it")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.e = １２"), "invalid check: v.e = １２");
    }

    @Test
    void nanAndInfinitiesInCellsAreErrorsNamingEachCell() {
        Sandbox s = new Sandbox(tmp);
        String r = YamlHostileTest.data("t", "columns: [a, b, c, d, e, f, g]\nrows:\n  x: [.nan, .inf, -.inf, NaN, .NaN, +.inf, .Inf]\n");
        s.report("r.adoc", r);
        Sandbox.Outcome o = s.run().hostile("r.adoc");
        int line = lineOf(r, "x: [.nan");
        for (String[] cell : new String[][] {{"a", ".nan"}, {"b", ".inf"}, {"c", "-.inf"}, {"d", "NaN"}, {"e", ".NaN"},
                {"f", "+.inf"}, {"g", ".Inf"}}) {
            o.has("ERROR", "src/reports/r.adoc", line, "row x, column " + cell[0] + ": '" + cell[1]
                    + "' is not a number: infinity and NaN are not numbers here");
        }
    }

    @Test
    void nanAndInfinitiesInValuesAndFiguresAreErrors() {
        Sandbox s = new Sandbox(tmp);
        String r = "= R\n\n[data#v]\n----\na: .nan\nb: -.inf\nc: 1\n----\n\ntally:v.c[NaN] tally:v.c[.inf] tally:v.c[Infinity]\n\n"
                + "[checks]\n----\n- v.c < .inf\n- v.c = NaN\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "a: .nan"), "infinity and NaN are not numbers here")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "b: -.inf"), "infinity and NaN are not numbers here")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.c[NaN]"), "the expected value NaN is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.c[NaN]"), "the expected value .inf is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.c[NaN]"), "the expected value Infinity is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.c < .inf"), "invalid check")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.c = NaN"), "unknown name NaN");
    }

    /** Forty digits are exact: sums, products and quotients of them come out to the last digit. */
    @Test
    void fortyDigitNumbersAreExactAndSumsComeOutRight() {
        Sandbox s = new Sandbox(tmp);
        String big = "1234567890123456789012345678901234567890";
        String r = "= R\n\n[data#v]\n----\nbig: " + big + "\ntiny: 0.0000000000000000000000000000000000000001\n"
                + "parts:\n  a: 1234567890123456789012345678901234567889\n  b: 1\n----\n\n"
                + "[data#t]\n----\ncolumns: [a, b, total]\nrows:\n"
                + "  x: [9999999999999999999999999999999999999999, 1, 10000000000000000000000000000000000000000]\n"
                + "  y: [1234567890123456789012345678901234567890, 1, 1234567890123456789012345678901234567892]\n"
                + "checks:\n  - total = a + b\n----\n\n"
                + "共tally:v.big[" + big + "]。\n\n"
                + "[checks]\n----\n- v.big = sum(v.parts)\n- v.big + v.tiny > v.big\n- v.big + v.tiny - v.big = v.tiny\n"
                + "- v.big * v.big / v.big = v.big\n- t.x[total] = 10000000000000000000000000000000000000000\n----\n";
        s.report("r.adoc", r);
        Sandbox.Outcome o = s.run().hostile("r.adoc");
        o.hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "  y: [") + ": check failed in t, row y: total = a + b: "
                + "1234567890123456789012345678901234567892 != 1234567890123456789012345678901234567891");
        org.junit.jupiter.api.Assertions.assertEquals(1, o.of("r.adoc").size(), o::dump);
    }

    /** Numbers longer than 60 characters are refused, in cells, values, checks and figures, never rounded. */
    @Test
    void numbersLongerThanSixtyDigitsAreErrorsNotRounded() {
        Sandbox s = new Sandbox(tmp);
        String n70 = "1".repeat(70);
        String r = "= R\n\n[data#v]\n----\na: " + n70 + "\nb: 1\n----\n\n[data#t]\n----\ncolumns: [a]\nrows:\n  x: [" + n70
                + "]\n----\n\ntally:v.b[" + n70 + "]\n\n[checks]\n----\n- v.b < " + n70 + "\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "a: 111"), "more than 60 characters")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [111"), "more than 60 characters")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.b["), "is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.b <"), "number longer than 60 digits");
    }
}
