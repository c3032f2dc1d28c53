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

    private static final Map<Integer, Integer> TO_SIMPLIFIED = new HashMap<>();
    private static final Set<Integer> SIMPLIFIED_ONLY = new HashSet<>();

    static {
        for (String line : IntegrityConfig.resourceLines("traditional.txt")) {
            int t = line.codePointAt(0);
            int s = line.codePointAt(Character.charCount(t));
            TO_SIMPLIFIED.put(t, s);
            if (line.endsWith("*")) {
                SIMPLIFIED_ONLY.add(s);
            }
        }
    }

    private Scripts() {
    }

    /** Whether a character is used only in traditional Chinese (it has a different simplified form). */
    static boolean isTraditional(int cp) {
        return TO_SIMPLIFIED.containsKey(cp);
    }

    /** Whether a character is used only in simplified Chinese. */
    static boolean isSimplifiedOnly(int cp) {
        return SIMPLIFIED_ONLY.contains(cp);
    }

    /** The simplified form of a traditional-only character, else the character itself. */
    static int simplified(int cp) {
        return TO_SIMPLIFIED.getOrDefault(cp, cp);
    }

    /** The text with every traditional-only character replaced by its simplified form; same length. */
    static String toSimplified(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x4E00) {
                continue;
            }
            Integer s = TO_SIMPLIFIED.get((int) c);
            if (s != null && s < 0x10000) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) s.intValue();
            }
        }
        return chars == null ? text : new String(chars);
    }

    static int size() {
        return TO_SIMPLIFIED.size();
    }
}
