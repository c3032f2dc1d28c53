package dev.tally.check;

import dev.tally.model.KeyPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class CheckParserTest {

    /** The expression in prefix form, to compare trees: (+ a (* b c)). */
    static String show(Expr e) {
        if (e instanceof Expr.Number n) {
            return n.value().toPlainString();
        }
        if (e instanceof Expr.Ref r) {
            String s = String.join("|", r.path().keys());
            return r.column() == null ? s : s + "[" + String.join("|", r.column().keys()) + "]";
        }
        if (e instanceof Expr.Negate n) {
            return "(- " + show(n.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op() + " " + show(b.left()) + " " + show(b.right()) + ")";
        }
        Expr.Sum s = (Expr.Sum) e;
        StringBuilder sb = new StringBuilder("(sum");
        s.args().forEach(a -> sb.append(' ').append(show(a)));
        return sb.append(')').toString();
    }

    private static String left(String check) throws CheckSyntaxException {
        return show(CheckParser.parse(check).left());
    }

    private static CheckSyntaxException error(String check) {
        try {
            Comparison c = CheckParser.parse(check);
            return fail("parsed: " + c);
        } catch (CheckSyntaxException e) {
            return e;
        }
    }

    /**
     * Trial V, 7: names in scripts whose vowels are combining marks (Devanagari, Tamil), and accents typed as their
     * own character, are plain names; whatever KeyPath writes unquoted, the parser reads back as one key.
     */
    @Test
    void namesWithCombiningMarksAreOneKey() throws Exception {
        for (String key : List.of("कुल", "மொத்தம்", "e\u0301te", "total²", "m³", "x_1")) {
            assertTrue(KeyPath.isPlain(key), key);
            assertEquals("v|" + key, left("v." + key + " = 1"), key);
        }
        assertEquals("(+ v|कुल v|भाग)", left("v.कुल + v.भाग = 1"));
        assertTrue(!KeyPath.isPlain("\u0301e"), "a mark cannot start a name");
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws Exception {
        assertEquals("(+ a (* b c))", left("a + b * c = 0"));
        assertEquals("(- (* a b) (/ c d))", left("a * b - c / d = 0"));
    }

    @Test
    void sameLevelOperatorsAssociateToTheLeft() throws Exception {
        assertEquals("(- (- a b) c)", left("a - b - c = 0"));
        assertEquals("(/ (/ a b) c)", left("a / b / c = 0"));
    }

    @Test
    void unaryMinus() throws Exception {
        assertEquals("(- a)", left("-a = 0"));
        assertEquals("(* (- a) b)", left("-a * b = 0"));
        assertEquals("(- a (- b))", left("a - -b = 0"));
        assertEquals("(- (- 3))", left("--3 = 0"));
    }

    @Test
    void unaryPlusIsTheValueItself() throws Exception {
        assertEquals("a", left("+a = 0"));
        assertEquals("(- a b)", left("a - +b = 0"));
        assertEquals("(- 3)", left("+-3 = 0"));
        assertEquals("5", show(CheckParser.parse("a = +5").right()));
    }

    @Test
    void parenthesesOverridePrecedence() throws Exception {
        assertEquals("(* (+ a b) c)", left("(a + b) * c = 0"));
        assertEquals("(- (+ a b))", left("-(a+b)=0"));
    }

    @Test
    void sumWithSeveralArguments() throws Exception {
        assertEquals("(sum a|b c (+ d 1))", left("sum(a.b, c, d + 1) = 0"));
        assertEquals("(sum x)", left("sum( x ) = 0"));
        assertEquals("(+ (sum a) (sum b))", left("sum(a) + sum(b) = 0"));
    }

    @Test
    void sumIsAnOrdinaryNameWithoutParenthesis() throws Exception {
        assertEquals("sum|total", left("sum.total = 0"));
        assertEquals("sum", left("sum = 0"));
    }

    @Test
    void numbersAreExact() throws Exception {
        Comparison c = CheckParser.parse("0.1 + 0.2 = 0.3");
        Expr.Binary b = assertInstanceOf(Expr.Binary.class, c.left());
        assertEquals(new BigDecimal("0.1"), ((Expr.Number) b.left()).value());
        assertEquals(new BigDecimal("0.3"), ((Expr.Number) c.right()).value());
    }

    @Test
    void backquotedNamesMayHoldDotsDigitsAndSpaces() throws Exception {
        Comparison c = CheckParser.parse("办理结果.不予公开.`1.属于国家秘密` + `a b`.`2 c` = 0");
        List<Expr.Ref> refs = c.refs();
        assertEquals(KeyPath.of("办理结果", "不予公开", "1.属于国家秘密"), refs.get(0).path());
        assertEquals(KeyPath.of("a b", "2 c"), refs.get(1).path());
    }

    /** Trial M, 15: a backquote in a key is written twice inside the backquotes, and shown so in messages. */
    @Test
    void aBackquoteInAKeyIsWrittenTwice() throws Exception {
        Comparison c = CheckParser.parse("v.`c``d` + v.```x` = v.`a``` + 1");
        List<Expr.Ref> refs = c.refs();
        assertEquals(KeyPath.of("v", "c`d"), refs.get(0).path());
        assertEquals(KeyPath.of("v", "`x"), refs.get(1).path());
        assertEquals(KeyPath.of("v", "a`"), refs.get(2).path());
        assertEquals("v.`c``d`", refs.get(0).path().toString());
        assertEquals(refs.get(0).path(), ((Expr.Ref) CheckParser.parse(refs.get(0).path().toString() + " = 0").left()).path());
    }

    @Test
    void chineseNamesArePlainNames() throws Exception {
        Comparison c = CheckParser.parse("总计 = 自然人 + 法人或其他组织");
        assertEquals(List.of("总计", "自然人", "法人或其他组织"),
                c.refs().stream().map(r -> r.path().dotted()).toList());
    }

    @Test
    void cellReferencesWithBracketsAndAt() throws Exception {
        Expr.Ref bracket = (Expr.Ref) CheckParser.parse("applications.新收[法人或其他组织.商业企业] = 0").left();
        Expr.Ref at = (Expr.Ref) CheckParser.parse("applications.新收@法人或其他组织.商业企业 = 0").left();
        assertEquals(KeyPath.of("applications", "新收"), bracket.path());
        assertEquals(KeyPath.of("法人或其他组织", "商业企业"), bracket.column());
        assertEquals(bracket.path(), at.path());
        assertEquals(bracket.column(), at.column());
        assertEquals("applications.新收[法人或其他组织.商业企业]", bracket.text());
        Expr.Ref bare = (Expr.Ref) CheckParser.parse("a.b = 0").left();
        assertNull(bare.column());
    }

    @Test
    void aCellReferenceWithABackquotedColumn() throws Exception {
        Expr.Ref r = (Expr.Ref) CheckParser.parse("t.r[`1.x`] = 0").left();
        assertEquals(KeyPath.of("1.x"), r.column());
    }

    @ParameterizedTest
    @CsvSource({"'a = b', EQ", "'a == b', EQ", "'a != b', NE", "'a < b', LT", "'a <= b', LE", "'a > b', GT",
            "'a >= b', GE", "'a>=b', GE", "'a==b', EQ"})
    void allSixOperators(String check, Op op) throws Exception {
        Comparison c = CheckParser.parse(check);
        assertEquals(op, c.op());
        assertEquals("a", show(c.left()));
        assertEquals("b", show(c.right()));
    }

    @Test
    void parseRefReadsMacroTargets() throws Exception {
        Expr.Ref r = CheckParser.parseRef("applications.办理结果.总计@总计");
        assertEquals(KeyPath.of("applications", "办理结果", "总计"), r.path());
        assertEquals(KeyPath.of("总计"), r.column());
        assertThrows(CheckSyntaxException.class, () -> CheckParser.parseRef(""));
        assertThrows(CheckSyntaxException.class, () -> CheckParser.parseRef("a + b"));
        assertThrows(CheckSyntaxException.class, () -> CheckParser.parseRef("1a"));
    }

    // ---- errors

    @Test
    void aMisplacedOperatorPointsAtIt() {
        CheckSyntaxException e = error("a + * b = 1");
        assertEquals(4, e.offset());
        assertEquals("syntax.unexpected", e.code());
    }

    @Test
    void aFullWidthOrLookAlikeCharacterSaysWhatToWriteInstead() throws CheckSyntaxException {
        // a Chinese input method types ＝ ＋ １ （ ， for = + 1 ( , (trial AC, 5)
        assertLookAlike("a ＝ b", 2, "=", "＝");
        assertLookAlike("a = b ＋ c", 6, "+", "＋");
        assertLookAlike("a = １０", 4, "1", "１");
        assertLookAlike("a = sum（b, c）", 7, "(", "（");
        assertLookAlike("a = sum(b， c)", 9, ",", "，");
        assertLookAlike("a = (b + c）", 10, ")", "）");
        assertLookAlike("t.r【c] = 1", 3, "[", "【");
        assertLookAlike("a ≥ b", 2, ">=", "≥");
        assertLookAlike("a ≤ b", 2, "<=", "≤");
        assertLookAlike("a ≠ b", 2, "!=", "≠");
        assertLookAlike("a = b × 2", 6, "*", "×");
        assertLookAlike("a = b − c", 6, "-", "−");
        // an ASCII quote is no look-alike: a name is written without quotes (trial AG, 10)
        CheckSyntaxException quoted = error("a = \"b c\"");
        assertEquals("syntax.quoted-name", quoted.code());
        assertEquals(4, quoted.offset());
        assertEquals("syntax.quoted-name", error("'a' = 1").code());
        assertLookAlike("a = “b c”", 4, "`", "“");
        // names of any script stay names: no hint where nothing is wrong
        assertEquals("a = b", CheckParser.parse("a = b").text());
        assertEquals(KeyPath.of("ｂ"), ((Expr.Ref) CheckParser.parse("a = ｂ").right()).path());
    }

    private static void assertLookAlike(String check, int at, String write, String found) {
        CheckSyntaxException e = error(check);
        assertEquals("syntax.look-alike", e.code(), check);
        assertEquals(at, e.offset(), check);
        assertEquals(List.of(write, found), e.args(), check);
    }

    @Test
    void anotherLanguagesOperatorIsNamedWithOurs() throws CheckSyntaxException {
        for (String[] c : new String[][] {{"a =< b", "<=", "=<"}, {"a => b", ">=", "=>"}, {"a <> b", "!=", "<>"}}) {
            CheckSyntaxException e = error(c[0]);
            assertEquals("syntax.operator-spelling", e.code(), c[0]);
            assertEquals(2, e.offset(), c[0]);
            assertEquals(List.of(c[1], c[2]), e.args(), c[0]);
        }
        // the ones we have are no misspelling
        assertEquals(Op.LE, CheckParser.parse("a <= b").op());
        assertEquals(Op.GE, CheckParser.parse("a >= -b").op());
        assertEquals(Op.LT, CheckParser.parse("a < -b").op());
    }

    @Test
    void aThousandsSeparatorInANumberIsSaid() throws CheckSyntaxException {
        CheckSyntaxException e = error("a = 1,234");
        assertEquals("syntax.thousands", e.code());
        assertEquals(5, e.offset());
        assertEquals("syntax.thousands", error("a = 12，345 + b").code());
        // a comma that is not between a digit and three digits is just out of place
        assertEquals("syntax.unexpected", error("a = 1,23").code());
        assertEquals("syntax.unexpected", error("a = b,234").code());
        // in a sum it separates the terms, as ever
        assertEquals(2, ((Expr.Sum) CheckParser.parse("a = sum(1,234)").right()).args().size());
    }

    @Test
    void aMissingRightSide() {
        CheckSyntaxException e = error("a + b =");
        assertEquals("syntax.end", e.code());
        assertEquals(7, e.offset());
    }

    @Test
    void anUnclosedParenthesisPointsAtIt() {
        CheckSyntaxException e = error("a = (b + c");
        assertEquals("syntax.unclosed", e.code());
        assertEquals(4, e.offset());
    }

    @Test
    void anUnclosedSumPointsAtIt() {
        CheckSyntaxException e = error("a = sum(b, c");
        assertEquals("syntax.unclosed", e.code());
        assertEquals(4, e.offset());
    }

    @Test
    void anUnclosedBracketOrBackquote() {
        CheckSyntaxException b = error("t.r[c = 1");
        assertTrue(b.code().equals("syntax.expected-close") || b.code().equals("syntax.unclosed"), b.code());
        assertEquals(6, b.offset());
        CheckSyntaxException q = error("`abc = 1");
        assertEquals("syntax.unclosed-quote", q.code());
        assertEquals(0, q.offset());
    }

    @Test
    void anEmptySumIsAnError() {
        assertEquals("syntax.empty-sum", error("sum() = 0").code());
    }

    @Test
    void noComparisonIsAnError() {
        assertEquals("syntax.no-comparison", error("a + b").code());
        assertEquals("syntax.end", error("").code());
    }

    @Test
    void twoComparisonsAreAnError() {
        assertEquals("syntax.two-comparisons", error("a = b = c").code());
        assertEquals("syntax.two-comparisons", error("0 <= a <= 10").code());
    }

    @Test
    void aNameStartingWithADigitIsAnError() {
        CheckSyntaxException e = error("a + 1属于国家秘密 = 0");
        assertEquals("syntax.name-starts-with-digit", e.code());
        assertEquals(4, e.offset());
        assertEquals(2, error("t.1x = 0").offset());
    }

    /** Trial M, 8: a number written as programs write it is not taken for a name. */
    @Test
    void aNumberWithAnExponentUnderscoresOrABaseIsToldToBeWrittenPlain() {
        for (String check : List.of("a = 1e3", "a = 1.5E-2", "a = 1_000", "a = 0x10", "a = 1e3 + b")) {
            assertEquals("syntax.number-form", error(check).code(), check);
            assertEquals(4, error(check).offset(), check);
        }
        assertEquals("syntax.name-starts-with-digit", error("a = 1e3x").code());
    }

    @Test
    void aSingleEqualsAfterBangIsNotAnOperator() {
        CheckSyntaxException e = error("a ! b");
        assertEquals(2, e.offset());
    }

    @Test
    void trailingGarbageIsAnError() {
        CheckSyntaxException e = error("a = b c");
        assertEquals("syntax.unexpected", e.code());
        assertEquals(6, e.offset());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aHundredKilobyteCheckIsTooLong() {
        String check = "a = " + "b + ".repeat(25_000) + "c";
        assertTrue(check.length() > 100_000);
        CheckSyntaxException e = assertThrows(CheckSyntaxException.class, () -> CheckParser.parse(check));
        assertEquals("syntax.too-long", e.code());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void tenThousandNestedParenthesesAreTooDeepNotAStackOverflow() {
        String check = "(".repeat(10_000) + "a" + ")".repeat(10_000) + " = 1";
        try {
            CheckParser.parse(check);
            fail("parsed");
        } catch (CheckSyntaxException e) {
            assertTrue(e.code().equals("syntax.too-deep") || e.code().equals("syntax.too-long"), e.code());
        } catch (StackOverflowError e) {
            fail("StackOverflowError");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void deepNestingWithinTheLengthLimitIsTooDeep() {
        String check = "(".repeat(5_000) + "a" + ")".repeat(5_000) + " = 1";
        assertTrue(check.length() < CheckParser.MAX_LENGTH);
        try {
            CheckParser.parse(check);
            fail("parsed");
        } catch (CheckSyntaxException e) {
            assertEquals("syntax.too-deep", e.code());
        } catch (StackOverflowError e) {
            fail("StackOverflowError");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void deepUnaryMinusAndSumAreTooDeep() {
        for (String check : List.of("-".repeat(10_000) + "a = 1", "+".repeat(10_000) + "a = 1", "sum(".repeat(4_000) + "a" + ")".repeat(4_000) + " = 1")) {
            try {
                CheckParser.parse(check);
                fail("parsed");
            } catch (CheckSyntaxException e) {
                assertTrue(e.code().equals("syntax.too-deep") || e.code().equals("syntax.too-long"), e.code());
            } catch (StackOverflowError e) {
                fail("StackOverflowError");
            }
        }
    }
}
