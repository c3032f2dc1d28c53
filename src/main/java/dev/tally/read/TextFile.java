package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file as strict UTF-8 (a BOM is accepted and dropped), split into lines on LF, CRLF or CR.
 * Invalid UTF-8 and files over the size limit are diagnostics, not exceptions.
 */
public final class TextFile {

    /** The largest report or partial read, in bytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most lines a report or partial may have. */
    public static final int MAX_LINES = 4_000_000;

    private TextFile() {
    }

    /**
     * A file that is not there: a link to nowhere said as one, with where it points (trial AP, 7); else by its name,
     * the message's place naming its folder.
     */
    private static void missing(Path file, Location from, Diagnostics diagnostics) {
        if (Files.isSymbolicLink(file)) {
            String to;
            try {
                to = Files.readSymbolicLink(file).toString();
            } catch (IOException | UnsupportedOperationException e) {
                to = "?";
            }
            diagnostics.error(from, "read.dangling-link", file.getFileName(), to);
        } else {
            diagnostics.error(from, "read.missing", file.getFileName());
        }
    }

    /** The file's lines, or {@code null} after reporting why it could not be read. */
    public static List<SourceLine> read(Path file, Location from, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            java.nio.file.attribute.BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                missing(file, from, diagnostics);
                return null;
            }
            if (!attributes.isRegularFile()) {
                diagnostics.error(from, "read.not-a-file", file.getFileName());
                return null;
            }
            if (attributes.size() > MAX_BYTES) {
                diagnostics.error(from, "read.too-large", file.getFileName(), MAX_BYTES / (1024 * 1024));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            missing(file, from, diagnostics);
            return null;
        } catch (IOException e) {
            diagnostics.error(from, "read.io", file, String.valueOf(e.getMessage()));
            return null;
        }
        List<SourceLine> plain = plainLines(bytes, file);
        if (plain != null) {
            return plain;
        }
        String text = decode(bytes, file, diagnostics);
        if (text == null) {
            return null;
        }
        if (bytes.length > MAX_LINES && lineBreaks(bytes) > MAX_LINES) { // a break takes a byte at least
            diagnostics.error(new Location(file, 1), "read.too-many-lines", file.getFileName(), MAX_LINES);
            return null;
        }
        List<SourceLine> lines = split(text, file);
        int bare = bareCarriageReturn(text);
        if (bare >= 0) {
            // Asciidoctor breaks lines at LF only: a bare CR (an old Mac file) would make the page another text
            // than the one checked (trial L, 6)
            int line = 1;
            for (int i = 0; i < bare; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
            diagnostics.warning(new Location(file, line), "read.bare-cr");
        }
        return lines;
    }

    /**
     * The usual file, valid UTF-8 with lines broken by LF alone, read line by line; null for any other, which
     * {@link #decode} and {@link #split} read (and tell what is wrong with it). The same lines as theirs: a JVM
     * compiles the decoder once it has been called a few hundred times, so a decoder called for each line is
     * compiled within the first reports, where one called for each file would run interpreted over the first hundred
     * or so (measured: a tenth of the interpreted time of checking 200 reports in a fresh build).
     */
    static List<SourceLine> plainLines(byte[] bytes, Path file) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        List<SourceLine> lines = new ArrayList<>();
        while (start < bytes.length) {
            int end = lineEnd(bytes, start);
            if (end < bytes.length && bytes[end] == '\r' || lines.size() >= MAX_LINES
                    || !addLine(bytes, start, end, file, lines)) {
                return null;
            }
            start = end + 1;
        }
        return lines;
    }

    /** Adds the line of {@code bytes} from {@code start} to {@code end}; false for a malformed one. */
    private static boolean addLine(byte[] bytes, int start, int end, Path file, List<SourceLine> lines) {
        String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (line.indexOf('\uFFFD') >= 0) {
            return false; // a malformed sequence (or a replacement character, which decode tells apart)
        }
        lines.add(new SourceLine(line, new Location(file, lines.size() + 1)));
        return true;
    }

    /** Where the line that starts at {@code from} ends: its LF or CR, or the end of the bytes. */
    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Where the first CR stands that no LF follows, or -1. */
    private static int bareCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Line breaks counted in UTF-8 bytes (CR and LF are never part of a longer sequence); CRLF counts twice. */
    private static long lineBreaks(byte[] bytes) {
        long breaks = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks;
    }

    static String decode(byte[] bytes, Path file, Diagnostics diagnostics) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // the fast decoder replaces every malformed sequence by U+FFFD: without one, the text is valid UTF-8
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (utf16(bytes)) {
                // Windows' "Unicode" (trial AD, 9): said as what it is, not as a bad byte at offset 0
                diagnostics.error(new Location(file, 1), "read.utf16");
                return null;
            }
            int bad = firstInvalidByte(bytes, start);
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                    line++;
                }
            }
            // a Chinese Windows PC saves "ANSI" as GBK: said as what it is, and how to save it (trial AT, 11); any
            // other bytes by the byte, counted from 1 as a reader counts
            diagnostics.error(new Location(file, line), gbk(bytes, start, fast) ? "read.gbk" : "read.not-utf8",
                    bad + 1);
            return null;
        }
    }

    /**
     * Whether bytes that are no UTF-8 read as Chinese text in GB18030 (which GBK is part of): they decode without
     * a fault, give two Han characters or more (a UTF-8 character cut short reads as one), and their other non-ASCII characters are the punctuation and full-width forms
     * Chinese text has; and read as UTF-8, they hold fewer characters than faults (a UTF-8 file with a stray byte
     * is not taken for GBK). {@code utf8} is the bytes read as UTF-8, faults replaced.
     */
    static boolean gbk(byte[] bytes, int start, String utf8) {
        String text;
        try {
            text = java.nio.charset.Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException | java.nio.charset.UnsupportedCharsetException e) {
            return false;
        }
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                continue;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (block != Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    && block != Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    && block != Character.UnicodeBlock.GENERAL_PUNCTUATION) {
                other++;
            }
        }
        int read = 0;
        int faults = 0;
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            faults += c == '\uFFFD' ? 1 : 0;
            read += c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c) ? 1 : 0;
        }
        return han > 1 && other * 10 <= han && read < faults;
    }

    /** Whether the bytes are UTF-16 text: its byte-order mark, or the zero bytes of Latin text in two-byte units. */
    static boolean utf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return true;
        }
        int n = Math.min(b.length, 200) & ~1;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            zeros += b[i] == 0 ? 1 : 0;
        }
        return n >= 4 && zeros * 3 >= n; // a third of the bytes zero: no UTF-8 text looks so
    }

    private static int firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** Splits text into lines on LF, CRLF or CR, numbered from 1. */
    public static List<SourceLine> split(String text, Path file) {
        List<SourceLine> lines = new ArrayList<>();
        int lineNo = 1;
        int n = text.length();
        if (text.indexOf('\r') < 0) { // the usual case: the library's search finds each LF
            int start = 0;
            for (int at; (at = text.indexOf('\n', start)) >= 0; start = at + 1) {
                lines.add(new SourceLine(text.substring(start, at), new Location(file, lineNo++)));
            }
            if (start < n) {
                lines.add(new SourceLine(text.substring(start), new Location(file, lineNo)));
            }
            return lines;
        }
        int i = 0;
        int start = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(text.substring(start, i), new Location(file, lineNo++)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            lines.add(new SourceLine(text.substring(start), new Location(file, lineNo)));
        }
        return lines;
    }
}
