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
        // path:line: as compilers print it, for IDEs and CI; a path alone, of a note on the whole file, is followed by
        // the colon of the reader's language, as the summaries' paths are (trial AT, 21)
        String where = loc.line() > 0 ? relative(loc.file()) + ":" + loc.line() + ": "
                : relative(loc.file()) + (chinese() ? "：" : ": ");
        return printable(where + text(d));
    }

    /** The message as {@link #format} prints it after the place: what the checks page shows beside the line. */
    public String message(Diagnostic d) {
        return printable(text(d));
    }

    private String text(Diagnostic d) {
        // an integrity rule may be set to another severity or off: the line names the property that does it, as
        // a linter names its rule (trial AD, 3)
        String rule = d.code() == null || !d.code().startsWith("integrity.") ? ""
                : chinese() ? "（tally." + d.code() + "）" : " (tally." + d.code() + ")";
        return d.message(locale) + rule;
    }

    private boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /**
     * The line with control characters (a report's text may hold ESC or BEL, which a terminal would obey),
     * invisible ones and line breaks written as {@code \\uXXXX}: one problem, one line, nothing but text.
     */
    public static String printable(String line) {
        StringBuilder b = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // and the characters that print as nothing or as a plain space, or turn the line around (U+202E):
            // a pasted zero-width space in '12' must show (trial L, 10)
            boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || c >= 0x80 && (Character.getType(c) == Character.FORMAT || c == '\u00A0' || c == '\u2007'
                    || c == '\u202F');
            if (control && b == null) {
                b = new StringBuilder(line.length() + 16).append(line, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\u%04X", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? line : b.toString();
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
