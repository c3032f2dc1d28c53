package dev.tally.results;

import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultFilesTest {

    @TempDir
    Path project;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void textWrittenInPiecesIsUtf8EvenWhereAPieceEndsInsideACharacter() throws IOException {
        String text = "政府信息公开 \uD83D\uDCCA 年度报告 \uD840\uDC00 tally";
        for (int cut = 0; cut <= text.length(); cut++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.Writer w = new ResultFiles.Utf8Writer(bytes)) {
                w.write(text.substring(0, cut));
                w.append(new StringBuilder(text.substring(cut)));
            }
            assertEquals(text, bytes.toString(StandardCharsets.UTF_8), "cut at " + cut);
        }
        java.io.ByteArrayOutputStream lone = new java.io.ByteArrayOutputStream();
        try (java.io.Writer w = new ResultFiles.Utf8Writer(lone)) {
            w.write("半\uD83D");
        }
        assertEquals("半?", lone.toString(StandardCharsets.UTF_8), "a lone half is written as the JDK writes it");
    }

    @Test
    void everyWayOfWritingGivesTheBytesTheJdkGives() throws IOException {
        // lone low halves, a high half before a plain character, pieces longer than the writer's buffers, and a pair
        // across the slices it encodes in
        String[] texts = {"a\uDC00b", "\uD83Dx\uD83D\uDCCA", "\uDC00\uD83D", "é€" + "数".repeat(30_000) + "\uD83D\uDCCA",
            "x".repeat(70_000) + "\uD83D", "x".repeat(255) + "\uD83D\uDCCA" + "数".repeat(300) + "\uD83D\uDCCA"};
        for (String text : texts) {
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream asString = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream asChars = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream oneByOne = new java.io.ByteArrayOutputStream();
            try (java.io.Writer a = new ResultFiles.Utf8Writer(asString);
                    java.io.Writer b = new ResultFiles.Utf8Writer(asChars);
                    java.io.Writer c = new ResultFiles.Utf8Writer(oneByOne)) {
                a.write(text);
                b.write(text.toCharArray(), 0, text.length());
                for (int i = 0; i < text.length(); i++) {
                    c.write(text.charAt(i));
                }
            }
            String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, asString.toByteArray(), shown);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, asChars.toByteArray(), shown);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, oneByOne.toByteArray(), shown);
        }
    }

    @Test
    void writesTheThreeFilesIntoANewDirectory() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Path out = project.resolve("target/tally/results");
        Map<String, Path> written = ResultFiles.write(run, project, out, Set.of("json", "sarif", "junit"), "0.1.0");
        assertEquals(List.of("sarif", "junit", "json"), List.copyOf(written.keySet()));
        assertEquals(List.of("TEST-tally.xml", "tally-results.json", "tally-results.sarif"), names(out));
        assertEquals(out.resolve("tally-results.sarif"), written.get("sarif"));
        assertEquals(Sarif.write(run, project, "0.1.0"), Files.readString(out.resolve("tally-results.sarif"), StandardCharsets.UTF_8));
        assertEquals(JUnitXml.write(run, project), Files.readString(out.resolve("TEST-tally.xml"), StandardCharsets.UTF_8));
        String json = Files.readString(out.resolve("tally-results.json"), StandardCharsets.UTF_8);
        assertEquals(JsonResults.write(run, project, "0.1.0"), json);
        // what the files hold is usable as such: UTF-8 bytes, the XML parses, the JSON reads back
        byte[] bytes = Files.readAllBytes(out.resolve("tally-results.json"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("沈荡镇"));
        JUnitXmlTest.parse(Files.readString(out.resolve("TEST-tally.xml")));
        assertEquals(run.errors(), JsonResults.read(json, project).errors());
    }

    @Test
    void writesOnlyTheFormatsAskedForAndReplacesOldFiles() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Path out = project.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("tally-results.json"), "old and much longer than nothing ".repeat(10_000));
        Map<String, Path> written = ResultFiles.write(run, project, out, Set.of(" JSON "), "2");
        assertEquals(Set.of("json"), written.keySet());
        assertEquals(List.of("tally-results.json"), names(out), "no temporary file is left behind");
        assertEquals(JsonResults.write(run, project, "2"), Files.readString(out.resolve("tally-results.json")));
        assertTrue(ResultFiles.write(run, project, project.resolve("none"), Set.of(), "2").isEmpty());
        assertFalse(Files.exists(project.resolve("none")));
    }

    /**
     * Trial Q, 3: a run that asks for fewer formats leaves no file of an earlier run beside its own, where CI would
     * collect it as this run's; with none, none is left. Other files in the directory stay.
     */
    @Test
    void theFilesOfFormatsNotAskedForAreRemoved() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Path out = project.resolve("out");
        ResultFiles.write(run, project, out, Set.of("sarif", "junit", "json"), "2");
        Files.writeString(out.resolve("other.txt"), "not Tally's");
        ResultFiles.write(run, project, out, Set.of("json"), "2");
        assertEquals(List.of("other.txt", "tally-results.json"), names(out));
        ResultFiles.write(run, project, out, Set.of(), "2");
        assertEquals(List.of("other.txt"), names(out));
    }

    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Path out = project.resolve("out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultFiles.write(run, project, out, new java.util.LinkedHashSet<>(List.of("sarif", "html")), "1"));
        assertTrue(e.getMessage().contains("'html'"), e.getMessage());
        assertTrue(e.getMessage().contains("sarif, junit, json"), e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals("TEST-tally.xml", ResultFiles.fileName("junit"));
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.fileName("xml"));
    }

    @Test
    void aFileInTheWayIsAnIOException() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Path blocker = project.resolve("blocked");
        Files.writeString(blocker, "a file, not a directory");
        assertThrows(IOException.class, () -> ResultFiles.write(run, project, blocker, Set.of("json"), "1"));
        Path out = project.resolve("out");
        Files.createDirectories(out.resolve("tally-results.json"));
        Files.writeString(out.resolve("tally-results.json").resolve("x"), "a non-empty directory in the way");
        assertThrows(IOException.class, () -> ResultFiles.write(run, project, out, Set.of("json"), "1"));
        assertEquals(List.of("tally-results.json"), names(out), "no temporary file is left behind");
    }

    @Test
    void writersOfOneFileAtOnceEachWriteWholeAndLeaveNothingBehind() throws Exception {
        Path out = project.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("r.txt");
        List<String> texts = java.util.stream.IntStream.range(0, 16).mapToObj(i -> ("text " + i + "\n").repeat(5_000)).toList();
        texts.parallelStream().forEach(t -> {
            try {
                ResultFiles.writeAtomically(target, t);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(texts.contains(Files.readString(target)), "one writer's whole text, not a mix");
        assertEquals(List.of("r.txt"), names(out), "no temporary file is left behind");
    }

    /** Trial O, 6: none alone writes nothing; with formats it is a mistake, said as such. */
    @Test
    void noneIsAloneOrAMistake() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), ResultFiles.formats(" None "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResultFiles.formats("none,sarif"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "'none' writes no result file and cannot be combined with formats: none,sarif", e.getMessage());
    }
}
