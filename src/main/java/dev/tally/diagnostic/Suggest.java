package dev.tally.diagnostic;

import java.util.Collection;
import java.util.Locale;

/**
 * The name a mistyped one most likely meant ({@code totl} for {@code total}, {@code Total} for {@code total}), for a
 * "did you mean" hint: the same name in other case, or else the one name a letter or two away from it.
 */
public final class Suggest {

    private Suggest() {
    }

    /** The closest candidate, or null when none is close or two are equally close. */
    public static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        int length = written.codePointCount(0, written.length());
        int allowed = length <= 3 ? 1 : length <= 8 ? 2 : 3;
        for (String c : candidates) {
            if (c.equals(written)) {
                continue;
            }
            int d = c.toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT)) ? 0 : distance(written, c);
            if (d > allowed || d >= length) {
                continue;
            }
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Levenshtein's distance between the two, by code points. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[y.length];
    }
}
