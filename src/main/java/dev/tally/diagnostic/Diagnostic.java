package dev.tally.diagnostic;

import java.util.List;
import java.util.Locale;

/**
 * One problem found in a report: where, how bad, and what. The text is kept as a message key and its
 * arguments so that it can be printed in the reader's language.
 *
 * @param severity how bad
 * @param location where (file and line)
 * @param code the message key, which is also the rule's id (for example {@code check.failed})
 * @param args the message arguments, already rendered as text
 */
public record Diagnostic(Severity severity, Location location, String code, List<String> args) {

    public Diagnostic {
        args = List.copyOf(args);
    }

    /** The message in English. */
    // written out, as Location's are: a record's generated equals and hashCode are linked at first use, which a
    // cold build pays for (every report's diagnostics are put in a set to drop repeats)
    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && severity == d.severity && java.util.Objects.equals(code, d.code)
                && java.util.Objects.equals(location, d.location) && args.equals(d.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(severity, location, code, args);
    }

    public String message() {
        return message(Locale.ROOT);
    }

    /** The message in the given language, falling back to English. */
    public String message(Locale locale) {
        if (ACCEPTED.equals(code) && !args.isEmpty()) {
            // a problem accepted as published: the original's message, whole, after the words that say so
            String original = Messages.format(locale, args.get(0), args.subList(1, args.size()));
            return Messages.format(locale, code, List.of("\u0005")).replace("\u0005", original);
        }
        return Messages.format(locale, code, args);
    }

    /** The code of a problem accepted as published (a baseline lists it): its arguments are the original's code and arguments. */
    public static final String ACCEPTED = "baseline.accepted";
}
