package dev.tally.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A place in a source file: the file and a 1-based line (0 when the problem concerns the whole file).
 */
public record Location(Path file, int line) implements Comparable<Location> {

    private static final Comparator<Location> ORDER =
            Comparator.comparing((Location l) -> l.file().toString()).thenComparingInt(Location::line);

    public static Location of(Path file) {
        return new Location(file, 0);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    // written out: a record's generated equals and hashCode are linked at first use, which a cold build pays for
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && java.util.Objects.equals(file, l.file);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(file) + line;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
