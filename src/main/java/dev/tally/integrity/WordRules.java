package dev.tally.integrity;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code integrity.denied-word} and {@code integrity.repeated-token}: words that have no place in a
 * government report, listed or found by their repetition. Both look at the prose only.
 */
final class WordRules {

    /** A Latin word: letters (accented ones too, so that pinyin stays whole), then letters or digits. */
    static final Pattern LATIN = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}0-9]*");

    /** The longest run of Chinese characters a repeated token is extended by on either side. */
    private static final int MAX_EXTENSION = 4;

    private WordRules() {
    }

    // ------------------------------------------------------------------------------------------ denied-word

    /**
     * Each denied word found, once per report at its first line, with its count and lines. Case and
     * traditional/simplified differences are ignored; a word of Latin letters and digits only matches as a
     * whole Latin word.
     */
    static void denied(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.DENIED_WORD) || ctx.config().deniedWords().isEmpty()) {
            return;
        }
        List<String> words = ctx.config().deniedWords();
        Needles needles = Needles.of(words);
        Findings.Recurring<String> found = new Findings.Recurring<>();
        for (Prose.Line line : ctx.prose().proseLines()) {
            String text = Scripts.toSimplified(line.bare()).toLowerCase(Locale.ROOT);
            for (int k : needles.find(text)) {
                found.add(words.get(k), line.location());
            }
        }
        // words first found on the same line are one finding (a spam paragraph is one problem)
        Map<Location, List<String>> byFirst = new LinkedHashMap<>();
        for (Map.Entry<String, List<Location>> e : found.where.entrySet()) {
            byFirst.computeIfAbsent(e.getValue().get(0), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<Location, List<String>> e : byFirst.entrySet()) {
            List<Location> at = new ArrayList<>();
            List<String> quoted = new ArrayList<>();
            for (String w : e.getValue()) {
                at.addAll(found.where.get(w));
                quoted.add("“" + w + "”");
            }
            at.sort(null);
            ctx.report(IntegrityConfig.Rule.DENIED_WORD, e.getKey(), dev.tally.diagnostic.Messages.listRef(quoted), at.size(),
                    ctx.findings().lines(at));
        }
    }

    /** The denied words as searched for (simplified, lower case), made once per list of words. */
    static final class Needles {
        private static volatile Needles last;

        final List<String> words;
        final String[] text;
        final boolean[] latin;
        /** The first characters of the words, and for each the words that start with it, in list order. */
        private final long[] first = new long[1 << 10]; // a bit for each character of the BMP
        private final Map<Character, int[]> byFirst = new java.util.HashMap<>();

        private Needles(List<String> words) {
            this.words = words;
            this.text = new String[words.size()];
            this.latin = new boolean[words.size()];
            for (int k = 0; k < text.length; k++) {
                text[k] = Scripts.toSimplified(words.get(k)).toLowerCase(Locale.ROOT);
                latin[k] = isLatinWord(text[k]);
                if (!text[k].isEmpty()) {
                    char c = text[k].charAt(0);
                    first[c >>> 6] |= 1L << c;
                    int[] known = byFirst.getOrDefault(c, new int[0]);
                    int[] more = java.util.Arrays.copyOf(known, known.length + 1);
                    more[known.length] = k;
                    byFirst.put(c, more);
                }
            }
        }

        /**
         * The words found in {@code text} (simplified, lower case), as indexes into the list, in order of where
         * they occur (words found at one place in list order). A word's occurrences do not overlap; a Latin word
         * counts only where no Latin letter or digit stands next to it.
         */
        List<Integer> find(String text) {
            List<Integer> found = new ArrayList<>();
            int[] next = null; // for each word, where its next occurrence may start
            // as an array and bits by hand: a cold JVM interprets this for all the prose of every report, where
            // charAt and BitSet.get cost several calls a character
            char[] cs = text.toCharArray();
            for (int at = 0; at < cs.length; at++) {
                char c = cs[at];
                if ((first[c >>> 6] & 1L << c) == 0) {
                    continue;
                }
                for (int k : byFirst.get(c)) {
                    String needle = this.text[k];
                    if (next != null && at < next[k] || !text.startsWith(needle, at)) {
                        continue;
                    }
                    if (next == null) {
                        next = new int[this.text.length];
                    }
                    int end = at + needle.length();
                    next[k] = end;
                    if (!latin[k] || !alnumAt(text, at - 1) && !alnumAt(text, end)) {
                        found.add(k);
                    }
                }
            }
            return found;
        }

        static Needles of(List<String> words) {
            Needles n = last;
            if (n == null || n.words != words) {
                n = new Needles(words);
                last = n;
            }
            return n;
        }
    }

    private static boolean isLatinWord(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean alnumAt(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i));
    }

    // --------------------------------------------------------------------------------------- repeated-token

    private record Occurrence(Prose.Line line, String text, int start, int end) {
    }

    /**
     * A Latin word that occurs at least {@code repeated-token.min} times in the prose and that the report
     * does not explain: not an acronym (all capitals, at most five letters), not in the repeatable list,
     * not part of a URL or domain, not a word of the report's title or section titles. It is reported with
     * the Chinese characters that stand next to it at every occurrence ({@code UedBet体育}), once, at its
     * first line, with the count and lines.
     */
    static void repeated(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.REPEATED_TOKEN)) {
            return;
        }
        Map<String, List<Occurrence>> byWord = new LinkedHashMap<>();
        StringBuilder titles = new StringBuilder();
        long latin = 0; // words
        for (Prose.Line line : ctx.prose().proseLines()) {
            if (line.kind() == Prose.Kind.TITLE || line.kind() == Prose.Kind.SECTION) {
                titles.append(line.bare().toLowerCase(Locale.ROOT)).append('\n');
            }
            if (!line.has(Prose.LATIN)) {
                continue;
            }
            String text = blankLinks(line.bare());
            Matcher m = LATIN.matcher(text);
            while (m.find()) {
                if (alnumAt(text, m.start() - 1) || isPinyin(m.group())) {
                    continue;
                }
                String word = m.group();
                latin++;
                byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Occurrence(line, text, m.start(), m.end()));
            }
        }
        long han = -1; // counted when there is something to report
        int min = ctx.config().repeatedTokenMin();
        for (Map.Entry<String, List<Occurrence>> e : byWord.entrySet()) {
            List<Occurrence> occ = e.getValue();
            String word = e.getKey();
            String first = occ.get(0).text().substring(occ.get(0).start(), occ.get(0).end());
            if (occ.size() < min || word.length() < 2 || ctx.config().repeatable().contains(word)
                    || isAcronym(first) || titles.indexOf(word) >= 0) {
                continue;
            }
            if (han < 0) {
                han = 0;
                for (Prose.Line line : ctx.prose().proseLines()) {
                    han += hanCount(line.bare());
                }
            }
            if (latin > han) {
                // more Latin words than Chinese characters: a report written in a Latin script, whose repeated
                // words are its own words, not injected ones
                return;
            }
            String token = extendLeft(occ) + first + extendRight(occ);
            List<Location> at = occ.stream().map(o -> o.line().location()).toList();
            ctx.report(IntegrityConfig.Rule.REPEATED_TOKEN, at.get(0), token, occ.size(), ctx.findings().lines(at));
        }
    }

    /** How many Chinese characters (CJK unified ideographs) a text holds. */
    private static int hanCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF') {
                n++;
            }
        }
        return n;
    }

    /** A toned syllable is pinyin (the converter's, reported by integrity.pinyin), never a brand. */
    private static boolean isPinyin(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (GarbageRules.TONED.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        return word.length() <= 5 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,10}");

    /**
     * The name and target of an inline macro that links or shows a file ({@code link:附件/表.xlsx}, {@code image:seal.png},
     * {@code xref:other.adoc}): the page shows neither, only what stands in the brackets after them.
     */
    private static final Pattern MACRO_TARGET =
            Pattern.compile("(?<![A-Za-z0-9])(?:link|image|video|audio|xref|mailto|icon):{1,2}[^\\s\\[]{0,2000}");

    /**
     * The text with URLs, domain names, e-mail addresses and the names and targets of macros blanked out (their words
     * are not tokens).
     */
    private static String blankLinks(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('@') < 0 && text.indexOf(':') < 0) {
            return text;
        }
        char[] b = text.toCharArray();
        if (text.indexOf(':') >= 0) {
            Matcher m = MACRO_TARGET.matcher(text);
            while (m.find()) {
                java.util.Arrays.fill(b, m.start(), m.end(), ' ');
            }
        }
        for (int[] span : LinkRule.urlSpans(text)) {
            java.util.Arrays.fill(b, span[0], span[1], ' ');
        }
        for (Pattern p : List.of(LinkRule.DOMAIN, EMAIL)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                java.util.Arrays.fill(b, m.start(), m.end(), ' ');
            }
        }
        return new String(b);
    }

    private static String extendRight(List<Occurrence> occ) {
        StringBuilder ext = new StringBuilder();
        for (int k = 0; k < MAX_EXTENSION; k++) {
            Character common = null;
            for (Occurrence o : occ) {
                int i = o.end() + k;
                if (i >= o.text().length()) {
                    return ext.toString();
                }
                char c = o.text().charAt(i);
                if (!isHan(c) || (common != null && common != c)) {
                    return ext.toString();
                }
                common = c;
            }
            ext.append(common);
        }
        return ext.toString();
    }

    private static String extendLeft(List<Occurrence> occ) {
        StringBuilder ext = new StringBuilder();
        for (int k = 1; k <= MAX_EXTENSION; k++) {
            Character common = null;
            for (Occurrence o : occ) {
                int i = o.start() - k;
                if (i < 0) {
                    return ext.toString();
                }
                char c = o.text().charAt(i);
                if (!isHan(c) || (common != null && common != c)) {
                    return ext.toString();
                }
                common = c;
            }
            ext.insert(0, common);
        }
        return ext.toString();
    }

    static boolean isHan(int c) {
        if (c < 0x2E80) {
            return false; // below the first Han radicals: Latin, punctuation, and the like (the script is a search)
        }
        if (c >= 0x4E00 && c <= 0x9FEF) {
            // the CJK Unified Ideographs assigned since Unicode 11 (Java 17 has 13): nearly every character of a
            // report in Chinese; the block's end was filled later, so it is left to the search
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
