package dev.tally.render;

import dev.tally.model.PublishedFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The files a report's page shows or links to, published beside the pages: images ({@code image::logo.png[]},
 * with {@code :imagesdir:} or without) and attachments such as PDFs, spreadsheets and Word or WPS documents, at their
 * paths under the reports directory, so that the links the page holds lead to them. Only files inside the reports
 * directory are copied (a symbolic link is not followed, a hidden file or folder is left out), and only of the kinds
 * {@link PublishedFiles} lists: the reports directory also holds the reports, their partials and data that are not
 * for publishing as they are. {@code tally:check} warns of a report that names a file this does not publish.
 */
public final class Assets {

    private Assets() {
    }

    /** Copies the published kinds of file under {@code reportsDirectory} to {@code out}; returns how many. */
    public static int copy(Path reportsDirectory, Path out) throws IOException {
        Path root = reportsDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int[] copied = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && PublishedFiles.hidden(name) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // a symbolic link is not followed: what it leads to may lie outside the reports directory
                if (attrs.isRegularFile() && !Files.isSymbolicLink(file) && published(file)) {
                    Path target = out.resolve(root.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                    copied[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable: the page's link stays broken, as it would be anyway
            }
        });
        return copied[0];
    }

    static boolean published(Path file) {
        return PublishedFiles.published(file.getFileName().toString());
    }
}
