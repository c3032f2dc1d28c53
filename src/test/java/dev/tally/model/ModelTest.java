package dev.tally.model;

import dev.tally.diagnostic.Location;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelTest {

    private static final Location AT = new Location(Path.of("r.adoc"), 1);

    @Test
    void keyPathsAreWrittenWithBackquotesWhereNeeded() {
        assertEquals("办理结果.不予公开.`1.属于国家秘密`", KeyPath.of("办理结果", "不予公开", "1.属于国家秘密").toString());
        assertEquals("a.`b c`.`d-e`", KeyPath.of("a", "b c", "d-e").toString());
        assertEquals("办理结果.不予公开.1.属于国家秘密", KeyPath.of("办理结果", "不予公开", "1.属于国家秘密").dotted());
        assertTrue(KeyPath.isPlain("法人或其他组织"));
        assertTrue(KeyPath.isPlain("_x1"));
        assertFalse(KeyPath.isPlain("1x"));
        assertFalse(KeyPath.isPlain("a.b"));
        assertFalse(KeyPath.isPlain(""));
    }

    @Test
    void keyPathsCompareByKeys() {
        assertEquals(KeyPath.of("a", "b"), KeyPath.of("a").child("b"));
        assertEquals(KeyPath.of("b"), KeyPath.of("a", "b").tail());
        assertTrue(KeyPath.of("a", "b", "c").startsWith(KeyPath.of("a", "b")));
        assertFalse(KeyPath.of("a", "bc").startsWith(KeyPath.of("a", "b")));
        // a key with a dot is not two keys
        assertFalse(KeyPath.of("a.b").equals(KeyPath.of("a", "b")));
    }

    @Test
    void cellKinds() {
        assertEquals(CellKind.COUNT, CellKind.parse("count"));
        assertEquals(CellKind.AMOUNT, CellKind.parse("amount"));
        assertEquals(CellKind.NUMBER, CellKind.parse("number"));
        assertNull(CellKind.parse("integer"));
        assertTrue(CellKind.COUNT.accepts(new BigDecimal("0")));
        assertTrue(CellKind.COUNT.accepts(new BigDecimal("12.00")));
        assertFalse(CellKind.COUNT.accepts(new BigDecimal("-1")));
        assertFalse(CellKind.COUNT.accepts(new BigDecimal("1.5")));
        assertTrue(CellKind.AMOUNT.accepts(new BigDecimal("1.35")));
        assertTrue(CellKind.AMOUNT.accepts(new BigDecimal("0")));
        assertFalse(CellKind.AMOUNT.accepts(new BigDecimal("-0.01")));
        assertTrue(CellKind.NUMBER.accepts(new BigDecimal("-3")));
    }

    private static Header header(Object... items) {
        Header.Builder b = new Header.Builder();
        add(b, null, KeyPath.of(), items);
        return b.build();
    }

    private static void add(Header.Builder b, Header.Node parent, KeyPath prefix, Object[] items) {
        for (Object item : items) {
            if (item instanceof String key) {
                b.add(parent, b.node(key, prefix.child(key), AT));
            } else {
                Object[] group = (Object[]) item;
                String key = (String) group[0];
                Header.Node node = b.node(key, prefix.child(key), AT);
                b.add(parent, node);
                add(b, node, node.path(), java.util.Arrays.copyOfRange(group, 1, group.length));
            }
        }
    }

    @Test
    void headerLeavesAreInOrderAndGroupsSumTheirLeaves() {
        Header columns = header("a", new Object[]{"g", "b", new Object[]{"h", "c", "d"}}, "total");
        assertEquals(List.of("a", "g.b", "g.h.c", "g.h.d", "total"),
                columns.leaves().stream().map(n -> n.path().dotted()).toList());
        assertEquals(3, columns.depth());
        assertEquals(-1, columns.find(KeyPath.of("g")).leafIndex());
        assertEquals(3, columns.find(KeyPath.of("g", "h", "d")).leafIndex());
        Header rows = header("r1", new Object[]{"grp", "r2", "r3"});
        BigDecimal[][] cells = {
                {n("1"), n("2"), n("3"), n("4"), n("10")},
                {n("0.1"), n("0.2"), n("0.3"), n("0.4"), n("1")},
                {n("1"), n("1"), n("1"), n("1"), n("4")}};
        Table t = new Table("t", null, AT, columns, rows, cells, new Location[3][5], Map.of("g", "组", "grp.r2", "第二行"),
                null, null, null, CellKind.NUMBER, List.of());
        assertEquals(0, n("2.3").compareTo(t.sum(rows.find(KeyPath.of("grp")), columns.find(KeyPath.of("g", "b")))
                .add(t.sum(rows.find(KeyPath.of("grp")), columns.find(KeyPath.of("a"))))));
        assertEquals(0, n("12.9").compareTo(t.sum(rows.find(KeyPath.of("grp")), columns.find(KeyPath.of("g")))
                .add(t.sum(rows.find(KeyPath.of("r1")), columns.find(KeyPath.of("g"))))));
        assertEquals("组", t.label(columns.find(KeyPath.of("g"))));
        assertEquals("第二行", t.label(rows.find(KeyPath.of("grp", "r2"))));
        assertEquals("r3", t.label(rows.find(KeyPath.of("grp", "r3"))));
        cells[2][0] = null;
        assertNull(t.sum(rows.find(KeyPath.of("grp")), columns.find(KeyPath.of("a"))));
    }

    @Test
    void everyNodesLeavesAreTheRunOfLeavesItsIndexAndCountName() {
        Header h = header(new Object[]{"p", new Object[]{"q", "a", new Object[]{"r", "b"}}, "c"}, "d",
                new Object[]{"s", "e", new Object[]{"t", "f", "g"}, new Object[]{"u", "h"}}, "i");
        for (Header.Node node : h.all()) {
            assertEquals(node.leaves(), h.leaves().subList(node.firstLeaf(), node.firstLeaf() + node.leafCount()),
                    node.path().dotted());
        }
        assertEquals(3, h.find(KeyPath.of("p")).leafCount());
        assertEquals(4, h.find(KeyPath.of("s")).firstLeaf());
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aFigureIsACheckOnlyWithAnExpectedValue() {
        assertTrue(new Figure("v.a", "170", AT).isCheck());
        assertFalse(new Figure("v.a", "", AT).isCheck());
        assertFalse(new Figure("v.a", "  ", AT).isCheck());
        assertEquals("tally:t.r@c[3]", new Figure("t.r@c", "3", AT).asWritten());
    }

    @Test
    void aReportWithoutTitleIsNamedByItsFile() {
        Report r = new Report(Path.of("x/2024/mogu.adoc"), null, Map.of(), List.of(), Map.of(), List.of(), List.of(),
                List.of());
        assertEquals("mogu", r.title());
    }

    @Test
    void aKeyIsPlainExactlyWhenThePatternSaysSo() {
        // every code point alone, then after a letter; and some keys as written in reports
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            String alone = new String(Character.toChars(c));
            String after = "a" + alone;
            assertEquals(KeyPath.plainPattern().matcher(alone).matches(), KeyPath.isPlain(alone), Integer.toHexString(c));
            assertEquals(KeyPath.plainPattern().matcher(after).matches(), KeyPath.isPlain(after), Integer.toHexString(c));
        }
        for (String key : java.util.List.of("", "_", "总计", "1.属于国家秘密", "a b", "x\uD800", "\uD800", "办理结果2", "Ⅻ")) {
            assertEquals(KeyPath.plainPattern().matcher(key).matches(), KeyPath.isPlain(key), key);
        }
    }
}
