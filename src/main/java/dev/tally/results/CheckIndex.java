package dev.tally.results;

import dev.tally.run.ReportResult;
import dev.tally.run.Reuse;
import dev.tally.run.RunResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incremental check: a content-hash index under {@code target/tally/}. For every report it keeps the
 * result and the SHA-256 of every file the result depends on (the report, its includes, its template file,
 * its previous report and that report's includes), and the state of every path whose presence alone it depends
 * on (the images and attachments its page names: missing, a file, a folder, or a link and where it leads); a
 * report is checked again only when one of them changed, and everything is checked again when the plugin version
 * changes. The index is a cache: anything wrong with it means checking everything.
 */
public final class CheckIndex implements Reuse {

    private static final String INPUTS = "check-index.txt";
    private static final String RESULTS = "check-index.json";

    private final Path dir;
    private final Path baseDir;
    private final String version;
    private final String settings;
    private final Map<Path, ReportResult> earlier = new ConcurrentHashMap<>();
    private final Map<Path, Map<Path, String>> earlierInputs = new ConcurrentHashMap<>();
    private final Map<Path, Map<Path, String>> inputs = new ConcurrentHashMap<>();
    private final Map<Path, String> hashes = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    private CheckIndex(Path dir, Path baseDir, String version, String settings) {
        this.dir = dir;
        this.baseDir = baseDir;
        this.version = version;
        this.settings = settings;
    }

    /**
     * Removes the index from {@code dir}: a run that checked everything without it has written result files it does
     * not describe, so the next run with it must check everything again (trial AH, 1).
     */
    public static void forget(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(INPUTS));
        Files.deleteIfExists(dir.resolve(RESULTS));
    }

    /** The index in {@code dir}, empty when there is none or it does not fit this plugin version. */
    public static CheckIndex load(Path dir, Path baseDir, String version) {
        return load(dir, baseDir, version, "");
    }

    /**
     * The index in {@code dir}, empty when there is none, when it was written by another plugin version, or when
     * it was written with other settings.
     *
     * @param settings what else the results depend on (the integrity settings), or null to take the results
     *                 whatever settings {@code tally:check} used ({@code tally:report} shows what the check found)
     */
    public static CheckIndex load(Path dir, Path baseDir, String version, String settings) {
        Path base = baseDir.toAbsolutePath().normalize();
        CheckIndex index = new CheckIndex(dir, base, version, settings == null ? "" : settings);
        try {
            Path inputsFile = dir.resolve(INPUTS);
            Path resultsFile = dir.resolve(RESULTS);
            if (!Files.isRegularFile(inputsFile) || !Files.isRegularFile(resultsFile)) {
                return index;
            }
            List<String> lines = Files.readAllLines(inputsFile, StandardCharsets.UTF_8);
            String[] header = lines.isEmpty() ? new String[0] : lines.get(0).split("\t", -1);
            if (header.length != 3 || !header[0].equals(HEADER) || !header[1].equals(clean(version))
                    || (settings != null && !header[2].equals(sha256(settings)))) {
                return index;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    return new CheckIndex(dir, base, version, index.settings);
                }
                index.earlierInputs.computeIfAbsent(Path.of(parts[0]), k -> new TreeMap<>())
                        .put(Path.of(parts[1]), parts[2]);
            }
            // reading it takes about three times its size (bytes, then text): a cache must never fail the build,
            // so an index too large for the heap is ignored and everything is checked
            if (Files.size(resultsFile) * 3 > Runtime.getRuntime().maxMemory() / 4 * 3) {
                return new CheckIndex(dir, base, version, index.settings);
            }
            Results results = JsonResults.read(Files.readString(resultsFile, StandardCharsets.UTF_8), index.baseDir);
            for (Results.ReportEntry e : results.reports()) {
                index.earlier.put(e.file(), new ReportResult(e.file(), e.title(), null, null, e.diagnostics(),
                        e.checksRun(), e.outcomes()));
            }
        } catch (IOException | RuntimeException e) {
            return new CheckIndex(dir, base, version, index.settings);
        }
        return index;
    }

    /** Version 3: the presence of the files a report's page names is kept too. */
    private static final String HEADER = "tally-check-index 3";

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** Whether there are earlier results at all. */
    public boolean isEmpty() {
        return earlier.isEmpty();
    }

    @Override
    public ReportResult reuse(Path report) {
        ReportResult r = earlier.get(report);
        Map<Path, String> was = earlierInputs.get(report);
        if (r == null || was == null || was.isEmpty()) {
            return null;
        }
        for (Map.Entry<Path, String> e : was.entrySet()) {
            String now = e.getValue().startsWith(STATE) ? state(e.getKey()) : hash(e.getKey());
            if (!e.getValue().equals(now)) {
                return null;
            }
        }
        inputs.put(report, was);
        reused.incrementAndGet();
        return r;
    }

    @Override
    public void checked(ReportResult result, List<Path> files) {
        checked(result, files, List.of());
    }

    @Override
    public void checked(ReportResult result, List<Path> files, List<Path> present) {
        checkedAgain.add(result.file());
        Map<Path, String> h = new TreeMap<>();
        for (Path p : present) {
            h.put(p, state(p));
        }
        for (Path f : files) {
            h.put(f, hash(f)); // its content says more than its presence
        }
        inputs.put(result.file(), h);
    }

    /** What the index keeps of a path whose presence alone matters starts with this; a content hash never does. */
    private static final String STATE = "state:";

    /**
     * A path's presence, never its content (an attachment may be large): missing, a file, a folder or something
     * else, and where it really is when a link on the way leads elsewhere.
     */
    static String state(Path path) {
        try {
            if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return STATE + "missing";
            }
            Path real = path.toRealPath();
            String kind = Files.isRegularFile(real) ? "file" : Files.isDirectory(real) ? "folder" : "other";
            return STATE + kind + (real.equals(path) ? "" : " " + clean(real.toString()));
        } catch (IOException | RuntimeException e) {
            return STATE + "unreadable"; // a link that leads nowhere, a loop
        }
    }

    /** The reports checked (again) in this run, for the debug log (trial AD, 9). */
    private final java.util.Set<Path> checkedAgain = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The reports checked in this run, not reused, in path order. */
    public List<Path> checkedAgain() {
        return checkedAgain.stream().sorted().toList();
    }

    /** How many reports were not checked again. */
    public int reused() {
        return reused.get();
    }

    /**
     * Whether the run reused every result and nothing else was indexed: nothing changed since the index was
     * written, so neither it nor the result files written with it need writing again.
     */
    public boolean unchanged(RunResult run) {
        return reused.get() == run.reports().size() && earlier.size() == run.reports().size();
    }

    /** The index's file of results; result files written after it in the same run are as fresh as it is. */
    public Path resultsFile() {
        return dir.resolve(RESULTS);
    }

    /** Writes the index for the next run (unless nothing changed): this run's results and their inputs. */
    public void save(RunResult run) throws IOException {
        if (unchanged(run) && Files.isRegularFile(dir.resolve(RESULTS)) && Files.isRegularFile(dir.resolve(INPUTS))) {
            return;
        }
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder(HEADER).append('\t').append(clean(version)).append('\t')
                .append(sha256(settings)).append('\n');
        for (ReportResult r : run.reports()) {
            Map<Path, String> h = inputs.get(r.file());
            if (h == null) {
                continue;
            }
            for (Map.Entry<Path, String> e : h.entrySet()) {
                if (e.getKey().toString().contains("\t") || e.getKey().toString().contains("\n")) {
                    continue;
                }
                b.append(r.file()).append('\t').append(e.getKey()).append('\t').append(e.getValue()).append('\n');
            }
        }
        try {
            ResultFiles.writeAtomically(dir.resolve(RESULTS), to -> JsonResults.write(run, baseDir, version, to));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        write(dir.resolve(INPUTS), b.toString());
    }

    private static void write(Path file, String text) throws IOException {
        ResultFiles.writeAtomically(file, text);
    }

    private String hash(Path file) {
        return hashes.computeIfAbsent(file, CheckIndex::sha256);
    }

    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            // a FIFO or a device named as an input would block the build reading it (trial V, 5): it has no content
            // to index, and checking it says what it is
            return Files.exists(file) ? "not-a-file" : "missing";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "missing";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Path> knownReports() {
        return new ArrayList<>(earlier.keySet());
    }
}
