package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                for (int b : (int[]) part) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    /** The one problem of a file that cannot be read. */
    private Diagnostic unreadable(String name, byte[] content) throws Exception {
        Path p = write(name, content);
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals(1, d.size(), d.list()::toString);
        return d.list().get(0);
    }

    /** The problem's code and line, and what it says in Chinese and in English. */
    private static void said(Diagnostic d, String code, int line, String chinese, String english) {
        assertEquals(code, d.code());
        assertEquals(line, d.location().line());
        assertEquals(chinese, d.message(java.util.Locale.CHINESE));
        assertEquals(english, d.message(java.util.Locale.ROOT));
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    private static List<Integer> numbers(List<SourceLine> lines) {
        return lines.stream().map(l -> l.location().line()).toList();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndDropped() throws Exception {
        Path p = write("bom.adoc", bytes(new int[]{0xEF, 0xBB, 0xBF}, "= 标题\n:tally-year: 2023\n"));
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = TextFile.read(p, Location.of(p), d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals(List.of("= 标题", ":tally-year: 2023"), texts(lines));
    }

    @Test
    void crlfCrAndLfGiveTheSameLinesAndNumbers() throws Exception {
        String[] content = {"= T", "", "[data#a]", "----", "x: 1", "----"};
        List<SourceLine> lf = TextFile.read(write("lf.adoc", bytes(String.join("\n", content) + "\n")),
                Location.of(dir), new Diagnostics());
        List<SourceLine> crlf = TextFile.read(write("crlf.adoc", bytes(String.join("\r\n", content) + "\r\n")),
                Location.of(dir), new Diagnostics());
        List<SourceLine> cr = TextFile.read(write("cr.adoc", bytes(String.join("\r", content) + "\r")),
                Location.of(dir), new Diagnostics());
        assertEquals(List.of(content), texts(lf));
        assertEquals(texts(lf), texts(crlf));
        assertEquals(texts(lf), texts(cr));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers(lf));
        assertEquals(numbers(lf), numbers(crlf));
        assertEquals(numbers(lf), numbers(cr));
    }

    @Test
    void mixedLineEndingsAndNoFinalNewline() {
        List<SourceLine> lines = TextFile.split("a\r\nb\rc\nd", Path.of("m.adoc"));
        assertEquals(List.of("a", "b", "c", "d"), texts(lines));
        assertEquals(List.of(1, 2, 3, 4), numbers(lines));
    }

    @Test
    void blankLinesAreCounted() {
        List<SourceLine> lines = TextFile.split("a\r\n\r\n\r\nb\r\n", Path.of("m.adoc"));
        assertEquals(List.of("a", "", "", "b"), texts(lines));
        assertEquals(4, lines.get(3).location().line());
    }

    @Test
    void linesKnowTheirFile() throws Exception {
        Path p = write("f.adoc", bytes("a\nb\n"));
        List<SourceLine> lines = TextFile.read(p, Location.of(p), new Diagnostics());
        assertEquals(p, lines.get(1).location().file());
    }

    @Test
    void invalidUtf8IsADiagnosticOnTheRightLine() throws Exception {
        Path p = write("latin1.adoc", bytes("line one\nline two\nbad ", new int[]{0xE9}, " here\nline four\n"));
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals(1, d.size());
        Diagnostic diag = d.list().get(0);
        assertEquals("read.not-utf8", diag.code());
        assertEquals(new Location(p, 3), diag.location());
    }

    @Test
    void invalidUtf8LineIsRightWithCrlfLineEndings() throws Exception {
        Path p = write("crlf.adoc", bytes("one\r\ntwo\r\n", new int[]{0xFF}, "\r\n"));
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals("read.not-utf8", d.list().get(0).code());
        assertEquals(3, d.list().get(0).location().line());
    }

    @Test
    void invalidUtf8LineIsRightWithCrLineEndings() throws Exception {
        // old Mac line endings: the same file must give the same line as with LF
        Path p = write("cr.adoc", bytes("one\rtwo\r", new int[]{0xFF}, "\r"));
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals("read.not-utf8", d.list().get(0).code());
        assertEquals(3, d.list().get(0).location().line());
    }

    /** Trial L, 6: Asciidoctor breaks lines at LF only; the first bare CR is warned of, at its line. */
    @Test
    void aBareCarriageReturnIsWarnedOfAtItsLineOnce() throws Exception {
        Path p = write("mixed.adoc", "one\r\ntwo\nthree\rfour\rfive\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        assertEquals(5, TextFile.read(p, Location.of(p), d).size());
        assertEquals(1, d.size(), d.list()::toString);
        assertEquals("read.bare-cr", d.list().get(0).code());
        assertEquals(3, d.list().get(0).location().line());
        Diagnostics none = new Diagnostics();
        TextFile.read(write("crlf.adoc", "a\r\nb\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Location.of(p), none);
        assertEquals(0, none.size(), none.list()::toString);
    }

    @Test
    void invalidUtf8AfterABomIsStillFound() throws Exception {
        Path p = write("bom-bad.adoc", bytes(new int[]{0xEF, 0xBB, 0xBF}, "ok\n", new int[]{0xC3, 0x28}, "\n"));
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals("read.not-utf8", d.list().get(0).code());
        assertEquals(2, d.list().get(0).location().line());
    }

    /** Trial AD, 9: Windows' "Unicode" (UTF-16, with its byte-order mark) is said as such, not as a bad byte. */
    @Test
    void utf16IsSaidAsSuch() throws Exception {
        for (java.nio.charset.Charset utf16 : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] text = "\uFEFF= 年度报告\nname: water\n".getBytes(utf16);
            Diagnostic d = unreadable("u16.yaml", text);
            assertEquals("read.utf16", d.code(), utf16::toString);
            assertEquals(1, d.location().line());
            assertEquals("the file is UTF-16 (what Windows calls \"Unicode\"), not UTF-8; save it as UTF-8",
                    d.message(java.util.Locale.ROOT));
        }
    }

    /**
     * Trial AT, 11: a report saved as "ANSI" on a Chinese Windows PC (GBK) is said to be GBK, with how to save it as
     * UTF-8, in the clerk's language; no byte offset.
     */
    @Test
    void gbkTextIsSaidToBeGbkWithHowToSaveItAsUtf8() throws Exception {
        Diagnostic d = unreadable("gbk.adoc", "= 2024年政府信息公开工作年度报告\n\n全年主动公开政府信息248条。\n"
                .getBytes("GBK"));
        said(d, "read.gbk", 1, "文件看来是 GBK 编码（GB18030，中文 Windows 的记事本称之为“ANSI”），不是 UTF-8："
                + "请用记事本打开，点“文件”→“另存为”，“编码”选“UTF-8”后保存", "the file looks like GBK (GB18030, which "
                + "Windows Notepad on a Chinese system calls \"ANSI\"), not UTF-8: open it in Notepad, choose File > "
                + "Save As, set Encoding to UTF-8 and save");
    }

    /**
     * What is not GBK is not said to be: Latin-1 text, and a UTF-8 report with one stray pair of bytes that GB18030
     * reads as a Han character; those get the byte, counted from 1, in plain words.
     */
    @Test
    void otherBytesThatAreNoUtf8AreNotTakenForGbk() throws Exception {
        Diagnostic d = unreadable("latin1.adoc", "= Caf\u00e9 report\n\nna\u00efve r\u00e9sum\u00e9\n"
                .getBytes("ISO-8859-1"));
        said(d, "read.not-utf8", 1, "文件不是有效的 UTF-8 编码（第 6 个字节不属于任何 UTF-8 字符）：请将文件另存为 "
                + "UTF-8 编码", "the file is not valid UTF-8 (its byte 6 is no part of a UTF-8 character); save it as UTF-8");
        byte[] stray = "条".getBytes("GBK");
        Diagnostic m = unreadable("mixed.adoc", bytes("= 2024年政府信息公开工作年度报告\n\n全年主动公开政府信息248",
                new int[] {stray[0] & 0xff, stray[1] & 0xff}, "。收到申请7件。\n"));
        assertEquals("read.not-utf8", m.code());
        assertEquals(3, m.location().line());
    }

    @Test
    void anEmptyFileHasNoLinesAndNoProblem() throws Exception {
        Path p = write("empty.adoc", new byte[0]);
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = TextFile.read(p, Location.of(p), d);
        assertNotNull(lines);
        assertTrue(lines.isEmpty());
        assertEquals(0, d.size());
    }

    @Test
    void aBomAloneIsAnEmptyFile() throws Exception {
        Path p = write("bom-only.adoc", bytes(new int[]{0xEF, 0xBB, 0xBF}));
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = TextFile.read(p, Location.of(p), d);
        assertNotNull(lines);
        assertTrue(lines.isEmpty());
        assertEquals(0, d.size());
    }

    @Test
    void aMissingFileIsADiagnosticAtTheGivenLocation() {
        Path p = dir.resolve("nope.adoc");
        Location from = new Location(dir.resolve("report.adoc"), 7);
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, from, d));
        assertEquals("read.missing", d.list().get(0).code());
        assertEquals(from, d.list().get(0).location());
    }

    @Test
    void moreLinesThanTheLimitIsOneDiagnosticAndNoLines() throws Exception {
        byte[] many = new byte[TextFile.MAX_LINES + 1];
        java.util.Arrays.fill(many, (byte) '\n');
        Path p = write("many.adoc", many);
        Diagnostics d = new Diagnostics();
        assertNull(TextFile.read(p, Location.of(p), d));
        assertEquals("read.too-many-lines", d.list().get(0).code());
        assertEquals(new Location(p, 1), d.list().get(0).location());
        // exactly at the limit (CR LF counts as two breaks, as each is one for a reader that splits on either)
        byte[] limit = new byte[TextFile.MAX_LINES];
        java.util.Arrays.fill(limit, (byte) '\r');
        Path q = write("limit.adoc", limit);
        Diagnostics e = new Diagnostics();
        assertEquals(TextFile.MAX_LINES, TextFile.read(q, Location.of(q), e).size());
        assertEquals(java.util.List.of("read.bare-cr"), dev.tally.run.Fixture.codes(e.list()), "read, with the CRs warned of");
    }

    @Test
    void splittingWithAndWithoutCarriageReturnsGivesTheSameLines() {
        String[] texts = {"", "\n", "a", "a\n", "\na", "a\n\nb", "标题\n正文\n", "x\ny\nz"};
        for (String lf : texts) {
            List<SourceLine> a = TextFile.split(lf, Path.of("t.adoc"));
            List<SourceLine> b = TextFile.split(lf.replace("\n", "\r\n"), Path.of("t.adoc"));
            List<SourceLine> c = TextFile.split(lf.replace("\n", "\r"), Path.of("t.adoc"));
            assertEquals(texts(a), texts(b), lf);
            assertEquals(texts(a), texts(c), lf);
            assertEquals(numbers(a), numbers(b), lf);
            assertEquals(numbers(a), numbers(c), lf);
        }
    }

    /**
     * The usual file is read line by line (TextFile.plainLines): the same lines, text and numbers, as the whole
     * file decoded then split; any file that needs more (a CR, a bad byte, a replacement character) is left to
     * the careful reading, which tells what is wrong with it.
     */
    @Test
    void theLineByLineReadingGivesTheSameLinesAsTheWholeFileSplit() {
        Path file = Path.of("r.adoc");
        for (byte[] b : List.of(bytes(""), bytes("one"), bytes("one\n"), bytes("one\n\ntwo\n\n"),
                bytes(new int[] {0xEF, 0xBB, 0xBF}, "= 标题\n正文，共１２件。\n"), bytes("\n\n"),
                bytes("a\u00A0b\t c\n\uD83D\uDE00 😀\n"))) {
            List<SourceLine> plain = TextFile.plainLines(b, file);
            assertNotNull(plain);
            List<SourceLine> careful = TextFile.split(TextFile.decode(b, file, new Diagnostics()), file);
            assertEquals(careful.size(), plain.size());
            for (int k = 0; k < plain.size(); k++) {
                assertEquals(careful.get(k).text(), plain.get(k).text());
                assertEquals(careful.get(k).location(), plain.get(k).location());
            }
        }
        assertNull(TextFile.plainLines(bytes("a\r\nb\r\n"), file));
        assertNull(TextFile.plainLines(bytes("a\rb"), file));
        assertNull(TextFile.plainLines(bytes("ok\n", new int[] {0xE4, 0xB8}, "\n"), file));
        assertNull(TextFile.plainLines(bytes("\uFFFD\n"), file));
    }
}
