package dev.tally.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the page's includes inside the reports directory, as {@code tally:check} does: an include whose path leads
 * out of it is left out of the page without a word, since the check has said why ({@code include.outside},
 * {@code include.absolute}, {@code include.link-outside}).
 *
 * <p>Asciidoctor's safe mode jails include paths by their text, but "recovers" a path out of the jail as one
 * inside it: {@code ../../pom.xml} became {@code pom.xml}, logged as "include file not found: pom.xml" (a file that
 * exists, outside), and the page showed "Unresolved directive in ..." (trial AB, 9). So a path is taken here where,
 * from the folder of the file that includes it, it leads out of the reports directory ({@code ../} too many, an
 * absolute path), and refused.
 *
 * <p>Through symbolic links too: the jail goes by the path's text, so a link inside the directory to a file outside
 * it would put that file in the page (trial L, 1). The directory is searched once for links that lead out of it;
 * an include whose path names one of them is taken here: refused when it leads out, else included whole.
 *
 * <p>Other includes are left to Asciidoctor, with its {@code tag=} and {@code lines=}: in a directory without such
 * links, every include inside it.
 */
final class LinkGuard extends IncludeProcessor {

    /** A URL as Asciidoctor tells one ({@code https://}, {@code mailto:}): safe mode makes it a link, reads nothing. */
    private static final Pattern URI = Pattern.compile("^\\p{Alpha}[\\p{Alnum}.+-]+:/{0,2}");
    /** An absolute path: from the root, or a Windows drive's. */
    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*", Pattern.DOTALL);

    /** The reports directory as the pages name it, and as it really is (its links followed). */
    private Path base;
    private Path jail;
    /** The file names of the links in the reports directory that lead out of it. */
    private Set<String> names = Set.of();
    private long searched;

    /**
     * The reports directory of the pages converted next (conversions are one at a time). It is searched again
     * when it changes, or a minute after the last search (a long-lived build daemon keeps this renderer).
     */
    void enter(Path reportsDirectory) {
        base = reportsDirectory.toAbsolutePath().normalize();
        reader = null;
        Path real = realPath(reportsDirectory);
        long now = System.nanoTime();
        if (!real.equals(jail) || now - searched > 60_000_000_000L) {
            jail = real;
            names = outwardLinks(real);
            searched = now;
        }
    }

    /** The reader of the page being converted, which knows the folder of the file an include is in. */
    private PreprocessorReader reader;

    /**
     * The includes the check found going round (a file including itself, A → B → A), as file and target written:
     * left out of the page, which Asciidoctor would fill with 64 copies (trial AP, 5).
     */
    private Set<String> circular = Set.of();

    /** The page converted next: the includes of its problems that go round, {@code include.recursive} and circle. */
    void refuse(java.util.List<dev.tally.diagnostic.Diagnostic> problems) {
        Set<String> found = new HashSet<>();
        for (dev.tally.diagnostic.Diagnostic d : problems) {
            if ((d.code().equals("include.recursive") || d.code().equals("include.circle")) && !d.args().isEmpty()
                    && d.location().file() != null) {
                found.add(key(d.location().file().toString(), d.args().get(0)));
            }
        }
        circular = Set.copyOf(found);
    }

    private static String key(String file, String target) {
        return Path.of(file).toAbsolutePath().normalize() + "\0" + target;
    }

    /** Whether an include, from the file the page's reader is in, is one the check found going round. */
    private boolean goesRound(PreprocessorReader in, String target) {
        if (circular.isEmpty() || in == null || in.getFile() == null) {
            return false;
        }
        try {
            return circular.contains(key(in.getFile(), target));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** To register as a preprocessor: it hands over each page's reader, for {@link #handles}. */
    Preprocessor readerOfEachPage() {
        return new Preprocessor() {
            @Override
            public Reader process(Document document, PreprocessorReader pageReader) {
                reader = pageReader;
                return pageReader;
            }
        };
    }

    @Override
    public boolean handles(String target) {
        if (leadsOut(target) || goesRound(reader, target)) {
            return true;
        }
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

    /**
     * Whether an include path leads out of the reports directory, as the check decides it: an absolute path
     * wherever it points ({@code include.absolute}), or one that leaves the directory from the folder of the file
     * that includes it ({@code include.outside}).
     */
    private boolean leadsOut(String target) {
        if (target.regionMatches(true, 0, "file:", 0, 5)) {
            return true; // a file of the build machine, which safe mode would publish as a link to it (trial AQ, 7)
        }
        if (URI.matcher(target).find()) {
            return false;
        }
        if (ABSOLUTE.matcher(target).matches()) {
            return true;
        }
        if (!target.contains("..") || reader == null || base == null) {
            return false; // without ../, a path stays in the folder it is written in
        }
        try {
            return !Path.of(reader.getDir()).resolve(target).normalize().startsWith(base);
        } catch (InvalidPathException e) {
            return false; // not a path: Asciidoctor does not find it, and the check reports it
        }
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        if (leadsOut(target) || goesRound(reader, target)) {
            return; // left out of the page without a word: the check said why
        }
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
