package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys that look like others (trial V, 8): YAML keeps {@code total} and {@code tоtal} (a Cyrillic о) apart, and
 * a check on the one a reader does not see passes. Checked among the keys of one mapping (a values group, a
 * table's rows or columns under one parent):
 * <ul>
 * <li>a key with an invisible character (a zero-width space, a joiner, a no-break space): an error, as in a
 * number;</li>
 * <li>two keys that are one once normalized (NFKC: {@code é} typed as one character or as e and an accent,
 * full-width and half-width letters): an error at the second;</li>
 * <li>a key that mixes Latin letters with Cyrillic or Greek ones: a warning.</li>
 * </ul>
 */
final class KeyNames {

    private KeyNames() {
    }

    /** A key and where it is written. */
    record Key(String text, Location location) {
    }

    /** @param where the block, and the group the keys are under, for the messages */
    static void check(List<Key> siblings, String where, Diagnostics diagnostics) {
        Map<String, Key> normalized = null;
        for (Key key : siblings) {
            String k = key.text();
            if (key.location() == null) {
                continue; // not written in the report (a template's)
            }
            if (!k.isEmpty() && (k.charAt(0) == '\u3000' || k.charAt(k.length() - 1) == '\u3000')) {
                // an indentation typed with a Chinese input method: YAML keeps it as part of the key (trial AE, 5)
                diagnostics.error(key.location(), "key.fullwidth-space", k.strip(), where);
                continue;
            }
            boolean invisible = false;
            boolean latin = false;
            boolean cyrillicOrGreek = false;
            boolean unusual = false;
            int shown = -1;
            for (int i = 0; i < k.length(); ) {
                int c = k.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    latin |= c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
                    continue;
                }
                if (c >= 0x4E00 && c <= 0x9FFF) {
                    continue; // Chinese: nothing to fold, nothing to confuse
                }
                if (NumberText.invisible(c)) {
                    invisible = true;
                    shown = shown < 0 ? c : shown;
                }
                if (c >= 0x0370 && c <= 0x052F) {
                    cyrillicOrGreek |= Character.isLetter(c);
                } else if (c < 0x0250 && Character.isLetter(c)) {
                    latin = true;
                }
                unusual = true;
            }
            if (invisible) {
                diagnostics.error(key.location(), "key.invisible", visible(k), where,
                        String.format(java.util.Locale.ROOT, "U+%04X", shown));
                continue;
            }
            if (latin && cyrillicOrGreek) {
                diagnostics.warning(key.location(), "key.mixed-script", k, where);
            }
            if (unusual || normalized != null) {
                if (normalized == null) {
                    normalized = new HashMap<>();
                    for (Key earlier : siblings) {
                        if (earlier == key) {
                            break;
                        }
                        normalized.putIfAbsent(Normalizer.normalize(earlier.text(), Normalizer.Form.NFKC), earlier);
                    }
                }
                Key same = normalized.putIfAbsent(Normalizer.normalize(k, Normalizer.Form.NFKC), key);
                if (same != null && !same.text().equals(k)) {
                    diagnostics.error(key.location(), "key.look-alike", k, same.text(), where,
                            same.location().line());
                }
            }
        }
    }

    /**
     * The key as its writer meant it, where {@link #check} finds it garbled: without its invisible characters (a
     * no-break space as a space) and without the full-width spaces at its ends. The reader files a row or a value
     * under it, so that the garbled key is the one error said, not also a row missing and one not in the template.
     * The key itself when nothing is garbled, or when nothing would be left.
     */
    static String meant(String key) {
        if (plain(key)) {
            return key; // nearly every key: nothing to look at closely
        }
        StringBuilder b = null;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            int next = i + Character.charCount(c);
            if (NumberText.invisible(c)) {
                if (b == null) {
                    b = new StringBuilder(key.length()).append(key, 0, i);
                }
                if (Character.isSpaceChar(c)) { // a no-break space: a space; a zero-width one: nothing
                    b.append(' ');
                }
            } else if (b != null) {
                b.appendCodePoint(c);
            }
            i = next;
        }
        String k = b == null ? key : b.toString();
        int start = 0;
        int end = k.length();
        while (start < end && k.charAt(start) == '\u3000') {
            start++;
        }
        while (end > start && k.charAt(end - 1) == '\u3000') {
            end--;
        }
        k = k.substring(start, end);
        return k.isBlank() ? key : k;
    }

    /**
     * Whether a key holds only ASCII and common Chinese characters, none of which is invisible or a full-width space:
     * read as an array, as a cold JVM interprets this for every key of every report, where charAt costs several calls.
     */
    private static boolean plain(String key) {
        for (char c : key.toCharArray()) {
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** The key with its invisible characters shown as {@code <U+200B>}. */
    private static String visible(String key) {
        StringBuilder b = new StringBuilder(key.length() + 8);
        key.codePoints().forEach(c -> {
            if (NumberText.invisible(c)) {
                b.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
