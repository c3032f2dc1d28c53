package dev.tally.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path of keys, such as the row path {@code 办理结果.予以公开} or the column path
 * {@code 行政诉讼.复议后起诉.总计}. Keys may contain dots; they are shown in backquotes then.
 */
public final class KeyPath implements Comparable<KeyPath> {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{N}_]*");

    private final List<String> keys;
    /** Paths are looked up in maps all the time: the hash is made once. */
    private final int hash;

    public KeyPath(List<String> keys) {
        this.keys = List.copyOf(keys);
        this.hash = this.keys.hashCode();
    }

    public List<String> keys() {
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof KeyPath) || ((KeyPath) o).hash != hash) {
            return false;
        }
        // key by key rather than List.equals, whose iterators cost a cold JVM (which interprets the lookups of
        // every cell of every report) several calls a key
        List<String> other = ((KeyPath) o).keys;
        int n = keys.size();
        if (other.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!keys.get(i).equals(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    public static KeyPath of(String... keys) {
        return new KeyPath(List.of(keys));
    }

    public KeyPath child(String key) {
        List<String> k = new ArrayList<>(keys);
        k.add(key);
        return new KeyPath(k);
    }

    public KeyPath tail() {
        return new KeyPath(keys.subList(1, keys.size()));
    }

    public String first() {
        return keys.get(0);
    }

    public String last() {
        return keys.get(keys.size() - 1);
    }

    public int size() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public boolean startsWith(KeyPath prefix) {
        return keys.size() >= prefix.keys.size() && keys.subList(0, prefix.keys.size()).equals(prefix.keys);
    }

    /** True for a key that can be written in a check without backquotes. */
    public static boolean isPlain(String key) {
        // as PLAIN, scanned by hand: keys are written out for every message and outcome
        int n = key.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; ) {
            int c = key.codePointAt(i);
            boolean ok = c == '_' || Character.isLetter(c) || i > 0 && isNamePart(c);
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Whether a character may stand in a plain name after its first: a letter, a number ({@code \p{N}}), a
     * combining mark ({@code \p{M}}: the vowel signs of Devanagari and Tamil, an accent typed as its own
     * character; trial V, 7) or {@code _}. The check parser reads names by the same rule.
     */
    public static boolean isNamePart(int c) {
        if (c == '_' || Character.isLetter(c) || isNumber(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** Unicode category N (Nd, Nl, No), as {@code \p{N}}. */
    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The pattern {@link #isPlain} follows (for tests). */
    static Pattern plainPattern() {
        return PLAIN;
    }

    /** The path as written in checks: keys joined by dots, backquoted where they need it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(isPlain(k) ? k : "`" + k.replace("`", "``") + "`");
        }
        return sb.toString();
    }

    /** The path with plain dots, for display where no parsing follows. */
    public String dotted() {
        return String.join(".", keys);
    }

    @Override
    public int compareTo(KeyPath o) {
        return dotted().compareTo(o.dotted());
    }
}
