package dev.tally.integrity;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code integrity.copied}: the share of the report's sentences that repeat the previous report's
 * verbatim. Sentences are compared as the reader sees them (figures as printed), with white space removed,
 * traditional characters read as simplified, and each report's own year (and the year before it) standing
 * for "this year" (and "last year"), so a sentence copied with only its year changed counts as copied.
 * Only paragraph sentences with at least {@code copied.min-chars} Chinese characters count, and not the
 * 统计期限 sentence (which every report repeats); a report with fewer than {@code copied.min-sentences} such
 * sentences is not judged, and the sentences of a file both reports include (a shared partial) count on
 * neither side. Above {@code copied.threshold} percent: one warning, at the first copied sentence, with the share.
 */
final class CopyRule {

    private static final Pattern BOILERPLATE = Pattern.compile("统计(?:期限|期间|时限|时段|区间)");

    private CopyRule() {
    }

    record Counted(String text, Location location) {
    }

    static void run(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.COPIED) || ctx.previous() == null) {
            return;
        }
        int minChars = ctx.config().copiedMinChars();
        // a file both reports include (a shared preface, contact details) is the same by design (trial R, 3)
        Set<java.nio.file.Path> shared = files(ctx.previous());
        shared.retainAll(files(ctx.prose()));
        Set<String> before = new HashSet<>();
        for (Counted c : sentences(ctx.previous(), ctx.previousYear(), minChars, shared)) {
            before.add(c.text());
        }
        List<Counted> now = sentences(ctx.prose(), ctx.year(), minChars, shared);
        if (now.size() < ctx.config().copiedMinSentences() || before.isEmpty()) {
            return;
        }
        int copied = 0;
        Location first = null;
        for (Counted c : now) {
            if (before.contains(c.text())) {
                copied++;
                if (first == null) {
                    first = c.location();
                }
            }
        }
        int threshold = ctx.config().copiedThreshold();
        if (copied * 100L > (long) threshold * now.size()) {
            long percent = Math.round(copied * 100.0 / now.size());
            ctx.report(IntegrityConfig.Rule.COPIED, first, percent, copied, now.size(), threshold);
        }
    }

    /** The files a report's lines come from: itself and what it includes. */
    private static Set<java.nio.file.Path> files(Prose prose) {
        Set<java.nio.file.Path> files = new HashSet<>();
        for (Prose.Line l : prose.lines) {
            files.add(l.source().location().file());
        }
        return files;
    }

    static List<Counted> sentences(Prose prose, Integer year, int minChars) {
        return sentences(prose, year, minChars, Set.of());
    }

    /** @param skipped files whose sentences are not counted */
    static List<Counted> sentences(Prose prose, Integer year, int minChars, Set<java.nio.file.Path> skipped) {
        List<Counted> out = new ArrayList<>();
        for (Prose.Paragraph p : prose.paragraphs) {
            if (p.kind() != Prose.Kind.TEXT) {
                continue;
            }
            for (Prose.Sentence s : Prose.sentences(p.view())) {
                String text = normalize(s.text(), year);
                if (han(text) < minChars || BOILERPLATE.matcher(text).find()
                        || !skipped.isEmpty() && skipped.contains(s.location().file())) {
                    continue;
                }
                out.add(new Counted(text, s.location()));
            }
        }
        return out;
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    static String normalize(String sentence, Integer year) {
        String t = SPACE.matcher(Scripts.toSimplified(sentence)).replaceAll("");
        if (year != null) {
            String y = String.valueOf(year);
            String last = String.valueOf(year - 1);
            t = FOUR_DIGITS.matcher(t).replaceAll(r -> r.group().equals(y) ? "〈Y〉"
                    : r.group().equals(last) ? "〈Y-1〉" : r.group());
        }
        return t;
    }

    private static int han(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (WordRules.isHan(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
