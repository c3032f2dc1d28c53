package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Block;
import dev.tally.model.CellKind;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Table;
import dev.tally.model.Values;
import dev.tally.run.Fixture;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportReaderTest {

    @TempDir
    Path project;

    private Path reports() {
        return Fixture.reports(project);
    }

    private ReportReader.Reading read(String text) {
        Path file = Fixture.report(project, "r.adoc", text);
        return new ReportReader(reports(), new Templates(project)).read(file);
    }

    private static List<String> codes(ReportReader.Reading r) {
        return Fixture.codes(r.diagnostics().list());
    }

    private static void clean(ReportReader.Reading r) {
        assertEquals(List.of(), r.diagnostics().list().stream().filter(Fixture::shown)
                .map(d -> d.code() + " " + d.message()).toList());
    }

    private static List<String> paths(List<Header.Node> nodes) {
        return nodes.stream().map(n -> n.path().dotted()).toList();
    }

    private static Diagnostic one(ReportReader.Reading r, String code) {
        List<Diagnostic> found = r.diagnostics().list().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + r.diagnostics().list());
        return found.get(0);
    }

    @Test
    void aValuesBlockWithNestedGroups() {
        ReportReader.Reading r = read("""
                = 报告

                [data#proactive]
                ----
                total: 170
                by_kind:
                  机构信息: 7
                  政策文件: 8
                  more:
                    deep: 0.5
                note: 全部为网上公开
                ----
                """);
        clean(r);
        Values v = assertInstanceOf(Values.class, r.report().block("proactive"));
        assertEquals(new BigDecimal("170"), ((Values.Number) v.find(KeyPath.of("total"))).value());
        assertEquals(7, ((Values.Number) v.find(KeyPath.of("by_kind", "机构信息"))).location().line());
        assertEquals(new BigDecimal("0.5"), ((Values.Number) v.find(KeyPath.of("by_kind", "more", "deep"))).value());
        assertInstanceOf(Values.Text.class, v.find(KeyPath.of("note")));
        Values.Group byKind = assertInstanceOf(Values.Group.class, v.find(KeyPath.of("by_kind")));
        assertEquals(0, new BigDecimal("15.5").compareTo(byKind.sum()));
        assertEquals(List.of("机构信息", "政策文件", "more"), List.copyOf(byKind.children().keySet()));
        assertEquals(3, v.location().line());
    }

    /**
     * Trial P, 1: a mistyped Tally attribute is a warning naming the one meant (else the checks against last year
     * would be skipped with only the note every first report gets); another unknown {@code :tally-…:} is named as
     * such; AsciiDoc's own attributes are left alone.
     */
    @Test
    void aMistypedOrUnknownTallyAttributeIsAWarning() {
        ReportReader.Reading r = read("= R\n:tally-previos: ../2023/r.adoc\n:taly-year: 2024\n:tally-colour: red\n"
                + ":toc: left\n:lang: zh\n\n[data#v]\n----\na: 1\n----\n");
        List<String> shown = r.diagnostics().list().stream().map(d -> d.location().line() + " " + d.message()).toList();
        assertEquals(List.of(
                "2 unknown attribute :tally-previos:, which Tally ignores; did you mean :tally-previous:?",
                "3 unknown attribute :taly-year:, which Tally ignores; did you mean :tally-year:?",
                "4 unknown attribute :tally-colour:, which Tally ignores (it reads :tally-template:, :tally-previous: "
                        + "and :tally-year:)"), shown);
    }

    @Test
    void aValueThatLooksLikeANumberButIsNotIsAnError() {
        ReportReader.Reading r = read("[data#v]\n----\na: 1,234\nb: 0x10\nc: [1, 2]\n----\n");
        Diagnostic grouped = r.diagnostics().list().get(0);
        assertEquals("value.not-number", grouped.code());
        assertEquals(3, grouped.location().line());
        assertTrue(grouped.message().contains("v.a") && grouped.message().contains("1,234"), grouped.message());
        assertEquals(List.of("value.not-number", "value.not-number", "value.list"), codes(r));
    }

    /** Trial V, 8: keys a reader cannot tell apart are not kept apart silently. */
    @Test
    void keysThatLookLikeOthersAreSaidToAtTheirLines() {
        ReportReader.Reading r = read("[data#v]\n----\ntotal: 1\nt\u043Etal: 2\na: 1\na\u200B: 2\n"
                + "\u00E9t\u00E9: 1\ne\u0301te\u0301: 2\n----\n\n[data#t]\n----\ncolumns: [x, ｘ]\nrows:\n"
                + "  r: [1, 2]\n----\n");
        List<String> shown = r.diagnostics().list().stream().filter(d -> d.code().startsWith("key."))
                .map(d -> d.location().line() + " " + d.severity() + " " + d.code()).toList();
        assertEquals(List.of("4 WARNING key.mixed-script", "6 ERROR key.invisible", "8 ERROR key.look-alike",
                "13 ERROR key.look-alike"), shown);
        assertTrue(r.diagnostics().list().get(1).message().startsWith("key a<U+200B> in v holds an invisible character"
                + " (U+200B)"), r.diagnostics().list().get(1).message());
        // Chinese keys, accents written alike and plain ASCII keys say nothing
        clean(read("[data#v]\n----\n总计: 1\n合计: 1\nétat: 1\nEtat: 2\n----\n"));
    }

    /** Trial V, 11: a label for a row that is not there, and a message that is no text, are said. */
    @Test
    void aLabelForNothingAndAMessageThatIsNoTextAreSaid() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a]\nrows:\n  r: [1]\nlabels: {r: Row, nosuch: X, a: A}\n"
                + "checks:\n  - check: r = 1\n    message: [x]\n----\n");
        List<String> shown = r.diagnostics().list().stream().filter(d -> !d.code().startsWith("report.no-title"))
                .map(d -> d.location().line() + " " + d.severity() + " " + d.message()).toList();
        assertEquals(List.of("6 WARNING table t: label for nosuch, which is neither a row nor a column",
                "9 ERROR message must be text"), shown.stream().sorted().toList());
    }

    @Test
    void anEmptyListOfColumnsIsSaidToBeEmpty() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: []\nrows:\n  a: []\n----\n");
        Diagnostic d = r.diagnostics().list().get(0);
        assertEquals("table.header-empty", d.code());
        assertEquals(3, d.location().line());
        assertEquals("columns is an empty list: a table needs one key at least", d.message());
    }

    @Test
    void aTableWithColumnGroupsAndRowGroups() {
        ReportReader.Reading r = read("""
                .收到和处理政府信息公开申请情况
                [data#applications]
                ----
                columns: [自然人, {法人或其他组织: [商业企业, {其他: [甲, 乙]}]}, 总计]
                unit: 件
                rows:
                  新收: [3, 1, 0, 0, 4]
                  办理结果:
                    予以公开: [2, 1, 0, 0, 3]
                    不予公开:
                      属于国家秘密: [1, 0, 0, 0, 1]
                    总计: [3, 1, 0, 0, 4]
                  结转下年度: [1, 0, 0, 0, 1]
                labels:
                  新收: 一、本年新收政府信息公开申请数量
                ----
                """);
        clean(r);
        Table t = assertInstanceOf(Table.class, r.report().block("applications"));
        assertEquals("收到和处理政府信息公开申请情况", t.title());
        assertEquals("件", t.unit());
        assertEquals(CellKind.NUMBER, t.cellKind());
        assertEquals(List.of("自然人", "法人或其他组织.商业企业", "法人或其他组织.其他.甲", "法人或其他组织.其他.乙", "总计"),
                paths(t.columns().leaves()));
        assertEquals(List.of("新收", "办理结果.予以公开", "办理结果.不予公开.属于国家秘密", "办理结果.总计", "结转下年度"),
                paths(t.rows().leaves()));
        assertEquals(List.of("新收", "办理结果", "结转下年度"), t.rows().roots().stream().map(Header.Node::key).toList());
        Header.Node row = t.rows().find(KeyPath.of("办理结果", "不予公开", "属于国家秘密"));
        Header.Node column = t.columns().find(KeyPath.of("总计"));
        assertEquals(new BigDecimal("1"), t.cell(row, column));
        assertEquals(11, t.cellLocations()[row.leafIndex()][column.leafIndex()].line());
        // a group stands for the sum of its leaves
        Header.Node group = t.rows().find(KeyPath.of("办理结果"));
        Header.Node legal = t.columns().find(KeyPath.of("法人或其他组织"));
        assertEquals(0, new BigDecimal("2").compareTo(t.sum(group, legal)));
        assertEquals("一、本年新收政府信息公开申请数量", t.label(t.rows().find(KeyPath.of("新收"))));
        assertEquals("结转下年度", t.label(t.rows().find(KeyPath.of("结转下年度"))));
    }

    @Test
    void aTextCellNamesTableRowColumnAndText() {
        ReportReader.Reading r = read("""
                [data#apps]
                ----
                columns: [自然人, {法人: [企业, 其他]}, 总计]
                rows:
                  新收: [3, 1, 无, 4]
                ----
                """);
        Diagnostic d = one(r, "table.cell-not-number");
        assertEquals(new Location(reports().resolve("r.adoc").toAbsolutePath().normalize(), 5), d.location());
        String m = d.message();
        assertTrue(m.contains("apps") && m.contains("新收") && m.contains("法人.其他") && m.contains("无"), m);
    }

    @Test
    void emptyAndNullCellsAreErrorsNotZero() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  x: [~, null, ""]
                ----
                """);
        assertEquals(List.of("table.cell-not-number", "table.cell-not-number", "table.cell-not-number"), codes(r));
        Table t = (Table) r.report().block("t");
        assertNull(t.cells()[0][0]);
    }

    @Test
    void aWrongCellCountNamesTheRow() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  ok: [1, 2, 3]
                  办理结果:
                    短: [1, 2]
                    长: [1, 2, 3, 4]
                ----
                """);
        List<Diagnostic> counts = r.diagnostics().list().stream()
                .filter(d -> d.code().equals("table.cell-count")).toList();
        assertEquals(2, counts.size(), () -> r.diagnostics().list().toString());
        assertTrue(counts.get(0).message().contains("办理结果.短"), counts.get(0).message());
        assertEquals(7, counts.get(0).location().line());
        assertTrue(counts.get(1).message().contains("办理结果.长"), counts.get(1).message());
        assertEquals(8, counts.get(1).location().line());
        // trial H, 3: which cell stands in which column is a guess, so none is read (no check on a shifted cell,
        // and the page shows the row as unreadable, not its cells under the wrong columns)
        Table t = (Table) r.report().block("t");
        for (String row : List.of("办理结果.短", "办理结果.长")) {
            Header.Node n = t.rows().find(KeyPath.of(row.split("\\.")));
            for (Header.Node c : t.columns().leaves()) {
                assertNull(t.cell(n, c), row + "@" + c.key());
            }
        }
        assertEquals(new BigDecimal("3"), t.cell(t.rows().find(KeyPath.of("ok")), t.columns().find(KeyPath.of("c"))));
    }

    /** A table whose row r1 (line 5) has a cell left empty between commas, and a second row (line 6). */
    private static String withEmptyCellBeside(String secondRow) {
        return "[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  r1: [1, , 3]\n  " + secondRow + "\n----\n";
    }

    /**
     * Trial H, 4 and trial I, 5: a cell left empty between commas, as pasted from a spreadsheet, names its row
     * and column, and the block's other problems are reported with it.
     */
    @Test
    void anEmptyCellBetweenCommasNamesItsRowAndColumnAndHidesNothing() {
        ReportReader.Reading r = read(withEmptyCellBeside("r2: [1, x, 3]"));
        List<Diagnostic> cells = r.diagnostics().list().stream()
                .filter(d -> d.code().equals("table.cell-not-number")).toList();
        assertEquals(2, cells.size(), () -> r.diagnostics().list().toString());
        assertEquals(5, cells.get(0).location().line());
        assertEquals("table t, row r1, column b: '' is not a number: the value is empty; write 0 if it is zero",
                cells.get(0).message());
        assertEquals(6, cells.get(1).location().line());
    }

    /**
     * Where the careful reader has the block (a YAML feature the fast one leaves to it), an empty cell is read the
     * same way: its row and column are named, and the block's other rows are read (trial AT, 9).
     */
    @Test
    void anEmptyCellInABlockTheCarefulReaderReadsNamesItsRowAndColumn() {
        ReportReader.Reading r = read(withEmptyCellBeside("r2: &x [1, 2, 3]"));
        assertEquals(List.of("table.cell-not-number"), codes(r));
        Diagnostic d = one(r, "table.cell-not-number");
        assertEquals(5, d.location().line());
        assertEquals("table t, row r1, column b: '' is not a number: the value is empty; write 0 if it is zero",
                d.message());
        Table t = (Table) r.report().block("t");
        assertEquals(new BigDecimal("2"), t.cell(t.rows().find(KeyPath.of("r2")), t.columns().find(KeyPath.of("b"))));
    }

    /**
     * Trial AT, 9: an empty cell beside an empty row (which only the careful reader reads) no longer makes the
     * whole table a YAML error: the empty cell names its row and column, and the empty row and a row one cell
     * short are reported in the same build.
     */
    @Test
    void anEmptyCellBesideAnEmptyRowHidesNothing() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r0:

                  g:
                    r1: [1, 2, ]
                    r2: [1, , 3]
                ----
                """);
        assertTrue(codes(r).stream().noneMatch(c -> c.startsWith("yaml.")), () -> codes(r).toString());
        Diagnostic empty = one(r, "table.cell-not-number");
        assertEquals(9, empty.location().line());
        assertTrue(empty.message().startsWith("table t, row g.r2, column b: '' is not a number"), empty.message());
        assertEquals(8, one(r, "table.cell-count").location().line());
        assertEquals(5, r.diagnostics().list().stream().filter(d -> d.message().contains("r0")).findFirst()
                .orElseThrow().location().line());
    }

    /** An empty cell and another YAML mistake in one block: both are said, each at its line. */
    @Test
    void anEmptyCellAndAnotherYamlMistakeAreBothSaid() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r0:
                  r1: [1, , 3]
                  r2: "x" y
                ----
                """);
        assertEquals(6, one(r, "yaml.empty-cell").location().line());
        assertEquals(7, one(r, "yaml.quoted-start").location().line());
    }

    /** Trial H, 12: an empty group is named as such, not as a malformed item. */
    @Test
    void anEmptyColumnGroupIsNamed() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [{法人: []}, 总计]
                rows:
                  r: [1]
                ----
                """);
        assertEquals("group 法人 in columns has nothing under it (an empty list): give it its columns, or write it as a"
                + " single one", one(r, "table.header-empty-group").message());
    }

    /** Trial H, 5: a quoted "1,234" is one cell; it is not a number, and it is not read as two. */
    @Test
    void aQuotedNumberWithSeparatorsIsNotTakenForSeparateCells() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r: ["1,234", 5, 1239]
                  s: [1, 2, 3]
                ----
                """);
        assertEquals(List.of("table.cell-not-number"), codes(r));
    }

    @Test
    void aThousandsSeparatorInARowIsWarnedWhereTheTablesListsAreSpaced() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [Domestic, International]
                rows:
                  Received: [1, 1500]
                  Shipped: [1,234]
                ----
                """);
        List<Diagnostic> warned = r.diagnostics().list().stream().filter(Fixture::shown).toList();
        assertEquals(1, warned.size(), warned::toString);
        assertEquals(6, warned.get(0).location().line());
        assertEquals("table t, row Shipped: 1,234 is read as separate cells, as YAML reads a comma in a list; if it is "
                + "one number, write 1234 (the table's other lists put a space after each comma)", warned.get(0).message());
        // a table written without spaces throughout is taken as written
        ReportReader.Reading compact = read("""
                [data#t]
                ----
                columns: [a, b, c]
                rows:
                  r: [120,305,425]
                ----
                """);
        assertEquals(List.of(), compact.diagnostics().list().stream().filter(Fixture::shown).toList());
    }

    /**
     * Trial P, 4: in a table of one column (the national form's licensing, enforcement and fees tables), a comma
     * between digits is a thousands separator though no other list is spaced; and every one of a row is named.
     */
    @Test
    void aThousandsSeparatorInAOneColumnTableAndEachOfARowAreWarned() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [本年]
                rows:
                  行政许可: [1,389]
                  行政处罚: [27]
                ----

                [data#w]
                ----
                columns: [a, b, c, d]
                rows:
                  x: [1,068, 8, 1,083]
                  y: [1, 2, 3, 4]
                ----
                """);
        List<String> warned = r.diagnostics().list().stream().filter(d -> d.code().startsWith("table.thousands"))
                .map(d -> d.location().line() + " " + d.message()).toList();
        assertEquals(List.of(
                "5 table t, row 行政许可: 1,389 is read as separate cells, as YAML reads a comma in a list; if it is one "
                        + "number, write 1389 (the table has one column)",
                "13 table w, row x: 1,068 is read as separate cells, as YAML reads a comma in a list; if it is one "
                        + "number, write 1068 (the table's other lists put a space after each comma)",
                "13 table w, row x: 1,083 is read as separate cells, as YAML reads a comma in a list; if it is one "
                        + "number, write 1083 (the table's other lists put a space after each comma)"), warned);
        // the 068 the separator split off is not also blamed as octal in the column it fell into; the row's cell
        // count is the error
        List<String> errors = r.diagnostics().list().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().line() + " " + d.code()).toList();
        assertEquals(List.of("5 table.cell-count", "13 table.cell-count"), errors);
        // an octal cell that no separator explains still is one
        ReportReader.Reading octal = read("[data#w]\n----\ncolumns: [a, b]\nrows:\n  x: [1, 068, 3]\n  y: [1, 2]\n----\n");
        assertTrue(octal.diagnostics().list().stream().anyMatch(d -> d.message().contains("'068' is not a number")),
                octal.diagnostics().list()::toString);
    }

    /**
     * Trial AE, 5: a row in full-width brackets (a Chinese input method's 【】) is one error that says how to write it,
     * and no missing row; tabs inside brackets are named as tabs.
     */
    @Test
    void aRowInFullWidthBracketsOrWithTabsInsideBracketsIsToldHowToWriteIt() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  x: 【1, 2, 3】\n  y: [1\t2\t3]\n----\n");
        List<String> errors = r.diagnostics().list().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().line() + " " + d.message()).toList();
        assertEquals("5 table t, row x: its cells are in full-width brackets 【】, which YAML does not read as a list: "
                + "write [ ] with ASCII commas, [1, 2, 3]", errors.get(0));
        assertTrue(errors.stream().noneMatch(e -> e.contains("missing row")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("6 ") && e.contains("separated by tabs, as pasted from a "
                + "spreadsheet: separate them with commas")), errors::toString);
    }

    /**
     * Trial AG, 2: an empty cell and a dash cell in one table are each said at their row and column, with the
     * block's other problems; a dash is told to be written 0 if it is zero, and is text in a values block.
     */
    @Test
    void anEmptyCellAndADashCellAreEachSaidWithTheBlocksOtherProblems() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  x: [10, , 30]\n  y: [5, -, 5]\n"
                + "  z: [-1, 1, 0]\ncells: count\n----\n\n[data#v]\n----\nnote: \"-\"\n----\n");
        List<String> errors = r.diagnostics().list().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().line() + " " + d.message()).toList();
        assertEquals(List.of("5 table t, row x, column b: '' is not a number: the value is empty; write 0 if it is zero",
                "6 table t, row y, column b: '-' is not a number: it is a dash, as published tables mark nil; write 0 if "
                        + "it is zero",
                "7 table t, row z, column a: -1 is not a valid count cell (a count is a whole number, 0 or more)"), errors);
    }

    /** Trial AE, 5: a full-width colon or space typed with a Chinese input method is named, at its line. */
    @Test
    void aFullWidthColonOrSpaceInTheYamlIsNamedAtItsLine() {
        for (String[] c : new String[][] {
            {"  x：[1, 2]\n  y: [3, 4]\n", "5", "a full-width colon ： after the key"},
            {"  x: [1, 2]\u3000\n  y: [3, 4]\n", "5", "a full-width space (U+3000)"},
            {"  g:\n    x: [1, 2]\n  \u3000y: [3, 4]\n", "7", "a full-width space (U+3000)"}}) {
            ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a, b]\nrows:\n" + c[0] + "----\n");
            List<String> errors = r.diagnostics().list().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> d.location().line() + " " + d.message()).toList();
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(c[1] + " ") && e.contains(c[2])), c[0] + ": " + errors);
        }
        // the only row written with it: the rows are one text to YAML, and no syntax error
        ReportReader.Reading one = read("[data#t]\n----\ncolumns: [a, b]\nrows:\n  x：[1, 2]\n----\n");
        assertEquals(List.of("5 YAML syntax error: a full-width colon ： after the key, which YAML does not read as a "
                + "colon; write key: value with an ASCII colon and a space"), one.diagnostics().list().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(d -> d.location().line() + " " + d.message()).toList());
        // a values block of one line so written is one text too: said the same (trial AS, 12)
        ReportReader.Reading values = read("[data#v]\n----\n合计：5\n----\n");
        assertEquals(List.of("3 YAML syntax error: a full-width colon ： after the key, which YAML does not read as a "
                + "colon; write key: value with an ASCII colon and a space"), values.diagnostics().list().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(d -> d.location().line() + " " + d.message()).toList());
        // where YAML reads it as a key (at the start of a line), the key is said to hold it
        ReportReader.Reading r = read("[data#v]\n----\na: 1\n\u3000b: 2\n----\n");
        assertTrue(r.diagnostics().list().stream().anyMatch(d -> d.location().line() == 4 && d.message().equals(
                "key b in v starts or ends with a full-width space (U+3000), which YAML keeps as part of the key: indent "
                        + "with ASCII spaces")), () -> r.diagnostics().list().toString());
    }

    /** Trial R, 7: a row pasted from a spreadsheet is one error that says how to write it, and no missing row. */
    @Test
    void aRowOfTabSeparatedCellsIsToldToBeAList() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  x: 1\t2\t3\n  y: [1, 2, 3]\n----\n");
        List<String> errors = r.diagnostics().list().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().line() + " " + d.message()).toList();
        assertEquals(List.of("5 table t, row x: 3 cells separated by tabs or spaces, which YAML reads as one text (pasted from"
                + " a spreadsheet?); write them as a list: [1, 2, 3]"), errors);
        Table t = (Table) r.report().blocks().get("t");
        assertNotNull(t == null ? null : t.rows().find(KeyPath.of("x")), "the row is there, its cells unreadable");
    }

    /**
     * Trial AO, 6: a table copied from a web page, its cells between | marks, is told how to write it: the whole block
     * at its first row of numbers, rewritten; a row of it under rows: as a row, not as a row missing too.
     */
    @Test
    void aTableCopiedWithPipesIsToldHowToWriteIt() {
        ReportReader.Reading r = read("[data#t]\n----\n信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | 0 | 3 |\n----\n");
        assertEquals(List.of("4 data block t holds cells between | marks (规章 | 0 | 3 |), as a table copied from a web "
                + "page: write rows: and each row as a list, 规章: [0, 3]"), r.diagnostics().list().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(d -> d.location().line() + " " + d.message()).toList());
        r = read("[data#t]\n----\ncolumns: [a, b, c]\nrows:\n  x: 0 | 2 | 2 |\n  y: [1, 2, 3]\n----\n");
        assertEquals(List.of("5 table t, row x: 3 cells between | marks, which YAML reads as one text (copied from a web "
                + "page?); write them as a list: [0, 2, 2]"), r.diagnostics().list().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(d -> d.location().line() + " " + d.message()).toList());
    }

    @Test
    void aCellCountIsWrittenInTheReadersGrammar() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b]
                rows:
                  one: [1]
                ----
                """);
        Diagnostic d = r.diagnostics().list().get(0);
        assertEquals("table t, row one has 1 cell, but the table has 2 columns", d.message(java.util.Locale.ENGLISH));
        assertEquals("表格 t 的 one 行有 1 个单元格，但表格有 2 列", d.message(java.util.Locale.CHINESE));
    }

    @Test
    void countCellsRejectNegativeAndFractions() {
        ReportReader.Reading r = read("""
                [data#t]
                ----
                columns: [a, b, c]
                cells: count
                rows:
                  r: [-1, 1.5, 2.0]
                ----
                """);
        List<Diagnostic> kinds = r.diagnostics().list().stream()
                .filter(d -> d.code().equals("table.cell-kind")).toList();
        assertEquals(2, kinds.size(), () -> r.diagnostics().list().toString());
        assertTrue(kinds.get(0).message().contains("column a") && kinds.get(0).message().contains("-1"),
                kinds.get(0).message());
        assertTrue(kinds.get(1).message().contains("column b") && kinds.get(1).message().contains("1.5"),
                kinds.get(1).message());
        assertTrue(kinds.get(0).message().contains("row r"), kinds.get(0).message());
        assertEquals(CellKind.COUNT, ((Table) r.report().block("t")).cellKind());
    }

    @Test
    void amountCellsRejectNegatives() {
        ReportReader.Reading r = read("""
                [data#fees]
                ----
                columns: [本年收费金额]
                cells: amount
                rows:
                  行政事业性收费: [-0.01]
                  其他: [1.35]
                  零: [0]
                ----
                """);
        Diagnostic d = one(r, "table.cell-kind");
        assertTrue(d.message().contains("-0.01") && d.message().contains("行政事业性收费"), d.message());
        assertEquals(1, codes(r).size(), () -> codes(r).toString());
    }

    @Test
    void anUnknownCellKindIsAnError() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a]\ncells: integer\nrows:\n  r: [1]\n----\n");
        assertEquals(List.of("table.bad-cell-kind"), codes(r));
    }

    @Test
    void aTableMayNameItsCornerAndAHeadingOverItsColumnsAsText() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a]\ncorner: 项目\ncolumns-title: 申请人\n"
                + "rows:\n  r: [1]\n----\n");
        assertEquals(List.of(), codes(r));
        Table t = (Table) r.report().block("t");
        assertEquals("项目", t.corner());
        assertEquals("申请人", t.columnsTitle());
        ReportReader.Reading bad = read("[data#t]\n----\ncolumns: [a]\ncorner: [a, b]\nunit: {x: 1}\n"
                + "rows:\n  r: [1]\n----\n");
        assertEquals(List.of("table.bad-text", "table.bad-text"), codes(bad));
        assertEquals(List.of("4 t corner", "5 t unit"), bad.diagnostics().list().stream().filter(Fixture::shown)
                .map(d -> d.location().line() + " " + String.join(" ", d.args())).sorted().toList());
    }

    @Test
    void anUnknownTableKeyIsAnError() {
        ReportReader.Reading r = read("[data#t]\n----\ncolumns: [a]\nrows:\n  r: [1]\nlabel:\n  r: R\n----\n");
        assertEquals(List.of("table.unknown-key"), codes(r));
        assertEquals(6, r.diagnostics().list().get(0).location().line());
    }

    /** Trial J, 5: an attribute in the title stands for its value, as the page shows it (index, tab, checks). */
    @Test
    void anAttributeInTheTitleStandsForItsValue() {
        ReportReader.Reading r = read("""
                = {org-name} Report {missing}
                :org-name: Probe Trust

                Text.
                """);
        assertEquals("Probe Trust Report {missing}", r.report().title());
        // the marks of bold and italic are not shown either (trial AS, 8)
        r = read("""
                = 青山镇 *2024年* 报告 _{org}_
                :org: （政务公开办）

                Text.
                """);
        assertEquals("青山镇 2024年 报告 （政务公开办）", r.report().title());
    }

    @Test
    void duplicateBlockIdsAreAnError() {
        ReportReader.Reading r = read("""
                [data#v]
                ----
                a: 1
                ----

                [data#v]
                ----
                a: 2
                ----
                """);
        Diagnostic d = one(r, "read.duplicate-id");
        assertEquals(6, d.location().line());
        assertTrue(d.message().contains("line 1"), d.message());
        assertEquals(new BigDecimal("1"), ((Values.Number) ((Values) r.report().block("v")).find(KeyPath.of("a"))).value());
    }

    /** Trial I, 6: a block whose YAML is broken still holds its id; a second block of that id is named. */
    @Test
    void aDuplicateIdIsNamedAlsoWhenTheFirstBlockCannotBeRead() {
        ReportReader.Reading r = read("""
                [data#v]
                ----
                a: 1
                a: 2
                ----

                [data#v]
                ----
                a: 3
                ----
                """);
        one(r, "yaml.duplicate-key");
        Diagnostic d = one(r, "read.duplicate-id");
        assertEquals(7, d.location().line());
        assertTrue(d.message().contains("line 1"), d.message());
    }

    @Test
    void aDuplicateIdInAnIncludedFileNamesTheFileOfTheFirst() {
        Path part = Fixture.report(project, "parts/_dup.adoc", "[data#v]\n----\na: 2\n----\n");
        ReportReader.Reading r = read("= R\n\n[data#v]\n----\na: 1\n----\n\ninclude::parts/_dup.adoc[]\n");
        Diagnostic d = one(r, "read.duplicate-id-elsewhere");
        assertEquals(part.toAbsolutePath().normalize(), d.location().file());
        assertTrue(d.message().contains("../r.adoc:3"), d.message());
    }

    @Test
    void aFileIncludedTwiceIsNamedAsTheCauseOfTheDuplicateId() {
        Fixture.report(project, "parts/_p.adoc", "[data#p]\n----\na: 2\n----\n");
        ReportReader.Reading r = read("= R\n\ninclude::parts/_p.adoc[]\n\ntext\n\ninclude::parts/_p.adoc[]\n");
        Diagnostic d = one(r, "read.duplicate-id-included-twice");
        assertEquals("duplicate block id p: _p.adoc is included more than once", d.message());
        assertEquals(7, d.location().line()); // at the second include, the line to remove
    }

    /**
     * Trial AB, 5: another element of the page with a data block's id is an error, as a second data block of that
     * id is, whichever way the id is written and whichever comes first; said at that element, naming the block.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "[[dup]]\nA paragraph.",
            "[[dup,the paragraph]]\nA paragraph.",
            "[#dup]\nA paragraph.",
            "[id=dup]\nA paragraph.",
            "[quote#dup.lead]\nA quote.",
            "Text with an anchor:dup[] in it.",
            "Text with an [[dup]]inline anchor.",
            "Text with [#dup]#a phrase# marked.",
            "[#dup]\n== A section",
            "== A section [[dup]]",
            "[[dup]]\n* a list item",
            "[source#dup]\n----\nint x;\n----",
            "|===\n| a cell with anchor:dup[] | b\n|==="})
    void anotherElementWithADataBlocksIdIsAnError(String element) {
        String block = "[data#dup]\n----\na: 1\n----\n";
        for (boolean before : new boolean[] {true, false}) {
            String text = "= R\n\n" + (before ? element + "\n\n" + block : block + "\n" + element + "\n");
            ReportReader.Reading r = read(text);
            Diagnostic d = one(r, "read.id-of-data-block");
            assertEquals(Severity.ERROR, d.severity());
            int blockLine = before ? 3 + (int) element.lines().count() + 1 : 3;
            int elementLine = (before ? 3 : 8) + (element.startsWith("|===") ? 1 : 0);
            assertEquals(elementLine, d.location().line(), text);
            assertEquals("id dup is also the id of data block dup (line " + blockLine + "): an id is unique within one"
                    + " report, and a link to dup would not say which it means", d.message());
            assertEquals(1, r.report().blocks().size(), "the block is read as ever");
        }
    }

    /** Trial AB, 5: an anchor in a partial that takes the report's data block's id is named with the report's line. */
    @Test
    void anAnchorInAPartialWithADataBlocksIdNamesTheBlocksFile() {
        Path part = Fixture.report(project, "parts/_notes.adoc", "Notes.\n\n[[fees]]\nFees are listed below.\n");
        ReportReader.Reading r = read("= R\n\ninclude::parts/_notes.adoc[]\n\ninclude::parts/_notes.adoc[]\n\n"
                + "[data#fees]\n----\na: 1\n----\n");
        Diagnostic d = one(r, "read.id-of-data-block-elsewhere"); // once, though the partial is included twice
        assertEquals(part.toAbsolutePath().normalize(), d.location().file());
        assertEquals(3, d.location().line());
        assertTrue(d.message().startsWith("id fees is also the id of data block fees (../r.adoc:7)"), d.message());
    }

    /** Trial AC, 1: two data blocks' ids taken on one line are two errors, both at that line, in one build. */
    @Test
    void twoIdsOfDataBlocksOnOneLineAreEachSaid() {
        ReportReader.Reading r = read("= R\n\nanchor:fees[] the fees and [#fees]#the fee phrase#, also anchor:staff[].\n\n"
                + "[data#fees]\n----\ntotal: 3\n----\n\n[data#staff]\n----\ntotal: 5\n----\n");
        List<String> said = r.diagnostics().list().stream().filter(d -> d.code().equals("read.id-of-data-block"))
                .map(d -> d.location().line() + " " + d.args().get(0)).toList();
        assertEquals(List.of("3 fees", "3 staff"), said);
    }

    /**
     * Trial AB, 5: no false alarm: a section's own id (_staffing, made of its title) beside a table named after it,
     * the block's own anchor, ids used once, and anchors the page does not make (escaped, in a passthrough, in a
     * listing or a comment).
     */
    @Test
    void idsUsedOnceAndAsciidoctorsSectionIdsAreNoCollision() {
        ReportReader.Reading r = read("""
                = R

                == Staffing

                [[staffing]]
                [data]
                ----
                columns: [n]
                rows:
                  doctors: [3]
                ----

                [#meta]
                [data]
                ----
                beds: 10
                ----

                [[notes]]
                See <<staffing>> and <<meta>>; \\[[staffing]] and +[[meta]]+ and pass:[anchor:meta[]] are text.
                A [#staffing] note and [#meta]#x are no phrases.

                ----
                [[staffing]]
                ----

                [comment#meta]
                --
                [[staffing]]
                --

                // [[meta]]

                [#_staffing]
                == Other
                """);
        assertEquals(List.of(), codes(r).stream().filter(c -> c.startsWith("read.id-of")).toList(),
                () -> r.diagnostics().list().toString());
        assertEquals(2, r.report().blocks().size());
    }

    @Test
    void aBlockNamedPreviousIsWarnedAboutAsReserved() {
        ReportReader.Reading r = read("= R\n\n[data#previous]\n----\na: 1\n----\n");
        Diagnostic d = one(r, "read.id-reserved");
        assertTrue(d.message().contains("reserved (previous. names the previous report)"), d.message());
    }

    @Test
    void dataInAnIncludedFileKeepsItsOwnLocation() {
        Path part = Fixture.report(project, "_data.adoc", "[data#v]\n----\na: 1\nb: [1\n----\n");
        ReportReader.Reading r = read("= R\n\ninclude::_data.adoc[]\n");
        Diagnostic d = one(r, "yaml.syntax");
        assertEquals(part.toAbsolutePath().normalize(), d.location().file());
        assertTrue(d.location().line() >= 3 && d.location().line() <= 5, d.location().toString());
    }

    /**
     * Trial Y, 12: a line that looks like an attribute entry but is a listing's line, or the next line of a
     * paragraph or a list item, sets nothing (Asciidoctor shows it as text), so ifdef regions on it are left out;
     * in the header, after the author line, an entry is one.
     */
    @Test
    void anEntryAsciidoctorTakesForTextSetsNothing() {
        ReportReader.Reading r = read("""
                = R
                Jane Doe
                :inheader: yes

                ----
                :draft: yes
                ----

                ifdef::draft[]
                草稿：共tally:v.a[9]件。
                endif::[]

                本段第一行
                :note: yes

                ifdef::note[]
                注：共tally:v.a[8]件。
                endif::[]

                * 条目
                :inlist: yes

                ifdef::inlist[]
                列表后：共tally:v.a[7]件。
                endif::[]

                :set: yes

                ifdef::set[]
                共tally:v.a[1]件。
                endif::[]
                ifdef::inheader[]
                共tally:v.a[2]件。
                endif::[]

                [data#v]
                ----
                a: 1
                ----
                """);
        assertEquals(List.of("tally:v.a[1]", "tally:v.a[2]"),
                r.report().figures().stream().map(dev.tally.model.Figure::asWritten).toList());
        assertEquals(null, r.report().attribute("note"));
        assertEquals(null, r.report().attribute("inlist"));
        assertEquals("yes", r.report().attribute("set").value());
    }

    /**
     * Trial Y, 10: a block title's figure is checked where the page shows the title: the caption of a data table, a
     * values block's title in the page's list of its data (trial AG, 1); not over a checks block, a comment or a
     * section, which the page shows no title of.
     */
    @Test
    void aTitlesFigureIsCheckedWhereThePageShowsTheTitle() {
        ReportReader.Reading r = read("""
                = R

                .Caption of tally:t.total@a[3]
                [data#t]
                ----
                columns: [a]
                rows:
                  x: [1]
                  total: [1]
                ----

                .Values tally:v.a[8]
                [data#v]
                ----
                a: 1
                ----

                .Checks tally:v.a[9]
                [checks]
                ----
                - v.a = 1
                ----

                .Comment tally:v.a[7]
                [comment]
                共tally:v.a[6]条。

                .Section tally:v.a[5]
                == One

                .Paragraph tally:v.a[4]
                共tally:v.a[1]条。
                """);
        assertEquals(List.of("tally:t.total@a[3]", "tally:v.a[8]", "tally:v.a[4]", "tally:v.a[1]"),
                r.report().figures().stream().map(dev.tally.model.Figure::asWritten).toList());
    }

    @Test
    void documentChecksAndFiguresAreRead() {
        ReportReader.Reading r = read("""
                = R

                共tally:v.a[1]条。

                [data#v]
                ----
                a: 1
                ----

                [checks]
                ----
                - v.a = 1
                - check: v.a > 0
                  severity: warning
                  message: 应为正数
                ----
                """);
        clean(r);
        assertEquals("R", r.report().title());
        assertEquals(2, r.report().checks().size());
        assertEquals(12, r.report().checks().get(0).location().line());
        assertEquals(dev.tally.diagnostic.Severity.WARNING, r.report().checks().get(1).severity());
        assertEquals("应为正数", r.report().checks().get(1).message());
        assertEquals(1, r.report().figures().size());
        assertEquals("tally:v.a[1]", r.report().figures().get(0).asWritten());
    }

    @Test
    void aBadSeverityIsAnError() {
        ReportReader.Reading r = read("[checks]\n----\n- check: a = 1\n  severity: fatal\n----\n");
        assertEquals(List.of("check.bad-severity"), codes(r));
        // a list is said to be one, not "null" (trial AN, 8)
        r = read("[checks]\n----\n- check: a = 1\n  severity: [warning]\n----\n");
        assertEquals("severity must be error, warning or note (or warn, info), not a list",
                r.diagnostics().list().get(0).message());
    }

    @Test
    void anEmptyFileIsAWarning() {
        ReportReader.Reading r = read("");
        assertEquals(List.of("read.empty"), codes(r));
        assertNotNull(r.report());
        assertEquals("r", r.report().title());
    }

    @Test
    void anEmptyDataBlockIsAnError() {
        ReportReader.Reading r = read("[data#v]\n----\n----\n");
        assertEquals(List.of("read.empty-block"), codes(r));
    }

    @Test
    void aDataBlockThatIsNotAMappingIsAnError() {
        ReportReader.Reading r = read("[data#v]\n----\n- 1\n- 2\n----\n");
        assertEquals(List.of("read.block-not-mapping"), codes(r));
    }

    /**
     * Trial AI, 2: a report titled as the national annual report of 2019 on that names no template is warned of, with
     * the built-in template of its year; an earlier year's, or another title, says nothing.
     */
    @Test
    void aNationalReportWithoutATemplateIsToldWhichToName() {
        Diagnostic d = one(read("= 大峪镇2023年政府信息公开工作年度报告\n\n正文。\n"), "report.national-without-template");
        assertEquals(1, d.location().line());
        assertTrue(d.message().endsWith("add :tally-template: gov-info-disclosure-2021 (or name your own template)"),
                d.message());
        assertEquals(List.of("gov-info-disclosure-2019"), one(read("= 某县2020年度政府信息公开工作年度报告\n"),
                "report.national-without-template").args());
        assertEquals(List.of(), codes(read("= 某区2014年政府信息公开工作年度报告\n")));
        assertEquals(List.of(), codes(read("= 2023年工作总结\n")));
        assertEquals(List.of(), codes(read(TEMPLATE_HEAD.replace("= R", "= 某镇2023年政府信息公开工作年度报告")
                + "== 一、总体情况\n")).stream().filter(c -> c.equals("report.national-without-template")).toList());
    }

    // ---- with the built-in template

    private static final String TEMPLATE_HEAD = "= R\n:tally-template: gov-info-disclosure-2021\n\n";

    @Test
    void aRowsOnlyTableGetsTheTemplatesColumnsAndLabels() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                rows:
                  规章: [0, 0, 0]
                  行政规范性文件: [2, 1, 6]
                ----

                [data#fees]
                ----
                rows:
                  行政事业性收费: [1.35]
                ----
                """);
        clean(r);
        assertNotNull(r.template());
        Table t = assertInstanceOf(Table.class, r.report().block("regulations"));
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), paths(t.columns().leaves()));
        assertEquals(CellKind.COUNT, t.cellKind());
        assertEquals("件", t.unit());
        assertEquals("第二十条第（一）项", t.title());
        assertEquals(new BigDecimal("6"), t.cell(t.rows().find(KeyPath.of("行政规范性文件")),
                t.columns().find(KeyPath.of("现行有效件数"))));
        assertEquals(7, t.rows().find(KeyPath.of("规章")).location().line());
        Table fees = (Table) r.report().block("fees");
        assertEquals("本年收费金额（单位：万元）", fees.label(fees.columns().leaves().get(0)));
        assertEquals(CellKind.AMOUNT, fees.cellKind());
        assertEquals("万元", fees.unit());
    }

    /**
     * Trial AT, 8: a row written with nothing after its colon is there, not missing: one error at its own line says
     * it has no figures and shows what to write, one 0 for each of the template's columns.
     */
    @Test
    void anEmptyRowIsSaidAtItsLineWithWhatToWrite() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                rows:
                  规章:
                  行政规范性文件: [2, 1, 6]
                ----
                """);
        assertEquals(List.of("table.row-empty"), codes(r));
        Diagnostic d = one(r, "table.row-empty");
        assertEquals(7, d.location().line());
        assertEquals("table regulations, row 规章 has no figures: write a number for each of its 3 columns, for"
                + " example 规章: [0, 0, 0]", d.message());
        assertEquals("表格 regulations 的 规章 行没有填写数字：请为其 3 列各写一个数字，例如 规章: [0, 0, 0]",
                d.message(java.util.Locale.forLanguageTag("zh")));
        Table t = (Table) r.report().block("regulations");
        assertNull(t.cell(t.rows().find(KeyPath.of("规章")), t.columns().leaves().get(0)));
        // a group the template has left empty is not a row: said as before, with no example of a row
        ReportReader.Reading group = read(TEMPLATE_HEAD + "[data#applications]\n----\nrows:\n  办理结果:\n----\n");
        assertTrue(codes(group).contains("table.row-without-cells") && !codes(group).contains("table.row-empty"),
                () -> codes(group).toString());
    }

    /**
     * Trial AT, 7: a row or column key a character away from one the template has, beside it, is one error at the
     * typo that names the key meant, not that one as missing as well.
     */
    @Test
    void aMisspeltRowOrColumnKeyIsOneErrorAtTheTypoWithTheKeyMeant() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                columns: [本年制发件数, 本年废止件数, 现行有效件]
                rows:
                  规章: [0, 0, 0]
                  行政规范性文件: [2, 1, 6]
                ----
                """);
        assertEquals(List.of("template.extra-column-meant"), codes(r));
        assertEquals("table regulations: column 现行有效件 is not in the template: did you mean 现行有效件数?",
                one(r, "template.extra-column-meant").message());
        ReportReader.Reading rows = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                rows:
                  规张: [0, 0, 0]
                  行政规范性文件: [2, 1, 6]
                ----
                """);
        assertEquals(List.of("template.extra-row-meant"), codes(rows));
        Diagnostic d = one(rows, "template.extra-row-meant");
        assertEquals(7, d.location().line());
        assertEquals("表格 regulations：模板中没有行 规张，是否应为 规章？", d.message(java.util.Locale.forLanguageTag("zh")));
        // a key two characters from a short one is another row: extra, and the row the template has missing
        ReportReader.Reading far = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                rows:
                  规章制度: [0, 0, 0]
                  行政规范性文件: [2, 1, 6]
                ----
                """);
        assertEquals(List.of("template.missing-row", "template.extra-row"), codes(far));
    }

    /**
     * Trial AT, 14: a cell written with its unit in a table whose unit the template gives is told to drop it, not to
     * write a unit: (which would change the template's); in a unit other than the template's, to write the figure
     * in the template's unit.
     */
    @Test
    void aCellWithItsUnitInATemplatesTableIsToldTheTemplateGivesTheUnit() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#enforcement]
                ----
                rows:
                  行政处罚: [18件]
                  行政强制: [2]
                ----

                [data#fees]
                ----
                rows:
                  行政事业性收费: [1500元]
                ----
                """);
        assertEquals(List.of("table.cell-unit-template", "table.cell-unit-other"), codes(r));
        java.util.Locale zh = java.util.Locale.forLanguageTag("zh");
        assertEquals("表格 enforcement 的 行政处罚 行、本年处理决定数量 列：'18件' 不是数字：只写数字 18；单位“件”已由模板给出",
                one(r, "table.cell-unit-template").message(zh));
        assertEquals(7, one(r, "table.cell-unit-template").location().line());
        assertEquals("table fees, row 行政事业性收费, column 本年收费金额: '1500元' is not a number: write the number alone,"
                + " in 万元, the unit the template gives the table", one(r, "table.cell-unit-other").message());
        // a table of the report's own still has its unit written in unit:
        ReportReader.Reading own = read("[data#t]\n----\ncolumns: [n]\nrows:\n  x: [3件]\n----\n");
        assertTrue(one(own, "table.cell-not-number").message().contains("a table's unit goes in its unit:"),
                () -> codes(own).toString());
    }

    @Test
    void columnsTheReportWritesInAnotherOrderAreReadInItsOrder() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                columns: [现行有效件数, 本年制发件数, 本年废止件数]
                rows:
                  规章: [0, 0, 0]
                  行政规范性文件: [12, 3, 1]
                ----
                """);
        assertEquals(List.of("template.columns-reordered"), codes(r));
        Table t = (Table) r.report().block("regulations");
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), paths(t.columns().leaves()));
        Header.Node row = t.rows().find(KeyPath.of("行政规范性文件"));
        assertEquals(new BigDecimal("12"), t.cell(row, t.columns().find(KeyPath.of("现行有效件数"))));
        assertEquals(new BigDecimal("3"), t.cell(row, t.columns().find(KeyPath.of("本年制发件数"))));
        assertEquals(new BigDecimal("1"), t.cell(row, t.columns().find(KeyPath.of("本年废止件数"))));
        // each cell keeps the line it was written at
        assertEquals(9, t.cellLocations()[row.leafIndex()][t.columns().find(KeyPath.of("本年废止件数")).leafIndex()]
                .line());
    }

    @Test
    void aColumnTheReportLacksIsNamedAndItsCellsStayEmpty() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#regulations]
                ----
                columns: [现行有效件数, 本年制发件数]
                rows:
                  规章: [0, 0]
                  行政规范性文件: [12, 3]
                ----
                """);
        assertEquals(List.of("template.missing-column"), codes(r));
        Table t = (Table) r.report().block("regulations");
        Header.Node row = t.rows().find(KeyPath.of("行政规范性文件"));
        assertEquals(new BigDecimal("12"), t.cell(row, t.columns().find(KeyPath.of("现行有效件数"))));
        Header.Node lacking = t.columns().find(KeyPath.of("本年废止件数"));
        assertNull(t.cell(row, lacking));
        assertEquals(9, t.cellLocations()[row.leafIndex()][lacking.leafIndex()].line());
    }

    @Test
    void theTemplatesCellKindApplies() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#licensing]
                ----
                rows:
                  行政许可: [1.5]
                ----
                """);
        assertEquals(List.of("table.cell-kind"), codes(r));
    }

    /**
     * Trial AT, 2: a count written with a decimal point ({@code 2.0}, as a spreadsheet cell formatted 0.0 pastes
     * it) is warned of at the cell, and read and shown as the whole number; a money table keeps its decimals.
     */
    @Test
    void aCountWrittenWithADecimalPointIsWarnedOfAndReadAsAWholeNumber() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#enforcement]
                ----
                rows:
                  行政处罚: [20.0]
                  行政强制: [2.00]
                ----

                [data#fees]
                ----
                rows:
                  行政事业性收费: [1.50]
                ----
                """);
        assertEquals(List.of("table.count-decimal", "table.count-decimal"), codes(r));
        Diagnostic d = r.diagnostics().list().get(1);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(8, d.location().line());
        assertEquals("表格 enforcement 的 行政强制 行、本年处理决定数量 列：数量应为整数：请写 2，不要写 2.00",
                d.message(java.util.Locale.forLanguageTag("zh")));
        Table t = (Table) r.report().block("enforcement");
        Header.Node column = t.columns().leaves().get(0);
        assertEquals("20", t.cell(t.rows().find(KeyPath.of("行政处罚")), column).toPlainString());
        assertEquals("2", t.cell(t.rows().find(KeyPath.of("行政强制")), column).toPlainString());
        Table fees = (Table) r.report().block("fees");
        assertEquals("1.50", fees.cell(fees.rows().leaves().get(0), fees.columns().leaves().get(0)).toPlainString());
    }

    @Test
    void aMissingAndAnExtraRowAreNamed() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#enforcement]
                ----
                rows:
                  行政处罚: [3]
                  行政检查: [5]
                ----
                """);
        Diagnostic missing = one(r, "template.missing-row");
        assertTrue(missing.message().contains("enforcement") && missing.message().contains("行政强制"),
                missing.message());
        Diagnostic extra = one(r, "template.extra-row");
        assertTrue(extra.message().contains("行政检查"), extra.message());
        assertEquals(8, extra.location().line());
        assertEquals(2, codes(r).size(), () -> codes(r).toString());
    }

    /**
     * A row key garbled by an invisible character or a full-width indent is one error, its own: the row is filed
     * as meant, so it is neither missing from the template's table nor one the template lacks, and a figure on a
     * value written so still finds it.
     */
    @Test
    void aGarbledKeyIsItsOwnErrorAndIsFiledAsMeant() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#enforcement]
                ----
                rows:
                  行政\u200B处罚: [3]
                  \u3000行政强制: [1]
                ----

                [data#v]
                ----
                a\u00A0b: 2
                ----
                """);
        assertEquals(List.of("key.invisible", "key.fullwidth-space", "key.invisible"), codes(r));
        dev.tally.model.Table t = (dev.tally.model.Table) r.report().block("enforcement");
        assertEquals(List.of("行政处罚", "行政强制"), t.rows().leaves().stream().map(n -> n.key()).toList());
        assertEquals(List.of("a b"), List.copyOf(((dev.tally.model.Values) r.report().block("v")).root().children()
                .keySet()));
    }

    /** The 2021 template's applications table, all zeros. */
    private static final String APPLICATIONS = """
                [data#applications]
                ----
                rows:
                  新收: [0, 0, 0, 0, 0, 0, 0]
                  上年结转: [0, 0, 0, 0, 0, 0, 0]
                  办理结果:
                    予以公开: [0, 0, 0, 0, 0, 0, 0]
                    部分公开: [0, 0, 0, 0, 0, 0, 0]
                    不予公开:
                      属于国家秘密: [0, 0, 0, 0, 0, 0, 0]
                      其他法律行政法规禁止公开: [0, 0, 0, 0, 0, 0, 0]
                      危及三安全一稳定: [0, 0, 0, 0, 0, 0, 0]
                      保护第三方合法权益: [0, 0, 0, 0, 0, 0, 0]
                      属于三类内部事务信息: [0, 0, 0, 0, 0, 0, 0]
                      属于四类过程性信息: [0, 0, 0, 0, 0, 0, 0]
                      属于行政执法案卷: [0, 0, 0, 0, 0, 0, 0]
                      属于行政查询事项: [0, 0, 0, 0, 0, 0, 0]
                    无法提供:
                      本机关不掌握相关政府信息: [0, 0, 0, 0, 0, 0, 0]
                      没有现成信息需要另行制作: [0, 0, 0, 0, 0, 0, 0]
                      补正后申请内容仍不明确: [0, 0, 0, 0, 0, 0, 0]
                    不予处理:
                      信访举报投诉类申请: [0, 0, 0, 0, 0, 0, 0]
                      重复申请: [0, 0, 0, 0, 0, 0, 0]
                      要求提供公开出版物: [0, 0, 0, 0, 0, 0, 0]
                      无正当理由大量反复申请: [0, 0, 0, 0, 0, 0, 0]
                      要求行政机关确认或重新出具已获取信息: [0, 0, 0, 0, 0, 0, 0]
                    其他处理:
                      逾期不补正: [0, 0, 0, 0, 0, 0, 0]
                      逾期未缴费: [0, 0, 0, 0, 0, 0, 0]
                      其他: [0, 0, 0, 0, 0, 0, 0]
                    总计: [0, 0, 0, 0, 0, 0, 0]
                  结转下年度: [0, 0, 0, 0, 0, 0, 0]
                ----
                """;

    @Test
    void aMissingNestedRowIsNamedWithItsPath() {
        String rows = APPLICATIONS.replace("      属于行政查询事项: [0, 0, 0, 0, 0, 0, 0]\n", "");
        ReportReader.Reading r = read(TEMPLATE_HEAD + rows);
        Diagnostic missing = one(r, "template.missing-row");
        assertTrue(missing.message().contains("办理结果.不予公开.属于行政查询事项"), missing.message());
        assertEquals(lineOf(TEMPLATE_HEAD + rows, "    不予公开:"), missing.location().line(),
                "named at the group that lacks it");
        assertEquals(1, codes(r).size(), () -> codes(r).toString());
        Table t = (Table) r.report().block("applications");
        assertEquals(25, t.rows().leaves().size());
    }

    @Test
    void aGroupWrittenAsOneRowIsOneErrorAtThatRow() {
        String rows = APPLICATIONS.substring(0, APPLICATIONS.indexOf("    不予公开:"))
                + "    不予公开: [0, 0, 0, 0, 0, 0, 0]\n" // its eight rows as one
                + APPLICATIONS.substring(APPLICATIONS.indexOf("    无法提供:"));
        ReportReader.Reading r = read(TEMPLATE_HEAD + rows);
        assertEquals(List.of("template.wrong-row-kind"), codes(r), "its missing parts follow from it");
        Diagnostic wrong = one(r, "template.wrong-row-kind");
        assertEquals("table applications: row 办理结果.不予公开 is a group of rows (属于国家秘密, 其他法律行政法规禁止公开, "
                + "危及三安全一稳定, …) in the template, but a row of cells here", wrong.message());
        assertEquals(lineOf(TEMPLATE_HEAD + rows, "    不予公开:"), wrong.location().line());
    }

    @Test
    void aRowWrittenAsAGroupIsOneErrorAtThatRow() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#enforcement]
                ----
                rows:
                  行政处罚:
                    警告: [1]
                    罚款: [2]
                  行政强制: [5]
                ----
                """);
        assertEquals(List.of("template.wrong-row-kind"), codes(r), "its parts are not extra rows");
        assertEquals("table enforcement: row 行政处罚 is a row of cells in the template, but a group of rows (警告, 罚款) "
                + "here", one(r, "template.wrong-row-kind").message());
        assertEquals("表格 enforcement：行 行政处罚 在模板中是一行数据，这里却是一组行（警告, 罚款）",
                one(r, "template.wrong-row-kind").message(java.util.Locale.CHINESE));
    }

    /** The 1-based line of the first line of {@code text} that starts with {@code start}. */
    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    /**
     * Trial G, 2: columns written in another shape (one left out, one added) move every cell; the template's checks
     * would compare shifted cells and report made-up failures. They are not run, with a note; the shape errors
     * are what to fix.
     */
    @Test
    void columnsOfAnotherShapeTurnTheTemplatesChecksOff() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#appeals]
                ----
                columns:
                  - 备注
                  - 行政复议: [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]
                  - 行政诉讼:
                      - 未经复议直接起诉: [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]
                      - 复议后起诉: [结果维持, 结果纠正, 其他结果, 总计]
                rows:
                  件数: [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]
                ----
                """);
        assertEquals(List.of("template.missing-column", "template.extra-column", "template.checks-not-run"), codes(r));
        Table t = (Table) r.report().block("appeals");
        assertTrue(t.checks().stream().noneMatch(c -> c.fromTemplate()), t.checks().toString());
        assertTrue(one(r, "template.checks-not-run").message().contains("3 checks"),
                one(r, "template.checks-not-run").message());
    }

    /** The template's columns in another order are read by name: its checks run. */
    @Test
    void theTemplatesColumnsInAnotherOrderKeepItsChecks() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#applications]
                ----
                columns: [总计, 自然人, {法人或其他组织: [商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]}]
                rows:
                """ + APPLICATIONS.substring(APPLICATIONS.indexOf("  新收:")));
        // a note, in case the cells were not moved with their columns (trial K, 10: the failures that follow)
        assertEquals(List.of("template.columns-reordered"), codes(r));
        assertEquals("table applications lists its columns in another order than the template: the cells of each row "
                + "are read in the order written here (总计, 自然人, 法人或其他组织.商业企业, 法人或其他组织.科研机构, "
                + "法人或其他组织.社会公益组织, 法人或其他组织.法律服务机构, 法人或其他组织.其他) and shown in the template's order",
                one(r, "template.columns-reordered").message(java.util.Locale.ENGLISH));
        assertTrue(((Table) r.report().block("applications")).checks().stream().anyMatch(c -> c.fromTemplate()));
    }

    @Test
    void columnsWrittenInAReportMustMatchTheTemplate() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#licensing]
                ----
                columns: [本年处理决定数量, 备注]
                rows:
                  行政许可: [1]
                ----
                """);
        Diagnostic extra = one(r, "template.extra-column");
        assertTrue(extra.message().contains("备注"), extra.message());
    }

    @Test
    void aBlockTheTemplateDoesNotDeclareIsTheReportsOwn() {
        ReportReader.Reading r = read(TEMPLATE_HEAD + """
                [data#training]
                ----
                场次: 2
                ----

                [data#mine]
                ----
                columns: [a]
                rows:
                  x: [1]
                ----
                """);
        clean(r);
        assertInstanceOf(Values.class, r.report().block("training"));
        assertInstanceOf(Table.class, r.report().block("mine"));
    }

    @Test
    void withoutTemplateARowsOnlyTableHasNoColumns() {
        ReportReader.Reading r = read("[data#t]\n----\nrows:\n  x: [1]\n----\n");
        assertEquals(List.of("table.no-columns"), codes(r));
        Block b = r.report().block("t");
        assertNull(b);
    }

    /** Trial F, 6: a report without a title was published under its file name without a word. */
    @Test
    void aReportWithoutATitleIsAWarning() {
        ReportReader.Reading untitled = read("// no heading\n:tally-year: 2024\n\nText.\n");
        assertEquals(List.of("WARNING 1 report.no-title"), untitled.diagnostics().list().stream()
                .map(d -> d.severity() + " " + d.location().line() + " " + d.code()).toList());
        assertEquals("r", untitled.report().title());
        assertEquals(List.of(), read("= R\n\nText.\n").diagnostics().list());
        // an empty report says it is empty, once
        assertEquals(List.of("read.empty"), read("\n").diagnostics().list().stream().map(Diagnostic::code).toList());
    }

    /** Trial F, 6: the published seeds have their title as a plain first line; the warning shows how to mark it. */
    @Test
    void aPlainFirstLineThatLooksLikeATitleIsQuoted() {
        ReportReader.Reading r = read("// pasted from the published page\n\n海盐县沈荡镇人民政府2017年度政府信息公开工作报告\n\n"
                + "根据《条例》要求，现将本年度报告如下。\n");
        Diagnostic d = one(r, "report.no-title-line");
        assertEquals(3, d.location().line());
        assertEquals(List.of("海盐县沈荡镇人民政府2017年度政府信息公开工作报告"), d.args());
        assertTrue(d.message().endsWith("write it as = 海盐县沈荡镇人民政府2017年度政府信息公开工作报告"), d.message());
        assertEquals(1, r.diagnostics().size());
        // a sentence, a block or a long paragraph is not taken for a title
        for (String first : List.of("Text.\n", "[data#v]\n----\na: 1\n----\n", "x".repeat(81) + "\n", "tally:v.a[9]\n",
                "当前位置: 首页 |\n")) {
            assertEquals(List.of("report.no-title"), read(first).diagnostics().list().stream()
                    .map(Diagnostic::code).toList(), first);
        }
    }
}
