package dev.tally.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts, looked up by key in {@code dev/tally/messages*.properties}. Placeholders are {@code {0}},
 * {@code {1}}, ...; there is no other syntax (quotes and braces in arguments are printed as they are).
 */
public final class Messages {

    private static final String BUNDLE = "dev.tally.messages";
    /** Falls back from zh_CN to zh to the English base bundle, never to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    private static final char REF = '\u0001';

    /** An argument that is itself a message key, printed in the reader's language. */
    public static String ref(String key) {
        return REF + key + REF;
    }

    private static final char COUNT = '\u0002';

    /** An argument that is a count with its unit ({@link #count}), printed in the reader's language. */
    public static String countRef(long n, String unit) {
        return REF + "unit." + unit + (n == 1 ? ".one" : ".other") + COUNT + n + REF;
    }

    /**
     * An argument that is a message key with one argument of its own, printed in the reader's language; that
     * argument may be a key in turn ({@link #key}).
     */
    public static String ref(String key, String arg) {
        return REF + key + COUNT + plain(arg) + REF;
    }

    /** As {@link #ref(String, String)}, with two arguments: {@code (figure {0} of {1} on this line)}. */
    public static String ref(String key, String arg, String arg2) {
        return REF + key + COUNT + plain(arg) + COUNT + plain(arg2) + REF;
    }

    /** An argument of a reference, without the characters that mark references. */
    private static String plain(String arg) {
        return arg.replace(REF, '?').replace(COUNT, '?').replace(ITEM, '?');
    }

    private static final char KEY = '\u0004';

    /** The argument of {@link #ref(String, String)} that is itself a message key. */
    public static String key(String key) {
        return KEY + key;
    }

    private static final char ITEM = '\u0003';

    /**
     * An argument that is a list of items (line numbers, file names), joined with the list separator of the
     * reader's language ({@code 6、10、43} or {@code 6, 10, 43}).
     */
    public static String listRef(List<String> items) {
        return listRef("list", items);
    }

    /**
     * A list of titles, which may hold the list separator themselves ({@code 四、…复议、行政诉讼情况}): joined
     * with a semicolon of the reader's language.
     */
    public static String titlesRef(List<String> items) {
        return listRef("titles", items);
    }

    private static String listRef(String kind, List<String> items) {
        StringBuilder b = new StringBuilder().append(REF).append(kind);
        for (String item : items) {
            b.append(ITEM).append(item.replace(REF, '?').replace(ITEM, '?'));
        }
        return b.append(REF).toString();
    }

    /**
     * An argument that starts with a reference ({@link #ref}, {@link #countRef}) with each reference in it as its
     * message; any other argument (text from a report, which may hold any character) as it is.
     */
    public static String argument(Locale locale, String arg) {
        return resolveArg(locale, arg);
    }

    private static String resolveArg(Locale locale, String arg) {
        if (arg.isEmpty() || arg.charAt(0) != REF) {
            return arg;
        }
        int start = 0;
        StringBuilder out = new StringBuilder(arg.length() + 32);
        int from = 0;
        while (start >= 0) {
            out.append(arg, from, start);
            int end = arg.indexOf(REF, start + 1);
            String key = end < 0 ? arg.substring(start + 1) : arg.substring(start + 1, end);
            int count = key.indexOf(COUNT);
            if (key.startsWith("list" + ITEM) || key.equals("list")
                    || key.startsWith("titles" + ITEM) || key.equals("titles")) {
                List<String> items = List.of(key.split(String.valueOf(ITEM), -1));
                String separator = key.startsWith("titles") ? "list.separator-titles" : "list.separator";
                out.append(String.join(format(locale, separator, List.of()), items.subList(1, items.size())));
            } else {
                String inner = count >= 0 ? key.substring(count + 1) : null;
                if (inner != null && !inner.isEmpty() && inner.charAt(0) == KEY) {
                    inner = format(locale, inner.substring(1), List.of());
                }
                int second = inner == null ? -1 : inner.indexOf(COUNT);
                List<String> innerArgs = second < 0 ? java.util.Collections.singletonList(inner)
                        : List.of(inner.substring(0, second), inner.substring(second + 1));
                out.append(count >= 0 ? format(locale, key.substring(0, count), innerArgs)
                        : format(locale, key, List.of()));
            }
            from = end < 0 ? arg.length() : end + 1;
            start = end < 0 ? -1 : arg.indexOf(REF, from);
        }
        return out.append(arg, from, arg.length()).toString();
    }

    /** The arguments as a message in {@code locale}'s language shows them: references to other messages resolved. */
    private static List<String> arguments(Locale locale, List<String> args) {
        List<String> resolved = new java.util.ArrayList<>(args.size());
        for (String a : args) {
            resolved.add(resolveArg(locale, a));
        }
        return resolved;
    }

    /**
     * The language messages are printed in: {@code tally.locale} when given ({@code zh}, {@code zh-CN},
     * {@code en}), else the build's default locale.
     */
    /** Whether messages are written in {@code locale}'s language (English or Chinese); others get English. */
    public static boolean available(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("en") || language.equals("zh");
    }

    public static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.getDefault();
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-'));
    }

    public static String format(Locale locale, String key, List<String> args) {
        List<String> resolved = arguments(locale, args);
        return substitute(lookup(locale, key, resolved), resolved);
    }

    /** The bundle of each language asked for (a message is formatted for every diagnostic of every report). */
    private static final java.util.Map<Locale, ResourceBundle> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String lookup(Locale locale, String key, List<String> args) {
        String pattern;
        try {
            pattern = BUNDLES.computeIfAbsent(locale,
                    l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(), NO_FALLBACK))
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key + (args.isEmpty() ? "" : ": " + String.join(", ", args));
        }
        return pattern;
    }

    /** A count with its unit, {@code unit.KEY.one} or {@code unit.KEY.other}: "1 report", "2 reports", "2 份报告". */
    public static String count(Locale locale, long n, String unit) {
        return format(locale, "unit." + unit + (n == 1 ? ".one" : ".other"), List.of(String.valueOf(n)));
    }

    /** The longest text a message shows of one argument; the rest is cut (the result files keep it whole). */
    public static final int MAX_ARGUMENT = 300;

    /** An argument as a message shows it: a 100 KB check or a line of garbage is cut, marked with an ellipsis. */
    static String shown(String arg) {
        if (arg == null || arg.length() <= MAX_ARGUMENT) {
            return arg;
        }
        int end = MAX_ARGUMENT;
        if (Character.isHighSurrogate(arg.charAt(end - 1))) {
            end--;
        }
        return arg.substring(0, end) + "…";
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String substitute(String pattern, List<String> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        // the text between placeholders is copied in one piece: a message is formatted for every diagnostic of
        // every report, mostly in a cold JVM that interprets this
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
            int close = pattern.indexOf('}', open);
            if (close > open + 1) {
                String index = pattern.substring(open + 1, close);
                if (index.length() < 3 && digits(index)) {
                    int n = Integer.parseInt(index);
                    out.append(pattern, i, open).append(n < args.size() ? shown(args.get(n)) : "");
                    i = close + 1;
                    open = close;
                }
            }
        }
        return out.append(pattern, i, pattern.length()).toString();
    }
}
