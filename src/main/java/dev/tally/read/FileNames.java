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
}
