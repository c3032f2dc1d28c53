package dev.tally.render;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;

/**
 * The files a report's page shows or links to, published beside the pages: images ({@code image::logo.png[]},
 * with {@code :imagesdir:} or without) and attachments such as PDFs, at their paths under the reports directory,
 * so that the links the page holds lead to them. Only files inside the reports directory are copied (a link that
 * leads outside it is not followed), and only of the kinds below: the reports directory also holds the reports,
 * their partials and data that are not for publishing as they are.
 */
public final class Assets {

    /** The kinds of file that are published: images and documents a report links to. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
            "pdf");

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
                return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
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
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
