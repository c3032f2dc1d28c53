package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules found, turned into diagnostics. A thing that recurs (a word, a domain, a converter's
 * pinyin) is one finding at its first line, with how often it occurs and on which lines.
 */
final class Findings {

    /** How many line numbers a finding lists before it says {@code …}. */
    static final int MAX_LINES = 12;

    private final Path file;
    private final List<Diagnostic> items = new ArrayList<>();

    Findings(Path file) {
        this.file = file;
    }

    void report(Severity severity, Location at, String code, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) {
            texts.add(String.valueOf(a));
        }
        items.add(new Diagnostic(severity, at, code, texts));
    }

    /** The findings in order of file and line (then as found). */
    Diagnostics diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Diagnostic::location));
        Diagnostics d = new Diagnostics();
        sorted.forEach(d::add);
        return d;
    }

    /**
     * The lines of some occurrences as printed in a message: {@code 3, 5, 9}; a line in another file than
     * the report (an include) as {@code _contact.adoc:4}; at most {@link #MAX_LINES}, then {@code …}.
     */
    String lines(List<Location> at) {
        Set<String> shown = new LinkedHashSet<>();
        for (Location l : at) {
            String s = l.file().equals(file) ? String.valueOf(l.line()) : l.file().getFileName() + ":" + l.line();
            shown.add(s);
        }
        List<String> list = new ArrayList<>(shown);
        if (list.size() > MAX_LINES) {
            list = new ArrayList<>(list.subList(0, MAX_LINES));
            list.add("…");
        }
        return dev.tally.diagnostic.Messages.listRef(list);
    }

    /** Occurrences of recurring things, in order of first occurrence. */
    static final class Recurring<K> {
        final Map<K, List<Location>> where = new LinkedHashMap<>();

        void add(K key, Location at) {
            where.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
        }

        boolean isEmpty() {
            return where.isEmpty();
        }
    }
}
