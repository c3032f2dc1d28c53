package dev.tally.render;

import dev.tally.model.Table;
import dev.tally.model.Values;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDataTest {

    private static final String QINGSHAN = "2024/qingshan.adoc";
    private static final String FORTY = "1234567890123456789012345678901234567890";

    @Test
    void tableCsvHasBomCrlfPathsAndTheFormsWording() {
        String csv = OpenData.csv(Examples.table(QINGSHAN, "applications"));
        // columns by their labels (a grouped one after its group's), with the unit; rows by path, groups and label
        // (trial H, 10)
        assertTrue(csv.startsWith("\uFEFFrow,groups,label,自然人（单位：件）,法人或其他组织·商业企业（单位：件）,"
                + "法人或其他组织·科研机构（单位：件）,法人或其他组织·社会公益组织（单位：件）,"
                + "法人或其他组织·法律服务机构（单位：件）,法人或其他组织·其他（单位：件）,总计（单位：件）\r\n"), csv);
        assertFalse(csv.replace("\r\n", "").contains("\n"), "bare line feed");
        assertFalse(csv.replace("\r\n", "").contains("\r"), "bare carriage return");
        assertTrue(csv.endsWith("\r\n"));
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(1 + 25, lines.size());
        assertEquals("新收,,一、本年新收政府信息公开申请数量,21,4,1,0,2,0,28", lines.get(1));
        assertTrue(lines.contains("办理结果.不予公开.属于行政执法案卷,三、本年度办理结果 · （三）不予公开,7.属于行政执法案卷,"
                + "0,0,0,0,1,0,1"), csv);
        // full-width commas need no quotes
        assertTrue(lines.contains("办理结果.部分公开,三、本年度办理结果,（二）部分公开（区分处理的，只计这一情形，不计其他情形）,"
                + "3,1,0,0,0,0,4"), csv);
        byte[] bytes = OpenData.bytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'r', 'o', 'w'}, Arrays.copyOf(bytes, 6));
        assertEquals(csv, OpenData.csv(Examples.table(QINGSHAN, "applications")), "deterministic");
    }

    @Test
    void aColumnIsHeadedByItsLabelWithTheUnitUnlessTheLabelNamesIt() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("x", "Parcels sent");
        labels.put("y", "Weight (tonnes)");
        Table t = Tables.flat("t", "Deliveries", "tonnes", List.of("x", "y"), List.of("a"), labels,
                new BigDecimal[][] {Tables.row("1", "2")});
        assertEquals("\uFEFFrow,label,Parcels sent (unit: tonnes),Weight (tonnes)\r\na,a,1,2\r\n", OpenData.csv(t));
    }

    /**
     * Trial AB, 3: a CSV heading names the unit where its label does not, as a word of its own: 件 in 件数 is not the
     * unit named, nor 元 in 万元; 本年收费金额（单位：万元） names it, and its heading is the label alone.
     */
    @Test
    void aUnitThatIsPartOfAnotherWordIsNotTakenForTheUnitNamed() {
        assertTrue(OpenData.csv(Examples.table(QINGSHAN, "regulations")).startsWith(
                "\uFEFFrow,label,本年制发件数（单位：件）,本年废止件数（单位：件）,现行有效件数（单位：件）\r\n"));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("x", "金额（万元）");
        Table yuan = Tables.flat("t", "支出", "元", List.of("x"), List.of("a"), labels,
                new BigDecimal[][] {Tables.row("1")});
        assertEquals("\uFEFFrow,label,金额（万元）（单位：元）\r\na,a,1\r\n", OpenData.csv(yuan));
        assertTrue(OpenData.csv(Examples.table(QINGSHAN, "fees")).startsWith("\uFEFFrow,label,本年收费金额（单位：万元）\r\n"));
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsDefusedButNegativeNumbersAreNot() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("a", "=HYPERLINK(\"http://x\")");
        labels.put("b", "+1");
        labels.put("c", "@SUM(A1)");
        Table t = Tables.flat("t", "T", null, List.of("-x", "z"), List.of("a", "b", "c"), labels,
                new BigDecimal[][] {Tables.row("-3", "1"), Tables.row("2", "-0.5"), Tables.row("0", "0")});
        assertEquals("\uFEFFrow,label,'-x,z\r\n"
                + "a,\"'=HYPERLINK(\"\"http://x\"\")\",-3,1\r\n"
                + "b,'+1,2,-0.5\r\n"
                + "c,'@SUM(A1),0,0\r\n", OpenData.csv(t));
    }

    @Test
    void csvQuotesWhereNeeded() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("a", "a,b");
        labels.put("b", "say \"hi\"");
        labels.put("c", "two\nlines");
        labels.put("d", " padded");
        Table t = Tables.flat("t", "T", null, List.of("x,y", "z"), List.of("a", "b", "c", "d", "e"), labels,
                new BigDecimal[][] {
                    Tables.row("0.1", "1.50"), Tables.row(FORTY, "-0.000001"), Tables.row(null, "1E+3"),
                    Tables.row("0", "0.00"), Tables.row("7", "8")});
        assertEquals("\uFEFFrow,label,\"x,y\",z\r\n"
                + "a,\"a,b\",0.1,1.50\r\n"
                + "b,\"say \"\"hi\"\"\"," + FORTY + ",-0.000001\r\n"
                + "c,\"two\nlines\",,1000\r\n"
                + "d,\" padded\",0,0.00\r\n"
                + "e,e,7,8\r\n", OpenData.csv(t));
    }

    @Test
    void tableJsonIsWellFormedWithExactNumbers() {
        Map<String, String> labels = Map.of("a", "quote \" backslash \\ newline \n control \u0001 end");
        Table t = Tables.flat("t", "标题", "万元", List.of("x", "y"), List.of("a", "b"), labels,
                new BigDecimal[][] {Tables.row("0.1", FORTY), Tables.row(null, "-1.250")});
        String json = OpenData.json(t);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) JsonValidator.parse(json);
        assertEquals("t", root.get("id"));
        assertEquals("标题", root.get("title"));
        assertEquals("万元", root.get("unit"));
        assertEquals(List.of(Map.of("path", "x", "label", "x"), Map.of("path", "y", "label", "y")), root.get("columns"));
        List<?> rows = (List<?>) root.get("rows");
        Map<?, ?> a = (Map<?, ?>) rows.get(0);
        assertEquals("a", a.get("path"));
        assertEquals(labels.get("a"), a.get("label"));
        assertEquals(List.of(new BigDecimal("0.1"), new BigDecimal(FORTY)), a.get("cells"));
        List<?> b = (List<?>) ((Map<?, ?>) rows.get(1)).get("cells");
        assertNull(b.get(0));
        assertEquals(0, new BigDecimal("-1.25").compareTo((BigDecimal) b.get(1)));
        // written exactly as in the data (trailing zeros kept), not as double or with an exponent
        assertTrue(json.contains("[0.1, " + FORTY + "]"), json);
        assertTrue(json.contains("[null, -1.250]"), json);
        assertFalse(json.contains("E"), json);
        assertEquals(json, OpenData.json(t), "deterministic");
    }

    @Test
    void nationalTableJson() {
        String json = OpenData.json(Examples.table(QINGSHAN, "applications"));
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) JsonValidator.parse(json);
        assertEquals("applications", root.get("id"));
        assertEquals("收到和处理政府信息公开申请情况", root.get("title"));
        assertEquals("件", root.get("unit"));
        List<?> columns = (List<?>) root.get("columns");
        assertEquals(7, columns.size());
        assertEquals("法人或其他组织.商业企业", ((Map<?, ?>) columns.get(1)).get("path"));
        assertEquals("商业企业", ((Map<?, ?>) columns.get(1)).get("label"));
        List<?> rows = (List<?>) root.get("rows");
        assertEquals(25, rows.size());
        Map<?, ?> disclosed = (Map<?, ?>) rows.get(2);
        assertEquals("办理结果.予以公开", disclosed.get("path"));
        assertEquals("（一）予以公开", disclosed.get("label"));
        assertEquals(List.of("11", "3", "1", "0", "0", "0", "15"),
                ((List<?>) disclosed.get("cells")).stream().map(v -> ((BigDecimal) v).toPlainString()).toList());
        String fees = OpenData.json(Examples.table(QINGSHAN, "fees"));
        JsonValidator.parse(fees);
        assertTrue(fees.contains("\"cells\": [1.42]"), fees);
    }

    @Test
    void valuesCsvAndJson() {
        Map<String, Object> channels = new LinkedHashMap<>();
        channels.put("门户网站", new BigDecimal("156"));
        channels.put("a,b", new BigDecimal("0.10"));
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("total", new BigDecimal(FORTY));
        entries.put("channels", channels);
        entries.put("note", "text, \"quoted\"");
        Values v = Tables.values("v", entries);
        assertEquals("\uFEFFpath,value\r\n"
                + "total," + FORTY + "\r\n"
                + "channels.门户网站,156\r\n"
                + "\"channels.a,b\",0.10\r\n"
                + "note,\"text, \"\"quoted\"\"\"\r\n", OpenData.csv(v));
        String json = OpenData.json(v);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("total", new BigDecimal(FORTY));
        expected.put("channels", Map.of("门户网站", new BigDecimal("156"), "a,b", new BigDecimal("0.10")));
        expected.put("note", "text, \"quoted\"");
        assertEquals(expected, JsonValidator.parse(json));
        assertTrue(json.contains("\"total\": " + FORTY + ","), json);
    }

    @Test
    void exampleValuesBlock() {
        Values proactive = Examples.values(QINGSHAN, "proactive");
        assertEquals("\uFEFFpath,value\r\ntotal,295\r\nchannels.门户网站,156\r\nchannels.微信公众号,108\r\n"
                + "channels.政务公开栏,31\r\n", OpenData.csv(proactive));
        assertEquals("{\n  \"total\": 295,\n  \"channels\": {\n    \"门户网站\": 156,\n    \"微信公众号\": 108,\n"
                + "    \"政务公开栏\": 31\n  }\n}\n", OpenData.json(proactive));
    }
}
