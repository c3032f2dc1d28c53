package dev.tally.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The name of the next period's report, as {@code tally:init} writes it by default: the previous report's name with
 * the period in it moved on. Knows nothing of Maven.
 */
public final class ReportNames {

    private ReportNames() {
    }

    /**
     * The previous report's period: its {@code :tally-year:} where it states one (a quarter's {@code 2025-Q4} in a
     * folder {@code 2025}: trial AD, 4), else its folder's name, which names the period in the default layout.
     */
    public static String periodOf(Path previousFile) {
        try (java.util.stream.Stream<String> lines = Files.lines(previousFile, java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.Optional<String> stated = lines.limit(200).map(YEAR_ATTRIBUTE::matcher)
                    .filter(java.util.regex.Matcher::matches).map(m -> m.group(1).strip()).findFirst();
            if (stated.isPresent() && !stated.get().isEmpty()) {
                return stated.get();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // not readable as UTF-8 here: the reading below says so; the folder names the period meanwhile
        }
        return previousFile.getParent() == null ? "" : previousFile.getParent().getFileName().toString();
    }

    private static final java.util.regex.Pattern YEAR_ATTRIBUTE =
            java.util.regex.Pattern.compile("^\\uFEFF?:tally-year:[ \\t]*(.*)$");

    /**
     * The new report's file name from the previous one's: where the name holds a part of the previous period that
     * the new period changes ({@code q3} of {@code 2025-Q3}, {@code 2024} of {@code 2024}), that part moves on
     * ({@code q4}, {@code 2025}) in the name's own letter case (trial S, 10); otherwise the name as it is.
     *
     * @param previousPeriod the previous report's period ({@link #periodOf})
     */
    public static String next(String previousName, String previousPeriod, String period) {
        String[] before = previousPeriod.split("[^\\p{L}\\p{N}]+");
        String[] after = period.split("[^\\p{L}\\p{N}]+");
        if (before.length != after.length) {
            return previousName;
        }
        String name = previousName;
        for (int k = 0; k < before.length; k++) {
            if (before[k].isEmpty() || before[k].equalsIgnoreCase(after[k])) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(before[k]) + "(?![\\p{L}\\p{N}])",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(name);
            StringBuilder out = new StringBuilder();
            String next = after[k];
            while (m.find()) {
                String found = m.group();
                String replacement = found.equals(found.toLowerCase(Locale.ROOT)) ? next.toLowerCase(Locale.ROOT)
                        : found.equals(found.toUpperCase(Locale.ROOT)) ? next.toUpperCase(Locale.ROOT) : next;
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            name = out.toString();
        }
        return name;
    }
}
