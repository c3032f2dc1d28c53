package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.tally.hostile.Sandbox.lineOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Named.named;

/**
 * Broken and hostile YAML in data blocks, checks blocks and template files, through the whole reader and
 * checker. Each case runs next to a plainly wrong control report (see {@link Sandbox}), which must still be
 * reported. Lines are file lines: a data block's content starts two lines below its {@code [data#...]} line.
 */
class YamlHostileTest {

    @TempDir
    Path tmp;

    /** A report whose only content is one data block: {@code [data#ID]} is line 3, the YAML starts at line 5. */
    static String data(String id, String yaml) {
        return "= R\n\n[data#" + id + "]\n----\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "----\n";
    }

    private Sandbox.Outcome runOne(String text) {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", text);
        return s.run().hostile("r.adoc");
    }

    // ---------------------------------------------------------------- syntax errors of every common kind

    @Test
    void anUnclosedFlowListIsASyntaxErrorInsideTheBlock() {
        // said where the list opens, the line to mend, naming the line YAML stumbles on
        String r = data("v", "a: [1, 2\nb: 3\nc: 4\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: [1, 2"),
                "YAML syntax error: a [ ] list opened here is not closed: YAML reads on into line " + lineOf(r, "b: 3"));
    }

    @Test
    void anUnclosedFlowListInATableRowIsASyntaxError() {
        String r = data("t", "columns: [a, b]\nrows:\n  x: [1, 2\n  y: [3, 4]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [1, 2"),
                "YAML syntax error: a [ ] list opened here is not closed: YAML reads on into line " + lineOf(r, "y: [3, 4]"));
    }

    @Test
    void badIndentationIsAnErrorAtTheBadLine() {
        String r = data("v", "a:\n  b: 1\n c: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, " c: 2"), "this line is indented by 1 space, which lines"
                + " up with no line above it");
    }

    @Test
    void anUnclosedQuoteIsASyntaxError() {
        // the quoted scalar runs to the end of the block, where the error is found; it is shown where it opens
        String r = data("v", "a: \"abc\nb: 1\nc: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: \"abc"), "YAML syntax error: a quoted text is not closed");
    }

    @Test
    void anUnclosedSingleQuoteIsASyntaxError() {
        String r = data("v", "a: 'abc\nb: 1\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: 'abc"), "YAML syntax error: a quoted text is not closed");
    }

    @Test
    void keyValueOtherIsASyntaxErrorOnItsLine() {
        String r = data("v", "a: 1\nkey: value: other\nb: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "key: value: other"), "YAML syntax error: a ':' where no key can start");
    }

    @Test
    void aLoneDashWhereAMappingIsExpectedIsASyntaxError() {
        String r = data("v", "a: 1\n-\nb: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "b: 2") - 1, "YAML syntax error");
    }

    @Test
    void aLoneDashAmongTableRowsIsASyntaxError() {
        String r = data("t", "columns: [a]\nrows:\n  x: [1]\n  -\n  y: [2]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "y: [2]") - 1, "YAML syntax error");
    }

    @Test
    void aDocumentSeparatorInsideABlockIsASyntaxError() {
        // three dashes are not an AsciiDoc delimiter (that takes four): the block goes on, and YAML sees a second
        // document, which a data block cannot hold
        String r = data("v", "a: 1\n---\nb: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "b: 2") - 1, "YAML syntax error");
    }

    @Test
    void aDocumentEndMarkerFollowedByMoreDataIsASyntaxError() {
        String r = data("v", "a: 1\n...\nb: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "b: 2"), "YAML syntax error");
    }

    @Test
    void aBrokenChecksBlockIsASyntaxErrorAndTheDataBlocksAreStillRead() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n\n[checks]\n----\n- [v.a = 1\n- v.a = 1\n----\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "- v.a = 1"), "YAML syntax error")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "tally:v.a[2]"), "figure does not match");
    }

    // ---------------------------------------------------------------- tabs

    @Test
    void aTabIndentingATableRowIsAnErrorAtItsLine() {
        String r = data("t", "columns: [a]\nrows:\n\tx: [1]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [1]"), "tab character in indentation");
    }

    @Test
    void aTabAfterSpacesInIndentationIsAnError() {
        String r = data("v", "a:\n  b: 1\n  \tc: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "c: 2"), "tab character in indentation");
    }

    /**
     * Chosen behaviour: a blank line that holds only a tab is reported like a tab in indentation. YAML itself
     * would ignore it, but the strict reading costs the author one keystroke and tabs never sneak into real
     * indentation.
     */
    @Test
    void aBlankLineHoldingATabIsReportedAsATabInIndentation() {
        String r = data("v", "a: 1\n\t\nb: 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: 1") + 1, "tab character in indentation");
    }

    /**
     * Chosen behaviour: a tab between a key and its value is an error at its line too. YAML 1.2 would take it as
     * white space, SnakeYAML does not; a data block has no use for tabs, and the message names the tab.
     */
    @Test
    void aTabBetweenKeyAndValueIsASyntaxErrorAtItsLine() {
        String r = data("v", "a: 1\nb:\t2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "b:\t2"), "TAB");
    }

    /** Chosen behaviour: a tab inside a flow collection, where YAML allows it, is accepted; the data is checked. */
    @Test
    void aTabInsideAFlowCollectionIsAccepted() {
        String r = "= R\n\n[data#v]\n----\na: {x:\t2,\ty: 1}\n----\n\n[checks]\n----\n- v.a.x + v.a.y = 4\n----\n";
        runOne(r).only("r.adoc", "ERROR src/reports/r.adoc:" + lineOf(r, "- v.a.x + v.a.y = 4")
                + ": check failed: v.a.x + v.a.y = 4: 3 != 4");
    }

    // ---------------------------------------------------------------- duplicate keys at every depth

    @Test
    void aDuplicateTopLevelKeyInAValuesBlock() {
        String r = data("v", "total: 1\nother: 2\ntotal: 3\n");
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "total: 3") + ": duplicate key total (first at line "
                + lineOf(r, "total: 1") + ")");
    }

    /**
     * Trial Q, 2: a duplicate key hides nothing else of its block: every duplicate, a number written wrong, a
     * duplicate column and a text cell are all reported in one run; the block's checks are not run on it.
     */
    @Test
    void aDuplicateKeyHidesNoOtherProblemOfItsBlock() {
        String r = "= R\n\n[data#v]\n----\na: 1\na: 2\nb: 1\nb: 2\nc: 1e3\n----\n\n[data#t]\n----\n"
                + "columns: [x, y, x]\nrows:\n  r: [1, 2, 3]\n  r: [4, 5, 6]\n----\n\n[data#t2]\n----\ncolumns: [x, y]\n"
                + "rows:\n  r: [1, abc]\n  s: [1, 2]\n  s: [7, 8]\nchecks:\n  - x = 5\n----\n";
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "a: 2") + ": duplicate key a (first at line "
                        + lineOf(r, "a: 1") + ")")
                .hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "b: 2") + ": duplicate key b (first at line "
                        + lineOf(r, "b: 1") + ")")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "c: 1e3"), "'1e3' is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "columns: [x, y, x]"), "duplicate key x in columns")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "r: [4, 5, 6]"), "duplicate key r")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "r: [1, abc]"), "'abc' is not a number")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "s: [7, 8]"), "duplicate key s")
                .lacks("r.adoc", "check failed");
    }

    @Test
    void aDuplicateKeyInANestedGroup() {
        String r = data("v", "total: 1\nby:\n  a:\n    x: 1\n    y: 2\n    x: 3\n");
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "x: 3") + ": duplicate key x (first at line "
                + lineOf(r, "x: 1") + ")");
    }

    @Test
    void aDuplicateRowInsideATableRowGroup() {
        String r = data("t", "columns: [a]\nrows:\n  g:\n    x: [1]\n    y: [2]\n    x: [3]\n");
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "x: [3]") + ": duplicate key x (first at line "
                + lineOf(r, "x: [1]") + ")");
    }

    @Test
    void aDuplicateRowInAFlowMappingOfRows() {
        String r = data("t", "columns: [a]\nrows: {x: [1],\n  x: [2]}\n");
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "x: [2]") + ": duplicate key x (first at line "
                + lineOf(r, "x: [1]") + ")");
    }

    @Test
    void aDuplicateKeyInLabels() {
        String r = data("t", "columns: [a]\nrows:\n  x: [1]\nlabels:\n  x: 第一行\n  a: 甲\n  x: 第二行\n");
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "x: 第二行") + ": duplicate key x (first at line "
                + lineOf(r, "x: 第一行") + ")");
    }

    @Test
    void aDuplicateKeyInACheckMapping() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- check: v.a = 1\n  check: v.a = 2\n----\n";
        runOne(r).hasExactly("ERROR src/reports/r.adoc:" + lineOf(r, "check: v.a = 2") + ": duplicate key check (first at line "
                + lineOf(r, "check: v.a = 1") + ")");
    }

    @Test
    void aDuplicateKeyDeepInATemplateFileIsReportedInTheTemplateAndAtTheReport() {
        Sandbox s = new Sandbox(tmp);
        String template = "name: t\ntables:\n  tab:\n    columns: [a]\n    rows: [x, y]\n    labels:\n      x: 甲\n      y: 乙\n      x: 丙\n";
        s.projectFile("templates/t.yaml", template);
        String r = "= R\n:tally-template: ../../templates/t.yaml\n\n[data#tab]\n----\nrows:\n  x: [1]\n  y: [2]\n----\n";
        s.report("r.adoc", r);
        s.run().hostile("r.adoc")
                .hasExactly("ERROR templates/t.yaml:" + lineOf(template, "x: 丙") + ": duplicate key x (first at line "
                        + lineOf(template, "x: 甲") + ")")
                .has("ERROR", "src/reports/r.adoc", 2, "has errors");
    }

    // ---------------------------------------------------------------- tags: none constructed

    /** YAML for a values block, and a text that marks the line of the tag. */
    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of(named("!!java.util.Date", "a: 1\nwhen: !!java.util.Date 2024-01-01\n"), "when:"),
                Arguments.of(named("!!javax.script.ScriptEngineManager", "a: 1\nx: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n"), "x:"),
                Arguments.of(named("!foo (a local tag)", "a: 1\nx: !foo 12\n"), "x:"),
                Arguments.of(named("!!binary", "a: 1\nx: !!binary aGVsbG8=\n"), "x:"),
                Arguments.of(named("!!set", "a: 1\nx: !!set {a, b}\n"), "x:"),
                Arguments.of(named("!!omap", "a: 1\nx: !!omap [a: 1, b: 2]\n"), "x:"),
                Arguments.of(named("!!set on the whole block", "!!set\n? a\n? b\n"), "!!set"),
                Arguments.of(named("verbatim !<tag:yaml.org,2002:java.io.File>",
                        "a: 1\nx: !<tag:yaml.org,2002:java.io.File> /etc/passwd\n"), "x:"),
                Arguments.of(named("%TAG directive that makes !j! a Java prefix",
                        "%TAG !j! tag:yaml.org,2002:java.lang.\n---\nx: !j!ProcessBuilder [id]\n"), "x:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tags")
    void aTagInAValuesBlockIsAnErrorAtItsLine(String yaml, String marker) {
        String r = data("v", yaml);
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, marker), "YAML tags are not allowed");
    }

    @Test
    void aTagOnATableCellIsAnError() {
        String r = data("t", "columns: [a, b]\nrows:\n  x: [1, !!java.lang.Integer 2]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "x: [1"), "(found !!java.lang.Integer)");
    }

    @Test
    void aTagOnAKeyIsAnError() {
        String r = data("v", "!!java.lang.String a: 1\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: 1"), "YAML tags are not allowed");
    }

    @Test
    void aTagInAChecksBlockIsAnError() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- !!java.io.File /etc/passwd\n----\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "!!java.io.File"), "YAML tags are not allowed");
    }

    @Test
    void aTagInATemplateFileIsAnErrorInTheTemplate() {
        Sandbox s = new Sandbox(tmp);
        String template = "name: t\ntables:\n  tab:\n    columns: [a]\n    rows: [x]\n    unit: !!java.util.Date 2024-01-01\n";
        s.projectFile("templates/t.yaml", template);
        s.report("r.adoc", "= R\n:tally-template: ../../templates/t.yaml\n\n[data#tab]\n----\nrows:\n  x: [1]\n----\n");
        s.run().hostile("r.adoc")
                .has("ERROR", "templates/t.yaml", lineOf(template, "unit:"), "YAML tags are not allowed")
                .has("ERROR", "src/reports/r.adoc", 2, "has errors");
    }

    /** A class whose construction would be visible: a tag naming it must never load or build it. */
    @Test
    void aTagNamingAClassOnTheClasspathNeverLoadsIt() {
        System.clearProperty(Canary.PROPERTY);
        String r = data("v", "a: !!dev.tally.hostile.Canary {}\nb: !!dev.tally.hostile.Canary [1]\nc: !!dev.tally.hostile.Canary x\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: !!dev"), "YAML tags are not allowed");
        assertNull(System.getProperty(Canary.PROPERTY), "the tag's class was loaded or constructed");
    }

    /** The canary above would see a construction: SnakeYAML with every tag allowed builds it. */
    @Test
    void theCanaryWouldSeeAConstruction() {
        System.clearProperty(Canary.PROPERTY);
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setTagInspector(tag -> true);
        new org.yaml.snakeyaml.Yaml(options).load("!!dev.tally.hostile.Canary {}");
        org.junit.jupiter.api.Assertions.assertEquals("constructed", System.getProperty(Canary.PROPERTY));
        System.clearProperty(Canary.PROPERTY);
    }

    /** The classic SnakeYAML gadget: if constructed, it would fetch a class loader URL from this socket. */
    @Test
    void theScriptEngineManagerGadgetMakesNoConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String r = data("v", "a: 1\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + url + "\"]]]]\n");
            runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "x: !!javax"), "YAML tags are not allowed");
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket ignored = server.accept()) {
                    // a connection: the gadget ran
                }
            }, "the gadget connected to " + url);
        }
    }

    // ---------------------------------------------------------------- alias bombs

    /** The classic billion laughs: nine levels of nine aliases. */
    static String laughs(String indent, String leaf) {
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("l0: &l0 ").append(leaf).append('\n');
        for (int level = 1; level <= 9; level++) {
            sb.append(indent).append('l').append(level).append(": &l").append(level).append(" {");
            for (int k = 0; k < 9; k++) {
                sb.append(k == 0 ? "" : ", ").append('k').append(k).append(": *l").append(level - 1);
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    @Test
    void billionLaughsInAValuesBlockIsAnErrorAtTheBlock() {
        String r = data("bomb", laughs("", "{a: lol}"));
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[data#bomb]"), "alias");
    }

    @Test
    void billionLaughsInATablesRowsIsAnErrorAtTheBlock() {
        String r = data("bomb", "columns: [a]\nrows:\n" + laughs("  ", "{x: [1]}"));
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[data#bomb]"), "alias");
    }

    @Test
    void billionLaughsWithListsInCellsIsAnErrorAtTheBlock() {
        StringBuilder yaml = new StringBuilder("columns: [a]\nrows:\n  x: &c0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("  y").append(level).append(": &c").append(level).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*c").append(level - 1);
            }
            yaml.append("]\n");
        }
        String r = data("bomb", yaml.toString());
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[data#bomb]"), "alias");
    }

    /**
     * Within SnakeYAML's alias count (20) the expansion can still double ten times: a list of 2,000 numbers
     * becomes 2,048,000 nodes, over the node limit (reported where the count runs over).
     */
    @Test
    void anAliasDoublingWithinTheAliasLimitIsStoppedByTheNodeLimit() {
        StringBuilder yaml = new StringBuilder("b0: &b0 [");
        for (int i = 0; i < 2000; i++) {
            yaml.append(i == 0 ? "" : ",").append('1');
        }
        yaml.append("]\n");
        for (int level = 1; level <= 10; level++) {
            yaml.append('b').append(level).append(": &b").append(level).append(" {x: *b").append(level - 1)
                    .append(", y: *b").append(level - 1).append("}\n");
        }
        String r = data("bomb", yaml.toString());
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[data#bomb]") + 2, "");
    }

    /**
     * Chosen behaviour: an amplification that stays under every limit (20 aliases, a million nodes) is read and
     * checked, in bounded time: 100 rows doubled ten times are 102,400 rows.
     */
    @Test
    void anAliasAmplificationJustUnderTheLimitsIsReadAndChecked() {
        StringBuilder yaml = new StringBuilder("columns: [a]\nrows:\n  g0: &g0\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("    r").append(i).append(": [1]\n");
        }
        for (int level = 1; level <= 10; level++) {
            yaml.append("  g").append(level).append(": &g").append(level).append(" {x: *g").append(level - 1)
                    .append(", y: *g").append(level - 1).append("}\n");
        }
        yaml.append("checks:\n  - a = 1\n  - g10 = 102399\n");
        String r = data("amp", yaml.toString());
        runOne(r).only("r.adoc", "ERROR src/reports/r.adoc:" + lineOf(r, "g10 = 102399")
                + ": check failed in amp, column a: g10 = 102399: 102400 != 102399");
    }

    // ---------------------------------------------------------------- nesting 10,000 deep
    // SnakeYAML stops at the depth limit without a position: the error is at the block's [data#...] line, or at
    // the line where the limit is reached; either names the block.

    @Test
    void flowListsNestedTenThousandDeepAreAnError() {
        String r = data("v", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, lineOf(r, "a: [[[")}, "");
    }

    @Test
    void flowListsNestedTenThousandDeepInACellAreAnError() {
        String r = data("t", "columns: [a]\nrows:\n  x: " + "[".repeat(10_000) + "1" + "]".repeat(10_000) + "\n");
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, lineOf(r, "x: [[[")}, "");
    }

    @Test
    void blockListsNestedTenThousandDeepAreAnError() {
        String r = data("v", "a:\n  " + "- ".repeat(10_000) + "1\n");
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, lineOf(r, "- - -")}, "");
    }

    @Test
    void blockMappingsNestedByIndentationTwoThousandDeepAreAnError() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        yaml.append(" ".repeat(2_000)).append("k: 1\n");
        String r = data("v", yaml.toString());
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, 4 + 64, 5 + 64, 6 + 64}, "");
    }

    @Test
    void columnGroupsNestedTenThousandDeepAreAnError() {
        String r = data("t", "columns: " + "[{g: ".repeat(10_000) + "[a]" + "}]".repeat(10_000) + "\nrows:\n  x: [1]\n");
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, lineOf(r, "columns:")}, "");
    }

    // ---------------------------------------------------------------- blocks that are not mappings

    @Test
    void aDataBlockThatIsAScalarIsAnError() {
        String r = data("v", "42\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "42"), "must be a YAML mapping");
    }

    @Test
    void aDataBlockThatIsAListIsAnError() {
        String r = data("v", "- 1\n- 2\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "- 1"), "must be a YAML mapping");
    }

    @Test
    void aDataBlockThatIsAFlowListIsAnError() {
        String r = data("v", "[a, b]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[a, b]"), "must be a YAML mapping");
    }

    @Test
    void aDataBlockThatIsATildeIsAnError() {
        String r = data("v", "~\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "~"), "");
    }

    /** A block with nothing but a comment has no data: the same error as an empty block, not silence. */
    @Test
    void aDataBlockThatIsOnlyACommentIsAnError() {
        String r = data("v", "# the figures will come later\n") + "\n[checks]\n----\n- v.a = 1\n----\n";
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, 5}, "data block v");
    }

    /** A block with nothing but a document start marker has no data either. */
    @Test
    void aDataBlockThatIsOnlyADocumentMarkerIsAnError() {
        String r = data("v", "---\n") + "\n[checks]\n----\n- v.a = 1\n----\n";
        runOne(r).hasAtOneOf("ERROR", "src/reports/r.adoc", new int[] {3, 5}, "data block v");
    }

    @Test
    void aTableWhoseRowsAreAListIsAnError() {
        String r = data("t", "columns: [a]\nrows:\n  - [1]\n  - [2]\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "- [1]"), "has no rows");
    }

    @Test
    void aChecksBlockThatIsAMappingIsAnError() {
        String r = "= R\n\n[checks]\n----\na: 1 = 1\n----\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "a: 1 = 1"), "checks must be a YAML list");
    }

    @Test
    void aChecksBlockThatIsAScalarIsAnError() {
        String r = "= R\n\n[checks]\n----\n1 = 2\n----\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "1 = 2"), "checks must be a YAML list");
    }

    // ---------------------------------------------------------------- checks written as mappings

    @Test
    void aCheckMappingWithAnUnknownKeyIsAnErrorAtTheKey() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- check: v.a = 1\n  mesage: typo\n- {chek: v.a = 2}\n----\n";
        runOne(r)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "mesage: typo"), "unknown key mesage in a check")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "chek:"), "unknown key chek in a check")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "chek:"), "check mapping has no check: key");
    }

    @Test
    void aCheckMappingWhoseValuesAreNotTextIsAnError() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- check: {v.a: 1}\n- check: v.a = 1\n  severity: [error]\n- [v.a = 1]\n----\n";
        runOne(r)
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "check: {v.a: 1}"), "check mapping has no check: key")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "severity: [error]"), "severity must be")
                .has("ERROR", "src/reports/r.adoc", lineOf(r, "- [v.a = 1]"), "a check is a text or a mapping");
    }

    @Test
    void aCheckMappingWithUnknownKeysInATableIsAnError() {
        String r = data("t", "columns: [a, b]\nrows:\n  x: [1, 2]\nchecks:\n  - {check: a = b, when: always, severity: error}\n");
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "when: always"), "unknown key when in a check");
    }
}
