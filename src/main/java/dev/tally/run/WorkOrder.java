package dev.tally.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order reports are checked in: each right after the report it names as its previous period's, so that a
 * report read for itself is still at hand when the next period's report needs it (a national repository keeps
 * {@code 2023/} and {@code 2024/} apart, and path order would read every report twice). The link is taken from
 * the {@code :tally-previous:} entry in a report's first lines; where it cannot be seen there the report keeps
 * its place in path order, and only the reuse of a reading is lost, never a result.
 */
final class WorkOrder {

    /** How much of a report is looked at for its {@code :tally-previous:} entry. */
    private static final int HEAD = 8192;

    private WorkOrder() {
    }

    /** The reports in working order: every report of {@code files} once. */
    static List<Path> of(List<Path> files) {
        List<Path> order = new ArrayList<>(files.size());
        chains(files).forEach(order::addAll);
        return order;
    }

    /**
     * The reports in working order, as chains: a report, then the reports that name it as previous, then theirs.
     * A chain is one thread's work: handed out report by report, the next period's report would wait in one
     * thread for the reading of its previous one under way in the other.
     */
    static List<List<Path>> chains(List<Path> files) {
        Set<Path> all = new HashSet<>(files);
        Map<Path, Path> previous = new ConcurrentHashMap<>();
        Parallel.forEach(files, f -> {
            Path p = previousOf(f);
            if (p != null && all.contains(p) && !p.equals(f)) {
                previous.put(f, p);
            }
        });
        Map<Path, List<Path>> next = new HashMap<>();
        for (Path f : files) {
            Path p = previous.get(f);
            if (p != null) {
                next.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
            }
        }
        List<List<Path>> chains = new ArrayList<>();
        Set<Path> done = new HashSet<>();
        for (Path f : files) {
            if (!previous.containsKey(f)) {
                List<Path> chain = new ArrayList<>();
                chain(f, next, chain, done);
                chains.add(chain);
            }
        }
        for (Path f : files) {
            List<Path> chain = new ArrayList<>();
            chain(f, next, chain, done); // the rest: links in a cycle
            if (!chain.isEmpty()) {
                chains.add(chain);
            }
        }
        return chains;
    }

    /** A report, then the reports that name it as previous, then theirs, depth first (no recursion). */
    private static void chain(Path start, Map<Path, List<Path>> next, List<Path> order, Set<Path> done) {
        List<Path> stack = new ArrayList<>();
        stack.add(start);
        while (!stack.isEmpty()) {
            Path f = stack.remove(stack.size() - 1);
            if (!done.add(f)) {
                continue;
            }
            order.add(f);
            List<Path> successors = next.getOrDefault(f, List.of());
            for (int i = successors.size() - 1; i >= 0; i--) {
                stack.add(successors.get(i));
            }
        }
    }

    /** The report named by the {@code :tally-previous:} entry among the report's first lines, or null. */
    static Path previousOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int at = text.indexOf(":tally-previous:");
        if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n')) {
            return null;
        }
        int end = text.indexOf('\n', at);
        if (end < 0) {
            return null;
        }
        String value = text.substring(at + ":tally-previous:".length(), end).strip();
        if (value.isEmpty() || value.indexOf('\0') >= 0) {
            return null;
        }
        try {
            return file.getParent().resolve(value).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
