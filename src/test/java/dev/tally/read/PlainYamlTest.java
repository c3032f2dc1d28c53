package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast reader of plain YAML against the careful one (SnakeYAML composed and walked): whenever the fast one
 * reads a text, the careful one reads it without a problem and to the same nodes, texts, plainness and lines;
 * everything else it declines. Checked on chosen texts, on every data and checks block in the repository, and on
 * generated ones. {@code -Dtally.fuzz.tries=N} runs the generated ones longer, as for the fuzz tests.
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(dev.tally.hostile.FuzzTries.class)
class PlainYamlTest {

    private static final Path FILE = Path.of("r.adoc").toAbsolutePath();
    private static final Location BLOCK = new Location(FILE, 9);

    private static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            out.add(new SourceLine(parts[i], new Location(FILE, 10 + i)));
        }
        return out;
    }

    /** Fails when the fast reading differs from the careful one; returns whether the fast reader took it. */
    private static boolean agree(List<SourceLine> lines) {
        YNode fast = PlainYaml.read(lines);
        if (fast == PlainYaml.DECLINED) {
            return false;
        }
        Diagnostics diagnostics = new Diagnostics();
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.text()).append('\n'));
        YNode careful = new CarefulYaml(diagnostics).read(text, lines, BLOCK);
        String shown = text.toString();
        assertTrue(diagnostics.list().isEmpty(),
                () -> "the fast reader took what the careful one refuses: " + diagnostics.list() + "\n" + shown);
        assertEquals(careful, fast == PlainYaml.EMPTY ? null : fast, () -> "different readings of\n" + shown);
        return true;
    }

    private static boolean agree(String text) {
        return agree(lines(text));
    }

    @Test
    void readsTheShapesOfTheNationalFormExactlyAsSnakeYamlDoes() {
        assertTrue(agree("total: 164\nchannels:\n  portal: 135\n  wechat: 3\n"));
        assertTrue(agree("rows:\n  新收: [12, 3, 1, 1, 2, 0, 19]\n  办理结果:\n    予以公开: [11, 2, 1, 1, 0, 0, 15]\n"));
        assertTrue(agree("# a comment\n\nrows:   # trailing comment\n  a: [ 1 ,2,  3 ]   \n  b: []\n"));
        assertTrue(agree("- proactive.total = sum(proactive.channels)\n- a.b >= 0\n"));
        assertTrue(agree("checks:\n- x = y\n- z < 3\nunit: 件\n"));
        assertTrue(agree("  indented: 1\n  root: -2.5\n"));
        assertTrue(agree("a: 1,234\nb: １２\nc: yes\nd: 0x1F\ne: ~\nf: a:b\ng: N/A\n"));
        assertTrue(agree("\n# only a comment\n"));
        assertTrue(agree("a: 'it''s: fine'\nb: \"x: y\"\nc: ['*.gov.cn', \"a:b\", plain]\n"));
        assertTrue(agree("checks:\n  - check: a.件数[总计] = 0\n    message: last year's total\n  - b = c\n"));
        assertTrue(agree("columns:\n  - 自然人\n  - 法人: [a, b]\n  - 行政诉讼:\n      - 直接: [x, y]\n"));
        assertTrue(agree("- id: x\n  phrase: '(?:未|没有)[^。；;，,]{0,30}?'\n"));
        // grouped columns of a free-form table, and other nested flow collections
        assertTrue(agree("columns: [{执法: [行政处罚, 行政强制]}, 其他, 合计]\nrows:\n  a: [1, 2, 3, 4]\n"));
        assertTrue(agree("a: {b: 1, c: [x, 'y z'], d: {e: -2.5}}\nb: [[1, 2], [], {}]\nc: { }\n- x: 1\n"
                .replace("\n- x: 1\n", "\n")));
        assertTrue(agree("- {a: 1, b: 2}\n- [x, {y: [z]}]\n"));
    }

    @Test
    void theBuiltInTemplatesAreReadTheFastWaySoThatCheckingNeverStartsSnakeYaml() throws IOException {
        for (String name : dev.tally.template.Templates.BUILT_IN) {
            String source = dev.tally.template.Templates.builtInSource(name);
            assertTrue(agree(TextFile.split(source, FILE)), name + " is declined by the fast reader");
        }
    }

    /**
     * Trial I, 5: {@code [1, , 3]} is not YAML, but it is a row pasted with a cell left empty: read as an empty
     * cell, so that the table names its row and column and reads the block's other rows. A comma after the last
     * item is YAML, and read as the careful reader reads it.
     */
    @Test
    void anEmptyItemBeforeACommaIsAnEmptyCellAndATrailingCommaEndsTheList() {
        YNode.Mapping m = (YNode.Mapping) PlainYaml.read(lines("r: [1, , 3]\ns: [, 2]"));
        assertEquals(List.of("1", "", "3"), ((YNode.Sequence) m.get("r")).items().stream()
                .map(i -> ((YNode.Scalar) i).text()).toList());
        assertEquals(List.of("", "2"), ((YNode.Sequence) m.get("s")).items().stream()
                .map(i -> ((YNode.Scalar) i).text()).toList());
        assertTrue(agree("a: [1, 2, ]\nb: [{c: 1}, ]\n"));
        assertSame(PlainYaml.DECLINED, PlainYaml.read(lines("a: [1, ]]")));
    }

    /**
     * Trial AG, 2: a dash for nil in a list ({@code [5, -, 5]}) is the plain text {@code -}, as the careful reader
     * reads it, so that a row with an empty cell beside it is still read; a dash before a space is not YAML, and
     * left to the careful reader.
     */
    @Test
    void aDashItemIsReadAsTheCarefulReaderReadsIt() {
        assertTrue(agree("a: [5, -, 5]\nb: [-, 1]\nc: [1, -]\n"));
        YNode.Mapping m = (YNode.Mapping) PlainYaml.read(lines("r: [1, , 3]\ns: [5, -, 5]"));
        assertEquals(List.of("5", "-", "5"), ((YNode.Sequence) m.get("s")).items().stream()
                .map(i -> ((YNode.Scalar) i).text()).toList());
        assertSame(PlainYaml.DECLINED, PlainYaml.read(lines("a: [5, - , 5]")));
    }

    @Test
    void declinesWhatOnlyTheCarefulReaderShouldJudge() {
        for (String text : List.of("a: 'open", "a: \"a\\\"b\"", "a: 'a' b", "a: 'it's'", "a: 'a #b'", "a: &x 1\nb: *x", "a: !!str 12", "a: |\n  text",
                "a: >\n  text", "a:\nb: 1", "a: 1\na: 2", "a: [1,\n 2]",
                "a: {b: 1, b: 2}", "a: {b}", "a: {b: }", "a: {b:1}", "a: {b: 1} c", "a: {b: [1}",
                "a: {'b': 1}", "a: {b: 1 #c}", "a: [{b: c: d}]", "a: {b: 'x, y'}", "- {a: 1}: 2",
                "a: long\n  continued", "<<: 1", "a: <<", "? a\n: b", "a: 1\n---\nb: 2", "a:b", "a: x: y",
                "`a`: 1", "a: [x:1]", "a:\n  - - 1", "- a: 1\n  - b", "a: \u00A0", "a: 1\tb",
                "a: - 1", "a: 1\n b: 2")) {
            assertSame(PlainYaml.DECLINED, PlainYaml.read(lines(text)), text);
        }
    }

    @Test
    void everyDataAndChecksBlockInTheRepositoryReadsTheSameBothWays() throws IOException {
        int blocks = 0;
        int fast = 0;
        for (Path root : List.of(Path.of("examples"), Path.of("src/it"), Path.of("src/test/resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.toString().endsWith(".adoc") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path f : files) {
                List<SourceLine> lines = TextFile.read(f, new Location(f, 0), new Diagnostics());
                if (lines == null) {
                    continue;
                }
                for (AdocSource.Block b : new AdocScanner(new Diagnostics()).scan(lines).blocks()) {
                    blocks++;
                    try {
                        if (agree(b.content())) {
                            fast++;
                        }
                    } catch (AssertionError e) {
                        throw new AssertionError(f + ":" + b.location().line() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        assertTrue(blocks > 300, "blocks found: " + blocks);
        // the fast reader is what makes checking quick: it must take the usual blocks
        assertTrue(fast * 10 > blocks * 8, fast + " of " + blocks + " blocks read the fast way");
    }

    @Test
    void theNationalFormsGeneratedBlocksAreReadTheFastWay() {
        YNode node = PlainYaml.read(lines("rows:\n  件数: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n"));
        assertNotSame(PlainYaml.DECLINED, node);
    }

    // ------------------------------------------------------------------------------------------ generated

    private static final List<String> KEYS = List.of("a", "rows", "新收", "总计", "b c", "1", "-1", "<<", "=", "a:b",
            "a,b", "x#y", "é", "?x", "&a", "*a", "!t", "%x", "@x", "`k`", "'q'", "\"q\"", "null", "~", "yes", "0x1F",
            "１２", "a\u00A0b", "a\u3000", "-", "- a", "a ", "x: y", ".5", "-.5", "a\u0085b");
    private static final List<String> SCALARS = List.of("12", "-3", "3.5", "0", "1,234", "１２", "—", "/", "N/A",
            "a b", "a  b", "yes", "~", "null", "=", "<<", "-", "--", "-x", "a#b", "a #b", "a:b", "a: b", "x:", "'q'",
            "\"q\"", "|", ">", "&a", "*a", "!!int 1", "%", "@", "`a`", "a`b", "{a: 1}", "[1, 2, 3]", "[]", "[ ]",
            "[1,,2]", "[1, [2]]", "[a: b]", "[1, 2,]", "[x:1]", "{a: 1, b: [x, y]}", "[{a: [b, c]}, d]",
            "{a: 1, a: 2}", "{a}", "{a: }", "{a:1}", "{}", "{ }", "[{}]", "{a: {b: 1}}", "{'q': 1}", "[a, {b: c}, ]",
            "{a: 1} x", "[{a: b}]x", "{a: [1, 2}", "{ a : 1 }", "{a: 'x'}", "{1: 2, -1: .5}", "[ -1, .5 ]", "[a b, c]", "[1 #c]", "[1] #c", "\u3000",
            "a\u2028b", "１，２", "∑", "1e3", ".inf", "0o12", "12:30", "?", "? x");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> indent = Arbitraries.of("", "", "", " ", "  ", "  ", "   ", "    ", "      ");
        Arbitrary<String> key = Arbitraries.of(KEYS);
        Arbitrary<String> scalar = Arbitraries.of(SCALARS);
        Arbitrary<String> line = Arbitraries.oneOf(
                Combinators.combine(indent, key, scalar).as((i, k, v) -> i + k + ": " + v),
                Combinators.combine(indent, key, scalar).as((i, k, v) -> i + k + ":" + v),
                Combinators.combine(indent, key).as((i, k) -> i + k + ":"),
                Combinators.combine(indent, key).as((i, k) -> i + k + ":   # note"),
                Combinators.combine(indent, scalar).as((i, v) -> i + "- " + v),
                Combinators.combine(indent, scalar).as((i, v) -> i + "-" + v),
                Combinators.combine(indent, key, scalar).as((i, k, v) -> i + "- " + k + ": " + v),
                Combinators.combine(indent, scalar).as((i, v) -> i + v),
                indent.map(i -> i + "# comment"),
                indent.map(i -> i),
                Arbitraries.of("---", "...", "\t", "a:\tb", "- \t1"));
        return line.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("\n", l));
    }

    private static final List<String> GOOD_KEYS = List.of("a", "rows", "新收", "总计", "b c", "1", "-1", "办理结果",
            "yes", "null", "é", "a,b", "x.y", "其他 处理");
    private static final List<String> GOOD_SCALARS = List.of("12", "-3", "3.5", "0", "1,234", "１２", "—", "N/A", "a b",
            "a  b", "~", "yes", "1e3", "12:30", "a:b", "x = sum(y)", "a.b >= 0", "-.5", "∑", "中文 文本",
            "'q'", "'it''s'", "\"d q\"", "'a: b'", "\"#x\"", "a[1] = b", "last year's", "x #1", "a, b");

    private static final List<String> CELLS = List.of("12", "-3", "3.5", "0", "１２", "—", "N/A", "a b", "~", "x = y",
            "'q'", "'it''s'", "\"d q\"", "'a: b'", "last year's");

    /** Well-formed documents (mappings, flow and block lists, comments), now and then with one odd line. */
    @Provide
    Arbitrary<String> trees() {
        Arbitrary<String> odd = Arbitraries.oneOf(Arbitraries.of(KEYS).map(k -> k + ": 1"),
                Arbitraries.of(SCALARS).map(v -> "x: " + v), Arbitraries.of("# c", "", "  # c", "---", "\t"));
        Arbitrary<Integer> step = Arbitraries.of(1, 2, 2, 4);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(step, seed, odd, Arbitraries.integers().between(0, 3)).as((st, sd, o, mode) -> {
            java.util.Random random = new java.util.Random(sd);
            List<String> out = new ArrayList<>();
            mapping(out, "", st, random, 0);
            if (mode == 0) {
                out.add(random.nextInt(out.size() + 1), o);
            }
            return String.join("\n", out);
        });
    }

    private static void mapping(List<String> out, String indent, int step, java.util.Random random, int depth) {
        int n = 1 + random.nextInt(4);
        List<String> keys = new ArrayList<>(GOOD_KEYS);
        java.util.Collections.shuffle(keys, random);
        for (int i = 0; i < n; i++) {
            String key = keys.get(i);
            int kind = random.nextInt(depth < 3 ? 7 : 3);
            String comment = random.nextInt(8) == 0 ? "  # note" : "";
            switch (kind) {
                case 0 -> out.add(indent + key + ": " + pick(GOOD_SCALARS, random) + comment);
                case 2 -> {
                    // grouped columns: a flow list of names and one-entry mappings of a group to its columns
                    List<String> cols = new ArrayList<>();
                    for (int c = 1 + random.nextInt(4); c > 0; c--) {
                        cols.add(random.nextBoolean() ? pick(GOOD_KEYS, random)
                                : "{" + pick(GOOD_KEYS, random) + ": [" + pick(CELLS, random) + ", " + pick(CELLS, random) + "]}");
                    }
                    out.add(indent + key + ": [" + String.join(", ", cols) + "]" + comment);
                }
                case 1 -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = random.nextInt(8); c > 0; c--) {
                        cells.add(pick(CELLS, random));
                    }
                    out.add(indent + key + ": [" + String.join(random.nextBoolean() ? ", " : " ,", cells) + "]" + comment);
                }
                case 4 -> {
                    // a list of mappings, each starting on its dash's line
                    out.add(indent + key + ":" + comment);
                    String dash = random.nextBoolean() ? indent : indent + " ".repeat(step);
                    for (int c = 1 + random.nextInt(3); c > 0; c--) {
                        List<String> item = new ArrayList<>();
                        mapping(item, "", step, random, depth + 1);
                        for (int l = 0; l < item.size(); l++) {
                            out.add((l == 0 ? dash + "- " : dash + "  ") + item.get(l));
                        }
                    }
                }
                case 3 -> {
                    out.add(indent + key + ":" + comment);
                    String itemIndent = random.nextBoolean() ? indent : indent + " ".repeat(step);
                    for (int c = 1 + random.nextInt(3); c > 0; c--) {
                        out.add(itemIndent + "- " + pick(GOOD_SCALARS, random));
                    }
                }
                default -> {
                    out.add(indent + key + ":" + comment);
                    if (random.nextInt(5) == 0) {
                        out.add("");
                    }
                    mapping(out, indent + " ".repeat(step), step, random, depth + 1);
                }
            }
        }
    }

    private static String pick(List<String> from, java.util.Random random) {
        return from.get(random.nextInt(from.size()));
    }

    @Property(tries = 2000)
    void generatedDocumentsReadTheSameBothWaysOrAreDeclined(@ForAll("trees") String text) {
        Statistics.collect(agree(text) ? "read fast" : "declined");
        // the comparison must be exercised: most well-formed documents are read the fast way
        Statistics.coverage(c -> c.check("read fast").percentage(p -> p > 50));
    }

    @Property(tries = 3000)
    void oddLinesReadTheSameBothWaysOrAreDeclined(@ForAll("documents") String text) {
        Statistics.collect(agree(text) ? "read fast" : "declined");
        Statistics.coverage(c -> c.check("read fast").count(n -> n > 20));
    }

}
