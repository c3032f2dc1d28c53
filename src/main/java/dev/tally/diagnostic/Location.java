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

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
