package dev.tally.diagnostic;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints a diagnostic the way compilers do, {@code path:line: message}, with the path relative to a base
 * directory (the project's) and {@code /} as separator on every platform, so IDEs and CI annotate the line.
 */
public final class DiagnosticFormatter {

    private final Path base;
    private final Locale locale;

    public DiagnosticFormatter(Path base, Locale locale) {
        this.base = base.toAbsolutePath().normalize();
        this.locale = locale;
    }

    public String format(Diagnostic d) {
        Location loc = d.location();
        String where = relative(loc.file()) + (loc.line() > 0 ? ":" + loc.line() : "");
        return where + ": " + d.message(locale);
    }

    /** The path as printed: relative to the base where it lies below it, absolute otherwise. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    public Locale locale() {
        return locale;
    }
}
