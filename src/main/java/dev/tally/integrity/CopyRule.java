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
 * Only paragraph sentences with at least {@code copied.min-chars} Chinese characters (or three times as many
 * Latin letters, a sentence of a Latin script ending at a full stop before a capital) count, and not the
 * 统计期限 sentence (which every report repeats); a report with fewer than {@code copied.min-sentences} such
 * sentences is not judged, and the sentences of a file both reports include (a shared partial) count on
 * neither side. Above {@code copied.threshold} percent: one warning, at the first copied sentence, with the share.
 */
final class CopyRule {

    private static final Pattern BOILERPLATE = Pattern.compile("统计(?:期限|期间|时限|时段|区间)");
    /** Between two sentences of a Latin script: a full stop, white space, a capital. */
    private static final Pattern LATIN_SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");
    /** A sentence in a Latin script counts with this many letters for each Chinese character asked for. */
    static final int LATIN_PER_HAN = 3;

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
                if (!skipped.isEmpty() && skipped.contains(s.location().file())) {
                    continue;
                }
                // a sentence in a Latin script ends at a full stop before a capital, which Prose does not split at
                // (3.5, e.g.): an English report's sentences count one by one too (trial U, 6)
                for (String part : LATIN_SENTENCE_END.split(s.text())) {
                    String text = normalize(part, year);
                    if (han(text) < minChars && latinLetters(text) < LATIN_PER_HAN * minChars
                            || BOILERPLATE.matcher(text).find()) {
                        continue;
                    }
                    out.add(new Counted(text, s.location()));
                }
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

    private static int latinLetters(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) { // Latin, with its accented letters
                n++;
            }
        }
        return n;
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
