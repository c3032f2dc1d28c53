package dev.tally.integrity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Traditional and simplified Chinese characters, from the table {@code dev/tally/integrity/traditional.txt}:
 * traditional-only characters with their simplified forms. Enough to tell the script of a report and to
 * read a traditional report's phrases in simplified form; not a converter (one character at a time, no
 * phrases).
 */
final class Scripts {

    /** For each character of the Basic Multilingual Plane, its simplified form if it is traditional-only, else 0. */
    private static final char[] BMP_TO_SIMPLIFIED = new char[0x10000];
    /** The rest: characters beyond the Basic Multilingual Plane, or with a simplified form beyond it. */
    private static final Map<Integer, Integer> TO_SIMPLIFIED = new HashMap<>();
    private static final Set<Integer> SIMPLIFIED_ONLY = new HashSet<>();
    /** The characters of the Basic Multilingual Plane that are traditional-only or simplified-only. */
    private static final java.util.BitSet BMP_EITHER = new java.util.BitSet(0x10000);
    /**
     * For each character of the Basic Multilingual Plane, {@link #TRADITIONAL} and {@link #SIMPLIFIED_ONLY_BIT}:
     * asked of every character of every report's prose, mostly in a cold JVM that interprets the lookups, where
     * an array costs no call and a map a boxed key and several calls.
     */
    private static final byte[] BMP_KIND = new byte[0x10000];
    private static final byte TRADITIONAL = 1;
    private static final byte SIMPLIFIED_ONLY_BIT = 2;
    private static int size;

    static {
        for (String line : IntegrityConfig.resourceLines("traditional.txt")) {
            int t = line.codePointAt(0);
            int s = line.codePointAt(Character.charCount(t));
            if (!isTraditional(t)) {
                size++;
            }
            if (t < 0x10000) {
                BMP_EITHER.set(t);
                BMP_KIND[t] |= TRADITIONAL;
            }
            if (t < 0x10000 && s < 0x10000 && s != 0) {
                BMP_TO_SIMPLIFIED[t] = (char) s;
            } else {
                TO_SIMPLIFIED.put(t, s);
            }
            if (line.endsWith("*")) {
                if (s < 0x10000) {
                    BMP_EITHER.set(s);
                    BMP_KIND[s] |= SIMPLIFIED_ONLY_BIT;
                } else {
                    SIMPLIFIED_ONLY.add(s);
                }
            }
        }
    }

    private Scripts() {
    }

    /**
     * The first character from {@code from} on, in the Basic Multilingual Plane, that is traditional-only or
     * simplified-only; -1 when there is none.
     */
    static int nextEither(int from) {
        return BMP_EITHER.nextSetBit(from);
    }

    /** Whether a character is used only in traditional Chinese (it has a different simplified form). */
    static boolean isTraditional(int cp) {
        return cp >= 0 && cp < 0x10000 ? (BMP_KIND[cp] & TRADITIONAL) != 0 : TO_SIMPLIFIED.containsKey(cp);
    }

    /** Whether a character is used only in simplified Chinese. */
    static boolean isSimplifiedOnly(int cp) {
        return cp >= 0 && cp < 0x10000 ? (BMP_KIND[cp] & SIMPLIFIED_ONLY_BIT) != 0 : SIMPLIFIED_ONLY.contains(cp);
    }

    /** The simplified form of a traditional-only character, else the character itself. */
    static int simplified(int cp) {
        if (cp >= 0 && cp < 0x10000 && BMP_TO_SIMPLIFIED[cp] != 0) {
            return BMP_TO_SIMPLIFIED[cp];
        }
        return TO_SIMPLIFIED.getOrDefault(cp, cp);
    }

    /**
     * The text with every traditional-only character replaced by its simplified form; same length (a character
     * whose simplified form lies beyond the Basic Multilingual Plane is kept).
     */
    static String toSimplified(String text) {
        // as an array: a cold JVM interprets this for all the prose of every report, where charAt costs several
        // calls a character
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char s = BMP_TO_SIMPLIFIED[chars[i]];
            if (s != 0) {
                chars[i] = s;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    static int size() {
        return size;
    }
}
