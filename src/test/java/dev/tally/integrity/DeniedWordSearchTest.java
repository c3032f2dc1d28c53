package dev.tally.integrity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass search for denied words finds what searching the line once per word finds, in the same order. */
class DeniedWordSearchTest {

    private static final List<String> WORDS = List.of("bet", "ab", "aba", "a", "博彩", "博", "彩票", "bet365", "太阳城",
            "aa", "九游", "博博", "彩博彩", "1博1");

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.oneOf(
                        Arbitraries.of("bet", "ab", "a", "博彩", "彩票", "bet365", "太阳城", "九游", " ", "x", "1", "，", "b", "博", "彩"),
                        Arbitraries.strings().withChars("ab博彩票 1x").ofMaxLength(4))
                .list().ofMaxSize(15).map(l -> String.join("", l));
    }

    // overlapping occurrences matter for words not of Latin letters (a Latin word overlapping itself is next to a
    // letter of itself, and does not count): 博博 in 博博博 counts once

    /** Each word searched for on its own, as the rule did before, hits ordered by place then by word. */
    private static List<Integer> byEachWord(WordRules.Needles needles, String text) {
        List<int[]> hits = new ArrayList<>();
        for (int k = 0; k < needles.text.length; k++) {
            String needle = needles.text[k];
            int from = 0;
            int at;
            while ((at = text.indexOf(needle, from)) >= 0) {
                from = at + needle.length();
                boolean boxedIn = needles.latin[k] && (latinAt(text, at - 1) || latinAt(text, from));
                if (!boxedIn) {
                    hits.add(new int[] {at, k});
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        return hits.stream().map(h -> h[1]).toList();
    }

    private static boolean latinAt(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i));
    }

    @Property(tries = 3000, seed = "20261123")
    void onePassFindsWhatEachWordFinds(@ForAll("lines") String line) {
        WordRules.Needles needles = WordRules.Needles.of(WORDS);
        assertEquals(byEachWord(needles, line), needles.find(line), line);
    }
}
