package dev.tally.results;

import dev.tally.run.RunResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's machine-readable results into a directory: {@value #SARIF_FILE} (format {@code sarif}),
 * {@value #JUNIT_FILE} ({@code junit}) and {@value #JSON_FILE} ({@code json}), UTF-8. Each file is written
 * to a temporary file in the same directory and then moved over the old one, so a reader never sees half a
 * file.
 */
public final class ResultFiles {

    public static final String SARIF = "sarif";
    public static final String JUNIT = "junit";
    public static final String JSON = "json";

    /** The known formats, in the order their files are written. */
    public static final List<String> FORMATS = List.of(SARIF, JUNIT, JSON);

    public static final String SARIF_FILE = "tally-results.sarif";
    public static final String JUNIT_FILE = "TEST-tally.xml";
    public static final String JSON_FILE = "tally-results.json";

    private ResultFiles() {
    }

    /** The file a format is written to. */
    public static String fileName(String format) {
        return switch (normalize(format)) {
            case SARIF -> SARIF_FILE;
            case JUNIT -> JUNIT_FILE;
            case JSON -> JSON_FILE;
            default -> throw unknown(format);
        };
    }

    /**
     * @param run the run to write
     * @param baseDir the directory paths in the files are relative to (the project's base directory)
     * @param outputDir where to write; created when missing
     * @param formats any of {@code sarif}, {@code junit}, {@code json} (case and surrounding blanks ignored)
     * @param toolVersion the plugin's version, written into the SARIF and JSON files
     * @return each format written and its file, in the order of {@link #FORMATS}; the files of the other formats
     *     are removed from {@code outputDir}, so that none of an earlier run stays beside this run's
     * @throws IllegalArgumentException when a format is unknown (before anything is written)
     * @throws IOException when a file cannot be written
     */
    public static Map<String, Path> write(RunResult run, Path baseDir, Path outputDir, Set<String> formats,
            String toolVersion) throws IOException {
        return write(run, baseDir, outputDir, formats, toolVersion, false);
    }

    /**
     * As {@link #write(RunResult, Path, Path, Set, String)}, with warnings failing the build or not
     * ({@code failOnWarning}): the JUnit file's {@code read} test cases then fail on warnings too.
     */
    public static Map<String, Path> write(RunResult run, Path baseDir, Path outputDir, Set<String> formats,
            String toolVersion, boolean warningsFail) throws IOException {
        Set<String> wanted = new java.util.HashSet<>();
        for (String format : formats) {
            String f = normalize(format);
            if (!FORMATS.contains(f)) {
                throw unknown(format);
            }
            wanted.add(f);
        }
        Map<String, Path> written = new LinkedHashMap<>();
        removeOthers(outputDir, wanted);
        if (wanted.isEmpty()) {
            return written;
        }
        Files.createDirectories(outputDir);
        // the formats are independent: written side by side (tens of megabytes each at national scale)
        List<String> order = FORMATS.stream().filter(wanted::contains).toList();
        List<IOException> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        order.parallelStream().forEach(format -> {
            try {
                writeAtomically(outputDir.resolve(fileName(format)), to -> {
                    switch (format) {
                        case SARIF -> to.write(Sarif.write(run, baseDir, toolVersion));
                        case JUNIT -> JUnitXml.write(run, baseDir, to, warningsFail);
                        default -> JsonResults.write(run, baseDir, toolVersion, to);
                    }
                });
            } catch (IOException e) {
                failures.add(e);
            } catch (java.io.UncheckedIOException e) {
                failures.add(e.getCause());
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        for (String format : order) {
            written.put(format, outputDir.resolve(fileName(format)));
        }
        return written;
    }

    /**
     * Beside the result files and the incremental index: the directory the files' paths are relative to, and what
     * else they were made from.
     */
    static final String BASE_STAMP = "check-index-base.txt";

    /**
     * Notes the directory the result files just written name their paths from, for {@link #fresh}: files written
     * by a build from another directory (the reactor, then the module alone) are not fresh for this one.
     */
    public static void markBase(Path outputDir, Path baseDir) throws IOException {
        markBase(outputDir, baseDir, "");
    }

    /**
     * As {@link #markBase(Path, Path)}, noting also {@code madeWith}: what else the files just written say besides
     * the reports' results (which problems a baseline accepts), for {@link #fresh(Path, Set, Path, Path, String)}.
     */
    public static void markBase(Path outputDir, Path baseDir, String madeWith) throws IOException {
        writeAtomically(outputDir.resolve(BASE_STAMP), stamp(baseDir, madeWith));
    }

    private static String stamp(Path baseDir, String madeWith) {
        String base = baseDir.toAbsolutePath().normalize().toString();
        return madeWith == null || madeWith.isEmpty() ? base : base + "\n" + madeWith.replace('\n', ' ');
    }

    /**
     * Removes from {@code outputDir} the files of the formats not in {@code wanted} (normalized names): an earlier
     * run's file of a format not wanted now would be collected by CI as this run's (trial Q, 3).
     */
    public static void removeOthers(Path outputDir, Set<String> wanted) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return;
        }
        for (String format : FORMATS) {
            if (!wanted.contains(format)) {
                Files.deleteIfExists(outputDir.resolve(fileName(format)));
            }
        }
    }

    /**
     * Whether every wanted result file exists and was written no earlier than {@code since}. Unknown formats are
     * never fresh.
     */
    public static boolean fresh(Path outputDir, Set<String> formats, Path since, Path baseDir) {
        return fresh(outputDir, formats, since, baseDir, "");
    }

    /**
     * As {@link #fresh(Path, Set, Path, Path)}, and made with {@code madeWith} as {@link #markBase(Path, Path, String)}
     * noted: files that accept other problems than the baseline now does are not fresh.
     */
    public static boolean fresh(Path outputDir, Set<String> formats, Path since, Path baseDir, String madeWith) {
        try {
            Path stamp = outputDir.resolve(BASE_STAMP);
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp, java.nio.charset.StandardCharsets.UTF_8)
                    .equals(stamp(baseDir, madeWith))) {
                // written by a build from another directory, whose paths are relative to that (trial X, 1), or with
                // another baseline (trial AK)
                return false;
            }
            java.nio.file.attribute.FileTime mark = Files.getLastModifiedTime(since);
            for (String format : formats) {
                String f = normalize(format);
                if (!FORMATS.contains(f)) {
                    return false;
                }
                Path file = outputDir.resolve(fileName(f));
                if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(mark) < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes UTF-8 text to a temporary file beside {@code target}, then moves it over {@code target}. */
    static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, to -> to.write(text));
    }

    private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /** What writes a file's text. */
    interface Content {
        void writeTo(java.io.Writer to) throws IOException;
    }

    /** Writes UTF-8 text, as it is made, to a temporary file beside {@code target}, then moves it over. */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // created as any file (the umask decides who may read it), not owner-only as a temporary file would be;
        // named by a counter started from the clock (a random name would start a secure random generator, which
        // costs more than writing a small file), and created only if no other writer has that name
        Path temp;
        while (true) {
            temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(TEMP_COUNTER.incrementAndGet())
                    + ".tmp");
            try {
                Files.createFile(temp);
                break;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // left behind, or being written by another build: take the next name
            }
        }
        try {
            try (java.io.Writer to = new Utf8Writer(Files.newOutputStream(temp))) {
                content.writeTo(to);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A writer of UTF-8 that encodes text straight into its own buffer: the writers above hand it their text in
     * pieces of tens of kilobytes, as builders, and a charset encoder or {@link String#getBytes} would copy each
     * piece twice more (measured: 9.5 MB made and thrown away for 1.6 MB of results of 200 reports). A high
     * surrogate at the end of a piece waits for the low one that starts the next; a lone half is written as
     * {@code ?}, as the JDK writes it.
     */
    static final class Utf8Writer extends java.io.Writer {
        private final java.io.OutputStream out;
        private final byte[] bytes = new byte[1 << 16];
        private int used;
        private final char[] chars = new char[1 << 12];
        private char pendingHigh;

        Utf8Writer(java.io.OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            encode(text, offset, length);
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int end = offset + length; offset < end; ) {
                int n = Math.min(end - offset, chars.length);
                text.getChars(offset, offset + n, chars, 0);
                encode(chars, 0, n);
                offset += n;
            }
        }

        @Override
        public java.io.Writer append(CharSequence text) throws IOException {
            if (text instanceof StringBuilder b) {
                for (int offset = 0, end = b.length(); offset < end; ) {
                    int n = Math.min(end - offset, chars.length);
                    b.getChars(offset, offset + n, chars, 0);
                    encode(chars, 0, n);
                    offset += n;
                }
            } else {
                write(String.valueOf(text));
            }
            return this;
        }

        @Override
        public void write(int c) throws IOException {
            encode(new char[] {(char) c}, 0, 1);
        }

        /**
         * A cold JVM compiles a method once it has been called a few hundred times: in slices of a few hundred
         * characters the loop below is compiled after the first tens of kilobytes of a run's results, where slices
         * of kilobytes would leave it interpreted for most of them.
         */
        private static final int SLICE = 256;

        private void encode(char[] text, int offset, int length) throws IOException {
            for (int end = offset + length; offset < end; offset += SLICE) {
                encodeSlice(text, offset, Math.min(SLICE, end - offset));
            }
        }

        private void encodeSlice(char[] text, int offset, int length) throws IOException {
            byte[] b = bytes;
            int u = used;
            for (int i = offset, end = offset + length; i < end; i++) {
                if (u > b.length - 4) {
                    used = u;
                    drain();
                    u = 0;
                }
                char c = text[i];
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        int cp = Character.toCodePoint(high, c);
                        b[u++] = (byte) (0xF0 | cp >> 18);
                        b[u++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[u++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[u++] = (byte) (0x80 | cp & 0x3F);
                        continue;
                    }
                    b[u++] = '?';
                }
                if (c < 0x80) {
                    b[u++] = (byte) c;
                } else if (c < 0x800) {
                    b[u++] = (byte) (0xC0 | c >> 6);
                    b[u++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(c)) {
                    b[u++] = '?';
                } else {
                    b[u++] = (byte) (0xE0 | c >> 12);
                    b[u++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[u++] = (byte) (0x80 | c & 0x3F);
                }
            }
            used = u;
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(bytes, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    if (used > bytes.length - 4) {
                        drain();
                    }
                    bytes[used++] = '?';
                }
                drain();
            } finally {
                out.close();
            }
        }
    }

    /**
     * The formats of a comma-separated list ({@code tally.formats}), known ones only ({@code none} for none): checked before the reports
     * are, so that a typo costs no run.
     *
     * @throws IllegalArgumentException naming the first unknown format and the known ones
     */
    public static Set<String> formats(String list) {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        if (list != null && list.strip().equalsIgnoreCase("none")) {
            return wanted; // an empty element in a POM is no value, and the default would apply: none says none
        }
        for (String f : (list == null ? "" : list).split(",")) {
            if (!f.isBlank()) {
                if (normalize(f).equals("none")) {
                    throw new IllegalArgumentException("'none' writes no result file and cannot be combined with "
                            + "formats: " + list.strip());
                }
                if (!FORMATS.contains(normalize(f))) {
                    throw unknown(f.strip());
                }
                wanted.add(normalize(f));
            }
        }
        return wanted;
    }

    private static String normalize(String format) {
        return format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String format) {
        return new IllegalArgumentException("unknown result format '" + format + "'; known formats: "
                + String.join(", ", FORMATS));
    }
}
