package dev.tally.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset the JVM turns file names into bytes with. It comes from the locale the JVM started in, not from
 * {@code file.encoding}: under a locale that is not installed (or {@code LC_ALL=C}) it is ASCII, and a Chinese
 * file name written in a report cannot be opened at all. Tally then says why, instead of "not a valid path".
 */
public final class FileNames {

    private FileNames() {
    }

    /** The JVM's file-name charset ({@code sun.jnu.encoding}); UTF-8 when it is not known. */
    public static Charset charset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Whether {@code path} has characters that file names in {@code names} cannot hold. */
    public static boolean unencodable(String path, Charset names) {
        return !names.newEncoder().canEncode(path);
    }

    /** Whether {@code path} has characters that this JVM's file names cannot hold. */
    public static boolean unencodable(String path) {
        return unencodable(path, charset());
    }

    /**
     * The link that takes {@code file} out of {@code root}, as the repository holds it: {@code _notes.adoc → ../x.txt},
     * the link's path below {@code root} and its own target text. Not the real path, which would tell the build
     * machine's folders to the published site. Null when no link below {@code root} is on the way.
     */
    public static String linkOut(java.nio.file.Path file, java.nio.file.Path root) {
        for (java.nio.file.Path p = file; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (java.nio.file.Files.isSymbolicLink(p)) {
                try {
                    return root.relativize(p).toString().replace('\\', '/') + " → "
                            + java.nio.file.Files.readSymbolicLink(p);
                } catch (java.io.IOException | UnsupportedOperationException e) {
                    return root.relativize(p).toString().replace('\\', '/');
                }
            }
        }
        return null;
    }
}
