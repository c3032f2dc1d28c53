package dev.tally.results;

import dev.tally.diagnostic.DiagnosticFormatter;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** How the result files name files: relative to the base directory with {@code /}, as the console does. */
final class ResultPaths {

    private final Path base;
    private final DiagnosticFormatter formatter;

    ResultPaths(Path baseDir) {
        this.base = baseDir.toAbsolutePath().normalize();
        this.formatter = new DiagnosticFormatter(base, Locale.ROOT);
    }

    Path base() {
        return base;
    }

    DiagnosticFormatter formatter() {
        return formatter;
    }

    /**
     * The path relative to the base with {@code /} where it lies below it (as the console prints it), absolute
     * otherwise ({@code /} as separator there too); {@code .} for the base itself. Only the platform's separator
     * becomes {@code /}, so a file name that holds a backslash on Linux keeps it and reads back the same.
     */
    String relative(Path file) {
        return shown.computeIfAbsent(file, this::relativeOf);
    }

    /** Paths already shown: a report's every outcome names its file. One writer, one thread. */
    private final java.util.Map<Path, String> shown = new java.util.HashMap<>();

    private String relativeOf(Path file) {
        String builtIn = dev.tally.template.Templates.builtInName(file);
        if (builtIn != null) {
            return "builtin:" + builtIn;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (abs.equals(base)) {
            return ".";
        }
        if (abs.startsWith(base)) {
            StringBuilder out = new StringBuilder();
            for (Path name : base.relativize(abs)) {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(name);
            }
            return out.toString();
        }
        String shown = abs.toString();
        return File.separatorChar == '/' ? shown : shown.replace(File.separatorChar, '/');
    }

    boolean isBelowBase(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base);
    }

    /** The inverse of {@link #relative}: an absolute, normalized path. */
    Path resolve(String shown) {
        return resolved.computeIfAbsent(shown, s -> s.startsWith("builtin:")
                ? dev.tally.template.Templates.builtInPath(s.substring("builtin:".length()))
                : base.resolve(s).toAbsolutePath().normalize());
    }

    /** Paths already read back: every outcome of a report names its file. One reader, one thread. */
    private final java.util.Map<String, Path> resolved = new java.util.HashMap<>();

    /** Percent-encodes a relative path as a URI reference: UTF-8, only unreserved characters and {@code /} kept. */
    static String uriPath(String relative) {
        return dev.tally.render.Html.href(relative);
    }
}
