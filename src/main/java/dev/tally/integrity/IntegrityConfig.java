package dev.tally.integrity;

import dev.tally.diagnostic.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The switches and parameters of the integrity pass, with their defaults. Every rule is on by default;
 * each can be turned off or given another severity. A Maven mojo builds one from plain strings:
 * {@link #set(String, String)} takes the names listed in {@link #NAMES}, {@link #fromProperties(Map)} takes
 * {@code tally.allowedDomains}, {@code tally.deniedWords} and every {@code tally.integrity.*} property.
 *
 * <p>Not thread-safe while it is being built; {@link Integrity} only reads it.
 */
public final class IntegrityConfig {

    /** The rules, each with its id (the diagnostic code is {@code integrity.} + id) and default severity. */
    public enum Rule {
        /** A URL or domain outside the allowed domains. */
        LINK("link", Severity.ERROR),
        /** An image, media file or attachment the page names that does not exist. */
        FILE_MISSING("file-missing", Severity.WARNING),
        /**
         * An image or attachment the page names that is not published with it: an absolute path, outside the
         * reports directory, through a symbolic link, or hidden.
         */
        FILE_UNPUBLISHED("file-unpublished", Severity.WARNING),
        /** An image or attachment the page names whose kind is not published ({@code .txt}, {@code .csv}, ...). */
        FILE_KIND("file-kind", Severity.WARNING),
        /** A word of the denied list. */
        DENIED_WORD("denied-word", Severity.ERROR),
        /** A token of Latin letters (with the Chinese characters always next to it) repeated unnaturally. */
        REPEATED_TOKEN("repeated-token", Severity.WARNING),
        /** A Chinese character followed by its pinyin in brackets, as web converters print it: 鎮(zhèn). */
        PINYIN("pinyin", Severity.ERROR),
        /** Traditional characters in a report in simplified Chinese (or the reverse). */
        MIXED_SCRIPT("mixed-script", Severity.WARNING),
        /** Text decoded with the wrong character set: é, 锟斤拷, U+FFFD, lost characters (?) and GBK shifts. */
        MOJIBAKE("mojibake", Severity.ERROR),
        /** Sentences repeated verbatim from the previous report, above a share. */
        COPIED("copied", Severity.WARNING),
        /** A year in the title or the statistical period (统计期限) that is not the report's year. */
        PERIOD("period", Severity.ERROR),
        /** A figure counted over a span that is not the report's year: 截至目前…, 从2016年…至今. */
        PERIOD_FIGURE("period-figure", Severity.WARNING),
        /** A year-like number standing alone (no 年, no unit) far from the report's year. */
        FOREIGN_YEAR("foreign-year", Severity.WARNING),
        /** A claim of the prose that the data contradicts (claims come from the template). */
        CLAIM("claim", Severity.ERROR);

        private final String id;
        private final Severity severity;

        Rule(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        public String id() {
            return id;
        }

        /** The diagnostic code (and message key) of the rule's findings: {@code integrity.ID}. */
        public String code() {
            return "integrity." + id;
        }

        public Severity defaultSeverity() {
            return severity;
        }

        public static Rule byId(String id) {
            for (Rule r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            return null;
        }
    }

    /** Which script a report is expected to be written in. */
    public enum Script {
        /** Mainland reports: traditional-only characters are reported. */
        SIMPLIFIED,
        /** Traditional reports: simplified-only characters are reported. */
        TRADITIONAL,
        /** Either, but not both: the less used script is reported when a report mixes them. */
        EITHER
    }


    /** Latin words that may repeat in a report without being suspicious (case is ignored). */
    public static final List<String> DEFAULT_REPEATABLE = List.of("http", "https", "www", "gov", "cn", "com", "net",
            "org", "html", "htm", "pdf", "app", "qq", "wechat", "wifi", "email", "mail", "word", "excel", "wps",
            "office", "ppt", "online", "web", "tally", "weibo", "douyin", "tiktok");

    /**
     * Every name {@link #set(String, String)} understands. {@code RULE} is a rule id ({@code link},
     * {@code denied-word}, ...).
     */
    public static final List<String> NAMES = List.of(
            "skip", "RULE (on/off, true/false, or a severity: error, warning, note)", "RULE.enabled",
            "RULE.severity", "allowedDomains", "deniedWords", "extraDeniedWords", "repeated-token.min",
            "repeated-token.allow", "copied.threshold", "copied.min-chars", "copied.min-sentences",
            "foreign-year.before", "foreign-year.after", "mixed-script.script", "period-figure.bound-figures");

    private boolean skip;
    private final EnumMap<Rule, Boolean> enabled = new EnumMap<>(Rule.class);
    private final EnumMap<Rule, Severity> severity = new EnumMap<>(Rule.class);
    private List<String> allowedDomains;
    private List<String> deniedWords = defaultDeniedWords();
    private Set<String> repeatable = lower(DEFAULT_REPEATABLE);
    private int repeatedTokenMin = 5;
    private int copiedThreshold = 60;
    private int copiedMinChars = 10;
    private int copiedMinSentences = 10;
    private int foreignYearBefore = 2;
    private int foreignYearAfter = 1;
    private Script script = Script.SIMPLIFIED;
    private boolean periodFigureBound;

    /** Every rule on, with its default severity and parameters. */
    public static IntegrityConfig defaults() {
        return new IntegrityConfig();
    }

    /**
     * A configuration from properties: {@code tally.allowedDomains}, {@code tally.deniedWords} and every
     * {@code tally.integrity.NAME} (NAME as in {@link #NAMES}, e.g. {@code tally.integrity.skip},
     * {@code tally.integrity.copied.threshold}, {@code tally.integrity.link=off}); other properties are ignored.
     *
     * @throws IllegalArgumentException for an unknown name or a bad value, with a message that says which
     */
    public static IntegrityConfig fromProperties(Map<String, String> properties) {
        IntegrityConfig c = defaults();
        Map<String, String> sorted = new TreeMap<>(properties);
        sorted.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (k.equals("tally.allowedDomains")) {
                c.set("allowedDomains", v);
            } else if (k.equals("tally.deniedWords")) {
                c.set("deniedWords", v);
            } else if (k.startsWith("tally.integrity.")) {
                c.set(k.substring("tally.integrity.".length()), v);
            }
        });
        return c;
    }

    /**
     * Sets one switch or parameter from text, as a mojo gets it. Lists are separated by commas, semicolons,
     * full-width commas or white space.
     *
     * @throws IllegalArgumentException for an unknown name or a bad value
     */
    public IntegrityConfig set(String name, String value) {
        String n = name.strip();
        String v = value == null ? "" : value.strip();
        switch (n) {
            case "skip" -> skip = bool(n, v);
            case "allowedDomains", "allowed-domains" -> allowedDomains(list(v));
            case "deniedWords", "denied-words" -> deniedWords(list(v));
            case "extraDeniedWords", "extra-denied-words" -> extraDeniedWords(list(v));
            case "repeated-token.min" -> repeatedTokenMin(integer(n, v, 2));
            case "repeated-token.allow" -> repeatable(list(v));
            case "copied.threshold" -> copiedThreshold(integer(n, v, 0));
            case "copied.min-chars" -> copiedMinChars = integer(n, v, 1);
            case "copied.min-sentences" -> copiedMinSentences = integer(n, v, 1);
            case "foreign-year.before" -> foreignYearBefore = integer(n, v, 0);
            case "foreign-year.after" -> foreignYearAfter = integer(n, v, 0);
            case "mixed-script.script" -> {
                try {
                    script = Script.valueOf(v.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "integrity: " + n + " must be simplified, traditional or either, not " + v);
                }
            }
            case "period-figure.bound-figures" -> periodFigureBound = bool(n, v);
            default -> setRule(n, v);
        }
        return this;
    }

    private void setRule(String n, String v) {
        String id = n;
        String what = "";
        int dot = n.indexOf('.');
        if (dot > 0) {
            id = n.substring(0, dot);
            what = n.substring(dot + 1);
        }
        Rule rule = Rule.byId(id);
        if (rule == null || !(what.isEmpty() || what.equals("enabled") || what.equals("severity"))) {
            throw new IllegalArgumentException("integrity: unknown setting " + n + " (known: " + String.join(", ", NAMES)
                    + "; rules: " + String.join(", ", ruleIds()) + ")");
        }
        if (what.equals("severity")) {
            severity(rule, severityOf(n, v));
        } else if (what.equals("enabled")) {
            enable(rule, bool(n, v));
        } else {
            Severity s = severityOrNull(v);
            if (s != null) {
                enable(rule, true);
                severity(rule, s);
            } else {
                try {
                    enable(rule, bool(n, v));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("integrity: " + n
                            + " must be on or off (true or false) or a severity (error, warning, note), not " + v);
                }
            }
        }
    }

    /** The ids of all rules, in order. */
    public static List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (Rule r : Rule.values()) {
            ids.add(r.id());
        }
        return ids;
    }

    // -------------------------------------------------------------------------------------------- setters

    /** Turns the whole pass off. */
    public IntegrityConfig skip(boolean skip) {
        this.skip = skip;
        return this;
    }

    public IntegrityConfig enable(Rule rule, boolean on) {
        enabled.put(rule, on);
        return this;
    }

    public IntegrityConfig severity(Rule rule, Severity s) {
        severity.put(rule, s);
        return this;
    }

    /** The allowed domain patterns ({@code *.gov.cn}, {@code www.example.org}, {@code *}); null or empty: unset. */
    public IntegrityConfig allowedDomains(Collection<String> patterns) {
        this.allowedDomains = patterns == null || patterns.isEmpty() ? null : List.copyOf(clean(patterns));
        return this;
    }

    /** Replaces the denied words (the default list included). */
    public IntegrityConfig deniedWords(Collection<String> words) {
        this.deniedWords = List.copyOf(clean(words));
        return this;
    }

    /** Adds denied words to the current list. */
    public IntegrityConfig extraDeniedWords(Collection<String> words) {
        Set<String> all = new LinkedHashSet<>(deniedWords);
        all.addAll(clean(words));
        this.deniedWords = List.copyOf(all);
        return this;
    }

    /** Latin words that may repeat without being reported by {@code repeated-token}; replaces the default. */
    public IntegrityConfig repeatable(Collection<String> words) {
        this.repeatable = lower(clean(words));
        return this;
    }

    public IntegrityConfig repeatedTokenMin(int min) {
        this.repeatedTokenMin = Math.max(2, min);
        return this;
    }

    /** The share of copied sentences, in percent, above which {@code copied} warns. */
    public IntegrityConfig copiedThreshold(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("integrity: copied.threshold must be 0 to 100, not " + percent);
        }
        this.copiedThreshold = percent;
        return this;
    }

    public IntegrityConfig copiedMinChars(int chars) {
        this.copiedMinChars = Math.max(1, chars);
        return this;
    }

    public IntegrityConfig copiedMinSentences(int sentences) {
        this.copiedMinSentences = Math.max(1, sentences);
        return this;
    }

    public IntegrityConfig foreignYearWindow(int before, int after) {
        this.foreignYearBefore = Math.max(0, before);
        this.foreignYearAfter = Math.max(0, after);
        return this;
    }

    public IntegrityConfig script(Script script) {
        this.script = script;
        return this;
    }

    /** Whether {@code period-figure} also looks at figures bound to data ({@code tally:PATH[]}); default no. */
    public IntegrityConfig periodFigureBoundFigures(boolean on) {
        this.periodFigureBound = on;
        return this;
    }

    // -------------------------------------------------------------------------------------------- getters

    public boolean skip() {
        return skip;
    }

    public boolean enabled(Rule rule) {
        return !skip && enabled.getOrDefault(rule, true);
    }

    /** The configured severity of a rule, or null when it keeps its default (for claims: each claim's own). */
    public Severity configuredSeverity(Rule rule) {
        return severity.get(rule);
    }

    public Severity severity(Rule rule) {
        return severity.getOrDefault(rule, rule.defaultSeverity());
    }

    /** The configured allowed domains, or null when none were configured. */
    public List<String> allowedDomains() {
        return allowedDomains;
    }

    public List<String> deniedWords() {
        return deniedWords;
    }

    public Set<String> repeatable() {
        return repeatable;
    }

    public int repeatedTokenMin() {
        return repeatedTokenMin;
    }

    public int copiedThreshold() {
        return copiedThreshold;
    }

    public int copiedMinChars() {
        return copiedMinChars;
    }

    public int copiedMinSentences() {
        return copiedMinSentences;
    }

    public int foreignYearBefore() {
        return foreignYearBefore;
    }

    public int foreignYearAfter() {
        return foreignYearAfter;
    }

    public Script script() {
        return script;
    }

    public boolean periodFigureBoundFigures() {
        return periodFigureBound;
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** The default denied words ({@code dev/tally/integrity/denied-words.txt}). */
    public static List<String> defaultDeniedWords() {
        return resourceLines("denied-words.txt");
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = IntegrityConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/tally/integrity/" + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a list written as text: commas, semicolons, full-width commas, enumeration commas, white space. */
    public static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,;，；、\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<String> clean(Collection<String> items) {
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (String s : items) {
                if (s != null && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static Set<String> lower(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static boolean bool(String name, String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1", "" -> {
                return true;
            }
            case "false", "off", "no", "0" -> {
                return false;
            }
            default -> throw new IllegalArgumentException("integrity: " + name + " must be on or off (true or false), not " + v);
        }
    }

    private static int integer(String name, String v, int min) {
        try {
            int n = Integer.parseInt(v.replace("%", "").strip());
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("integrity: " + name + " must be a whole number of at least " + min
                    + ", not " + v);
        }
    }

    private static Severity severityOrNull(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning", "warn" -> Severity.WARNING;
            case "note", "info" -> Severity.NOTE;
            default -> null;
        };
    }

    private static Severity severityOf(String name, String v) {
        Severity s = severityOrNull(v);
        if (s == null) {
            throw new IllegalArgumentException("integrity: " + name + " must be error, warning or note, not " + v);
        }
        return s;
    }
}
