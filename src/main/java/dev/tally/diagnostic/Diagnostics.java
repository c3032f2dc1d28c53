package dev.tally.diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Collects the problems found while reading and checking. Not thread-safe: one per report. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public void error(Location location, String code, Object... args) {
        report(Severity.ERROR, location, code, args);
    }

    public void warning(Location location, String code, Object... args) {
        report(Severity.WARNING, location, code, args);
    }

    public void note(Location location, String code, Object... args) {
        report(Severity.NOTE, location, code, args);
    }

    public void report(Severity severity, Location location, String code, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        items.add(new Diagnostic(severity, location, code, Arrays.asList(texts)));
    }

    public List<Diagnostic> list() {
        return Collections.unmodifiableList(items);
    }

    public long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether an error was added after the first {@code mark} diagnostics. */
    public boolean hasErrorsSince(int mark) {
        return items.subList(mark, items.size()).stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public int size() {
        return items.size();
    }
}
