package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictYamlTest {

    private static final Path FILE = Path.of("r.adoc").toAbsolutePath();
    /** Content lines start at this file line, as if the block's ---- were on the line before. */
    private static final int FIRST = 11;
    private static final Location BLOCK = new Location(FILE, FIRST - 2);

    private final Diagnostics diagnostics = new Diagnostics();

    /** The text as the content of a block whose first line is file line {@link #FIRST}. */
    private static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        int n = text.endsWith("\n") ? parts.length - 1 : parts.length;
        for (int i = 0; i < n; i++) {
            out.add(new SourceLine(parts[i], new Location(FILE, FIRST + i)));
        }
        return out;
    }

    private YNode read(String text) {
        return new StrictYaml(diagnostics).read(lines(text), BLOCK);
    }

    private Diagnostic only() {
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
        return diagnostics.list().get(0);
    }

    @Test
    void aMappingIsReadWithTheLocationsOfItsKeysAndValues() {
        YNode node = read("total: 326\nby_kind:\n  机构信息: 7\n  政策文件: '8'\n");
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
        YNode.Mapping map = assertInstanceOf(YNode.Mapping.class, node);
        YNode.Scalar total = assertInstanceOf(YNode.Scalar.class, map.get("total"));
        assertEquals("326", total.text());
        assertTrue(total.plain());
        assertEquals(FIRST, total.location().line());
        YNode.Mapping byKind = assertInstanceOf(YNode.Mapping.class, map.get("by_kind"));
        assertEquals(FIRST + 3, byKind.entry("政策文件").key().location().line());
        YNode.Scalar quoted = assertInstanceOf(YNode.Scalar.class, byKind.get("政策文件"));
        assertEquals("8", quoted.text());
        assertTrue(!quoted.plain());
    }

    @Test
    void lineNumbersFollowTheSourceLinesEvenAcrossFiles() {
        Path other = Path.of("_part.adoc").toAbsolutePath();
        List<SourceLine> content = List.of(
                new SourceLine("a: 1", new Location(FILE, 5)),
                new SourceLine("b: 2", new Location(other, 1)),
                new SourceLine("c: d: e", new Location(other, 2)));
        assertNull(new StrictYaml(diagnostics).read(content, BLOCK));
        assertEquals(new Location(other, 2), only().location());
        assertEquals("yaml.syntax", only().code());
    }

    /**
     * A duplicate key is an error naming both lines; the mapping is still read, the first value kept, so that the
     * block's other problems are reported with it (trial Q, 2); the reader then uses the block for no check.
     */
    @Test
    void duplicateTopLevelKeysNameBothLines() {
        YNode.Mapping m = (YNode.Mapping) read("a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("a", "b"), m.entries().stream().map(e -> e.key().text()).toList());
        assertEquals("1", ((YNode.Scalar) m.entries().get(0).value()).text());
        Diagnostic d = only();
        assertEquals("yaml.duplicate-key", d.code());
        assertEquals(FIRST + 2, d.location().line());
        assertEquals(List.of("a", String.valueOf(FIRST)), d.args());
    }

    @Test
    void duplicateNestedKeysNameBothLines() {
        assertNotNull(read("rows:\n  新收: [1]\n  结转: [2]\n  新收: [3]\n"));
        Diagnostic d = only();
        assertEquals("yaml.duplicate-key", d.code());
        assertEquals(FIRST + 3, d.location().line());
        assertEquals(List.of("新收", String.valueOf(FIRST + 1)), d.args());
    }

    @Test
    void keysThatDifferOnlyInQuotingAreDuplicates() {
        assertNotNull(read("a: 1\n\"a\": 2\n"));
        assertEquals("yaml.duplicate-key", only().code());
    }

    /** Trial Q, 2: every duplicate of a block is reported in one run, with what else is wrong in it. */
    @Test
    void everyDuplicateIsReported() {
        read("a: 1\na: 2\nb: 1\nb: 2\nc:\n  d: 1\n  d: 2\n");
        assertEquals(List.of("yaml.duplicate-key", "yaml.duplicate-key", "yaml.duplicate-key"),
                diagnostics.list().stream().map(Diagnostic::code).toList());
    }

    @Test
    void javaTagsAreRejected() {
        assertNull(read("a: !!java.io.File /etc/passwd\n"));
        assertEquals("yaml.tag", only().code());
        assertEquals(FIRST, only().location().line());
        assertTrue(only().message().contains("java.io.File"), only().message());
    }

    @Test
    void javaTagsOnAMappingAreRejected() {
        assertNull(read("a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"));
        assertEquals("yaml.tag", only().code());
    }

    @Test
    void localTagsAreRejected() {
        assertNull(read("a: 1\nb: !foo 2\n"));
        assertEquals("yaml.tag", only().code());
        assertEquals(FIRST + 1, only().location().line());
    }

    @Test
    void tagsNamingKindsTallyReadsAreRejectedTooSoThatAStringNeverPassesForANumber() {
        for (String text : List.of("a: !!str 12\n", "a: &x !!int 12\n", "a: !!map {b: 1}\n", "a: [1, !!str 2]\n",
                "a:\n  - !!float 1.5\n", "a: ! 12\n")) {
            Diagnostics own = new Diagnostics();
            assertNull(new StrictYaml(own).read(lines(text), BLOCK), text);
            assertEquals(1, own.size(), text + own.list());
            assertEquals("yaml.tag", own.list().get(0).code(), text);
        }
        assertNotNull(read("a: &x 12\nb: '!!str 12'\nc: x!y\nd: *x\n"), "an anchor alone, a quoted or inner ! is no tag");
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    void binaryTagsAreRejected() {
        assertNull(read("a: !!binary aGVsbG8=\n"));
        assertEquals("yaml.tag", only().code());
    }

    @Test
    void mergeKeysAreRejected() {
        assertNull(read("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n"));
        assertEquals("yaml.merge-key", only().code());
        assertEquals(FIRST + 2, only().location().line());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void anAliasBombIsADiagnosticAndFast() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        YNode node = assertDoesNotThrow(() -> read(bomb));
        assertNull(node);
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
        assertEquals(dev.tally.diagnostic.Severity.ERROR, only().severity());
        assertEquals("yaml.too-many-aliases", only().code());
        assertEquals("the YAML uses more than 20 aliases (alias bomb?)", only().message());
    }

    /**
     * Trial T, 8: FORMAT.md makes more than a few aliases an error, of a number as of a list; a few, and what an
     * alias of a mapping holds, are fine.
     */
    @Test
    void manyAliasesOfANumberAreAnError() {
        StringBuilder many = new StringBuilder("a: &n 5\n");
        for (int i = 0; i < 21; i++) {
            many.append("k").append(i).append(": *n\n");
        }
        assertNull(read(many.toString()));
        assertEquals("yaml.too-many-aliases", only().code());
    }

    @Test
    void aFewAliasesOfAMappingAreFineWhateverItHolds() {
        StringBuilder few = new StringBuilder("base: &b\n");
        for (int i = 0; i < 30; i++) {
            few.append("  x").append(i).append(": ").append(i).append('\n');
        }
        few.append("copy1: *b\ncopy2: *b\ncopy3: *b\n");
        assertNotNull(read(few.toString()));
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    /** Trial L, 8: an unclosed quote is found at the end of the block; it is shown where it opens. */
    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        read("a: 1\nb: [1, \"2, 3]\nc: 3\nd: 4\ne: 5\nf: 6\n");
        assertEquals("yaml.syntax", only().code());
        assertEquals(FIRST + 1, only().location().line(), only()::toString);
        assertEquals("YAML syntax error: a quoted text is not closed", only().message());
    }

    /** Trial L, 12: SnakeYAML's own nesting limit is said as Tally's, in the reader's language. */
    @Test
    void nestingTooDeepForTheParserIsTheNestingError() {
        read("a: " + "[".repeat(200) + "1" + "]".repeat(200) + "\n");
        assertEquals("yaml.too-deep", only().code());
        assertTrue(only().message().startsWith("the YAML nests deeper than "), only().message());
    }

    @Test
    void aFewAliasesAreFine() {
        YNode node = read("a: &x 1\nb: *x\n");
        assertNotNull(node);
        assertEquals(0, diagnostics.size());
        assertEquals("1", ((YNode.Scalar) ((YNode.Mapping) node).get("b")).text());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aRecursiveAliasIsADiagnostic() {
        YNode node = assertDoesNotThrow(() -> read("a: &a [1, *a]\n"));
        assertNull(node);
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepFlowNestingIsADiagnosticNotAStackOverflow() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        YNode node = assertDoesNotThrow(() -> read(deep));
        assertNull(node);
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepFlowMappingNestingIsADiagnosticNotAStackOverflow() {
        String deep = "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";
        YNode node = assertDoesNotThrow(() -> read(deep));
        assertNull(node);
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    void nestingWithinTheLimitIsFine() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(20)).append("leaf: 1\n");
        assertNotNull(read(sb.toString()));
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    void tabsInIndentationAreRejectedAtTheirLine() {
        assertNull(read("a:\n  b: 1\n\tc: 2\n"));
        assertEquals("yaml.tab", only().code());
        assertEquals(FIRST + 2, only().location().line());
    }

    @Test
    void aTabInsideAValueIsNotIndentation() {
        YNode node = read("a: \"x\ty\"\n");
        assertNotNull(node);
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    @Test
    void aSyntaxErrorPointsAtTheFileLineOfTheProblem() {
        assertNull(read("a: 1\nb: 2\nc: d: e\nf: 4\n"));
        Diagnostic d = only();
        assertEquals("yaml.syntax", d.code());
        assertEquals(FIRST + 2, d.location().line());
    }

    /**
     * A [ or { left open is said at the line it opens, the one to mend, not at the next line, where YAML stumbles
     * (trial AD): that line is named too.
     */
    @Test
    void anUnclosedFlowListIsSaidWhereItOpens() {
        Diagnostic list = onlyOf("a: [1, 2\nb: 3\n");
        assertEquals("yaml.unclosed-list", list.code());
        assertEquals(FIRST, list.location().line());
        assertEquals("YAML syntax error: a [ ] list opened here is not closed: YAML reads on into line " + (FIRST + 1)
                + " as part of it and stumbles on ':': add the closing ]", list.message(java.util.Locale.ENGLISH));
        Diagnostic mapping = onlyOf("a: 1\nb: {x: 1,\n  y: 2\nc: 3\n");
        assertEquals("yaml.unclosed-mapping", mapping.code());
        assertEquals(FIRST + 1, mapping.location().line());
        assertTrue(mapping.message(java.util.Locale.CHINESE).contains("第 " + (FIRST + 3) + " 行"),
                mapping.message(java.util.Locale.CHINESE));
        // a list that goes on over lines and closes is no error
        assertNotNull(read("a: [1,\n  2]\nb: 3\n"));
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    /**
     * Trial AG, 10: an item or value that starts with a quoted text and goes on ({@code - "w.total" = 10}) is said
     * so, with what to write, not as indentation that does not line up.
     */
    @Test
    void aTextThatStartsQuotedAndGoesOnIsSaidSo() {
        Diagnostic check = onlyOf("- w.total = 10\n- \"w.total\" = 10\n");
        assertEquals(FIRST + 1, check.location().line());
        assertEquals("YAML syntax error: the text starts with a quoted \"w.total\", which YAML takes as the whole text, "
                + "and cannot place what follows (= 10): write it without the quotes, or put the whole text in quotes",
                check.message(java.util.Locale.ENGLISH));
        assertEquals("yaml.quoted-start", onlyOf("note: 'a' b\n").code());
        // a quoted text with a comment after it is YAML
        assertNotNull(read("a: \"x\" # note\n"));
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    /**
     * Trial AF, 1: half of a character written as an escape ({@code "\\uD800"}) is an error at its line, as no page
     * can hold it (the site's writer failed on it); both halves together are the character.
     */
    @Test
    void aLoneSurrogateIsAnError() {
        Diagnostic value = onlyOf("a: 1\nb: \"\\uD800\"\n");
        assertEquals("yaml.lone-surrogate", value.code());
        assertEquals(FIRST + 1, value.location().line());
        assertTrue(value.message(java.util.Locale.ENGLISH).contains("\\uD800, half of a character"),
                value.message(java.util.Locale.ENGLISH));
        assertEquals("yaml.lone-surrogate", onlyOf("\"\\uDC00x\": 1\n").code());
        YNode.Mapping ok = (YNode.Mapping) read("a: \"\\uD83D\\uDE00\"\n");
        assertEquals("\uD83D\uDE00", ((YNode.Scalar) ok.get("a")).text());
    }

    /** The one problem of reading {@code text} on its own. */
    private static Diagnostic onlyOf(String text) {
        Diagnostics d = new Diagnostics();
        assertNull(new StrictYaml(d).read(lines(text), BLOCK));
        assertEquals(1, d.size(), () -> d.list().toString());
        return d.list().get(0);
    }

    /** Trial H, 11: the YAML problems a pasted table runs into most are said in the reader's language. */
    @Test
    void commonSyntaxProblemsAreSaidInTheReadersLanguage() {
        assertNull(read("a: [1, 2\n"));
        assertEquals("YAML syntax error: a [ ] list is not closed, or two of its items have no comma between them "
                + "(found the end of the block)", only().message(java.util.Locale.ENGLISH));
        assertEquals("YAML 语法错误：方括号 [ ] 中的列表没有闭合，或有两项之间缺少逗号（此处为 数据块末尾）",
                only().message(java.util.Locale.CHINESE));
        String[][] cases = {
            {"a: 'x\n", "a quoted text is not closed", "引号没有闭合"},
            {"a: *q\n", "*q names no anchor", "*q 没有对应的锚点"},
            {"a: \"\\q\"\n", "unknown escape \\q in a double-quoted text", "未知的转义 \\q"},
            {"a: 1\n- b\n", "the indentation does not line up with the lines above (found a list item (-))",
                "缩进与上面各行不一致（此处为 一个列表项（-））"},
            // trial AN, 8: SnakeYAML's "?" is a key, not a "?" of the text
            {"a:\n  - b: 1\n  c: 2\n", "the indentation does not line up with the lines above (found a key)",
                "缩进与上面各行不一致（此处为 一个键）"},
            {"a: @x\n", "a value cannot start with @", "值不能以 @ 开头"},
            {"a: x: y\n", "a ':' where no key can start", "此处不能出现冒号"},
        };
        for (String[] c : cases) {
            Diagnostics d = new Diagnostics();
            assertNull(new StrictYaml(d).read(lines(c[0]), BLOCK), c[0]);
            assertEquals(1, d.size(), c[0]);
            assertEquals("yaml.syntax", d.list().get(0).code());
            String en = d.list().get(0).message(java.util.Locale.ENGLISH);
            String zh = d.list().get(0).message(java.util.Locale.CHINESE);
            assertTrue(en.startsWith("YAML syntax error: " + c[1]), en);
            assertTrue(zh.startsWith("YAML 语法错误：") && zh.contains(c[2]), zh);
        }
    }

    /** Trial AN, 8: a key written without its colon is shown at its own line, not at the next, where YAML looked. */
    @Test
    void aKeyWithoutItsColonIsShownAtItsLine() {
        assertNull(read("a: 1\ntitle b\nc: 2\n"));
        assertEquals("YAML syntax error: a key without its ':'", only().message(java.util.Locale.ENGLISH));
        assertEquals(FIRST + 1, only().location().line());
    }

    /** Trial H, 11: a key over YAML's 1024 characters is named as such, not as a misplaced colon. */
    @Test
    void aKeyOverYamlsLimitIsNamed() {
        assertNull(read("a: 1\n" + "甲".repeat(1100) + ": [1, 2]\n"));
        assertEquals("yaml.key-too-long", only().code());
        assertEquals(FIRST + 1, only().location().line());
        assertEquals("a key of 1100 characters; YAML allows at most 1024 in a key (shorten it, and put the full "
                + "wording in labels:)", only().message(java.util.Locale.ENGLISH));
    }

    @Test
    void twoDocumentsAreASyntaxError() {
        assertNull(read("a: 1\n---\nb: 2\n"));
        assertEquals("yaml.syntax", only().code());
    }

    @Test
    void complexKeysAreRejected() {
        assertNull(read("? [a, b]\n: 1\n"));
        assertEquals("yaml.complex-key", only().code());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void oversizedInputIsRejected() {
        List<SourceLine> big = new ArrayList<>();
        String line = "k%d: " + "9".repeat(1000);
        for (int i = 0; i < 5000; i++) {
            big.add(new SourceLine(String.format(line, i), new Location(FILE, FIRST + i)));
        }
        assertNull(new StrictYaml(diagnostics).read(big, BLOCK));
        assertEquals("yaml.too-large", only().code());
        assertEquals(BLOCK, only().location());
    }

    @Test
    void anEmptyBlockIsNullWithoutDiagnostic() {
        assertNull(read(""));
        assertNull(read("# only a comment\n"));
        assertEquals(0, diagnostics.size());
    }

    @Test
    void scalarsKeepTheirTextSoNumbersStayExact() {
        YNode.Mapping map = (YNode.Mapping) read("a: 0.1\nb: 12.50\nc: 1e3\nd: yes\ne: ~\n");
        assertEquals("0.1", ((YNode.Scalar) map.get("a")).text());
        assertEquals("12.50", ((YNode.Scalar) map.get("b")).text());
        assertEquals("1e3", ((YNode.Scalar) map.get("c")).text());
        assertEquals("yes", ((YNode.Scalar) map.get("d")).text());
        assertTrue(((YNode.Scalar) map.get("e")).isNull());
    }

    /**
     * Trial AT, 9: read the careful way, an empty item of a list is an empty cell, as the fast reader reads it; two
     * commas in a quoted text, a comment or a mapping are what they are.
     */
    @Test
    void theCarefulReaderReadsAnEmptyItemOfAListAsAnEmptyCell() {
        YNode.Mapping m = (YNode.Mapping) new StrictYaml(diagnostics).read(lines(
                "e:\nr: [1, , 3]\ns: [, 2]\nq: 'a, , b'\nt: [\"x, , y\", 1] # , ,\n"), BLOCK);
        assertEquals(List.of(), diagnostics.list());
        assertTrue(((YNode.Scalar) m.get("e")).isNull());
        assertEquals(List.of("1", "", "3"), texts(m.get("r")));
        assertEquals(List.of("", "2"), texts(m.get("s")));
        assertEquals("a, , b", ((YNode.Scalar) m.get("q")).text());
        assertEquals(List.of("x, , y", "1"), texts(m.get("t")));
        assertEquals(FIRST + 1, ((YNode.Sequence) m.get("r")).items().get(1).location().line());
        int[] marked = {0};
        assertEquals("a: {b: 1, , c: 2}\n", CarefulYaml.markEmptyCells("a: {b: 1, , c: 2}\n", marked));
        assertEquals(0, marked[0]);
    }

    private static List<String> texts(YNode list) {
        return ((YNode.Sequence) list).items().stream().map(i -> ((YNode.Scalar) i).text()).toList();
    }

    /**
     * Trial AT, 10: a line indented out of step is said at the line that differs, naming the two lines to check, in
     * words; the block is read on as if it were in step, so that its other problems (a duplicate key) are said in
     * the same build.
     */
    @Test
    void aLineIndentedOutOfStepIsSaidAtThatLineAndTheBlockIsReadOn() {
        assertNotNull(read("rows:\n  g:\n    a: [1]\n    a: [2]\n  b: [3]\n    c: [4]\n    d: [5]\n"));
        List<Diagnostic> said = diagnostics.list();
        assertEquals(List.of("yaml.indent-odd", "yaml.duplicate-key"), said.stream().map(Diagnostic::code).toList());
        Diagnostic odd = said.get(0);
        assertEquals(FIRST + 4, odd.location().line());
        assertEquals("this line is indented by 2 spaces, the lines before and after it by 4 spaces: the rows of one"
                + " group start in the same column (check lines 15 and 16)", odd.message(java.util.Locale.ENGLISH));
        assertEquals("这一行前面有 2 个空格，而上一行和下一行都有 4 个空格：同一组的行前面的空格数要相同（请检查第 15、16 行）",
                odd.message(java.util.Locale.CHINESE));
        String[][] cases = {
            // deeper than a line with a value, its neighbour above not so deep: the deeper line is out of step
            {"a: [1]\n  b: [2]\nc: [3]\n", "yaml.indent-deeper", "12", "this line is indented by 2 spaces, more than"
                + " line 11 above it (0 spaces), which already holds a value, so no group starts there"},
            {"a: 1\n  b: 2\n", "yaml.indent-deeper", "12", "this line is indented by 2 spaces, more than line 11"},
            // less deep than its neighbours on both sides
            {"g:\n    a: [1]\n   b: [2]\n    c: [3]\n", "yaml.indent-odd", "13",
                "this line is indented by 3 spaces, the lines before and after it by 4 spaces"},
            // trial P, 13: in from the line above, not as far as its group
            {"a:\n  x: 1\n y: 2\n", "yaml.indent-between", "13", "this line is indented by 1 space, which lines up"
                + " with no line above it: line 12 has 2 spaces, and line 11, where its group starts, 0 spaces"},
        };
        for (String[] c : cases) {
            Diagnostics d = new Diagnostics();
            new StrictYaml(d).read(lines(c[0]), BLOCK);
            assertEquals(1, d.size(), () -> c[0] + d.list());
            assertEquals(c[1], d.list().get(0).code(), c[0]);
            assertEquals(Integer.parseInt(c[2]), d.list().get(0).location().line(), c[0]);
            assertTrue(d.list().get(0).message(java.util.Locale.ENGLISH).startsWith(c[3]),
                    d.list().get(0).message(java.util.Locale.ENGLISH));
        }
    }
}
