package dev.tally.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the reports: every {@code *.adoc} file below the reports directory, recursively, except hidden files and
 * folders (a name starting with {@code .}) and partials
 * (files whose name starts with {@code _}), in path order. Symbolic links to directories below it are not
 * followed; the directory itself may be one.
 */
public final class ReportFinder {

    private ReportFinder() {
    }

    /**
     * Where the reports directory really is, when that holds the project ({@code src/reports -> ..}, or a link to the
     * home folder or {@code /}): the jail would then be the checkout, its {@code .git/config} and the build's
     * settings within reach of an include (trial AQ, 2); else null. A link to a folder elsewhere is a reports
     * directory like any.
     */
    public static Path holdsProject(Path directory, Path projectBase) {
        try {
            Path real = directory.toRealPath();
            Path base = projectBase.toRealPath();
            return base.startsWith(real) ? real : null;
        } catch (IOException | RuntimeException e) {
            return null; // not there: nothing is read from it either
        }
    }

    public static List<Path> find(Path directory) throws IOException {
        return scan(directory).reports();
    }

    /**
     * The reports, and the files that look meant as reports but are not read: a name ending in {@code .ADOC} or
     * {@code .Adoc}, or in {@code .asciidoc} (trial AF). A build says so, rather than pass them over without a word.
     */
    public record Found(List<Path> reports, List<Path> notRead) {
    }

    public static Found scan(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Path> notRead = new ArrayList<>();
        // walked as directory/. : a reports directory that is itself a link (src/reports -> /data/reports) is the
        // directory it names, whose reports are found (trial AF, 6); links inside it are still not followed
        Path root = directory.resolve(".");
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // a hidden folder (.git, .vscode) holds no reports, as the site publishes none of it (trial AF)
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // the attributes come with the listing: no second look at the file
                String name = file.getFileName().toString();
                // a pipe or a device named like a report is listed too, so that reading it says what it is rather
                // than passing it over without a word (trial V, 5); it is never opened
                boolean listed = attrs.isRegularFile() || attrs.isSymbolicLink() || attrs.isOther();
                if (name.startsWith(".")) {
                    return FileVisitResult.CONTINUE; // an editor's lock or backup (.#r.adoc), a hidden draft: not a report
                }
                if (name.endsWith(".adoc") && !name.startsWith("_") && listed) {
                    found.add(file.toAbsolutePath().normalize());
                } else if (listed && !name.startsWith("_") && !name.startsWith(".") && meant(name)) {
                    notRead.add(file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        Collections.sort(notRead);
        return new Found(List.copyOf(found), List.copyOf(notRead));
    }

    private static boolean meant(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".adoc") && !name.endsWith(".adoc") || lower.endsWith(".asciidoc");
    }
}
