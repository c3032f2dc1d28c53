package dev.tally.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the reports: every {@code *.adoc} file below the reports directory, recursively, except partials
 * (files whose name starts with {@code _}), in path order. Symbolic links to directories are not followed.
 */
public final class ReportFinder {

    private ReportFinder() {
    }

    public static List<Path> find(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .filter(p -> p.getFileName().toString().endsWith(".adoc"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
