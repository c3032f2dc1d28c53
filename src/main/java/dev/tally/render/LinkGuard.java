package dev.tally.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the page's includes inside the reports directory through symbolic links too. Asciidoctor's safe mode
 * jails include paths by their text, so a link inside the directory to a file outside it would put that file in
 * the page, where {@code tally:check} refuses it ({@code include.outside}) (trial L, 1).
 *
 * <p>The directory is searched once for links that lead out of it. An include whose path names one of them is
 * taken here: refused (nothing is included) when it leads out, else included whole. Other includes are left to
 * Asciidoctor, with its {@code tag=} and {@code lines=}: in a directory without such links, all of them.
 */
final class LinkGuard extends IncludeProcessor {

    private Path jail;
    /** The file names of the links in the reports directory that lead out of it. */
    private Set<String> names = Set.of();
    private long searched;

    /**
     * The reports directory of the pages converted next (conversions are one at a time). It is searched again
     * when it changes, or a minute after the last search (a long-lived build daemon keeps this renderer).
     */
    void enter(Path reportsDirectory) {
        Path real = realPath(reportsDirectory);
        long now = System.nanoTime();
        if (!real.equals(jail) || now - searched > 60_000_000_000L) {
            jail = real;
            names = outwardLinks(real);
            searched = now;
        }
    }

    @Override
    public boolean handles(String target) {
        if (names.isEmpty()) {
            return false;
        }
        for (String part : target.split("[/\\\\]")) {
            if (names.contains(part)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path file;
        try {
            file = Path.of(reader.getDir()).resolve(target).normalize();
        } catch (RuntimeException e) {
            return; // not a path: the check reports it
        }
        if (!Files.isRegularFile(file) || !realPath(file).startsWith(jail)) {
            return; // leads out: left out of the page, as the check said
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            reader.pushInclude(text, file.toString(), target, 1, attributes);
        } catch (IOException | RuntimeException e) {
            // unreadable: the check reports it
        }
    }

    private static Set<String> outwardLinks(Path root) {
        Set<String> found = new HashSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // links are not followed: a link to a directory comes here too
                    if (attrs.isSymbolicLink() && !realPath(file).startsWith(root)) {
                        found.add(file.getFileName().toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a directory that cannot be listed holds no report either
        }
        return Set.copyOf(found);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
