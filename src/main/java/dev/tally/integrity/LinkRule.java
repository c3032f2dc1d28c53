package dev.tally.integrity;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code integrity.link}: every URL and every domain name written in a report (its prose, attribute values
 * and listing blocks; not comments, not data) must match an allowed domain pattern, where the build or the
 * report's template names any. Patterns are a domain
 * ({@code www.example.org}: that host only), {@code *.gov.cn} (gov.cn and every name below it) or {@code *}.
 * A domain is a dotted name ending in a known top-level domain, or starting with {@code www.}; e-mail
 * addresses are not links and are left alone. Each domain is reported once, at its first line, with how
 * often and where it occurs.
 */
final class LinkRule {

    // not \\b, which Java sees between two letters of any script: 请访问https://x.com is a URL too (trial AE, 1)
    /**
     * A URL's host as a browser takes it (trial AQ, 4): after any user part ({@code https://www.gov.cn@evil.com} goes
     * to evil.com), with one slash or backslashes ({@code https:/evil.com}, {@code https:\\evil.com}), or a
     * scheme-relative {@code link://evil.com}.
     */
    static final Pattern URL = Pattern.compile("(?i)(?<![a-z0-9])(?:(?:https?|ftp):[/\\\\]{1,2}|link:[/\\\\]{2})"
            + "(?:[^\\s/\\\\?#@\\[\\]]*@)?([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)");
    static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?<![a-z0-9@._%+/\\\\-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,10}([a-z]{2,24}))"
                    + "(?![a-z0-9-]|\\.[a-z0-9])");

    /** Top-level domains that make a bare dotted name a domain (with www. any name is one). */
    static final Set<String> TLDS = Set.copyOf(List.of("cn", "com", "net", "org", "gov", "edu", "info", "biz", "top", "xyz",
            "vip", "cc", "tv", "me", "io", "co", "hk", "tw", "mo", "site", "online", "club", "shop", "wang", "ltd",
            "app", "asia", "us", "uk", "jp", "kr", "ru", "de", "fr", "au", "ca", "int", "mil", "name", "pro", "mobi",
            "tech", "store", "fun", "icu", "live", "work", "link", "ink", "ren", "win", "bid", "loan", "red", "kim",
            "pw", "ws", "la", "in", "sg", "my", "ph", "vn", "th", "id", "bet", "casino", "games", "cloud", "space",
            "website", "press", "news", "today", "world", "life", "vip", "xin", "cyou", "buzz", "gq", "tk", "ml",
            "ga", "cf", "pub", "run", "plus", "group", "team", "zone", "city", "host", "email", "cool", "art",
            "love", "one", "global", "ltd", "company", "ai", "dev", "eu", "be", "nl", "it", "es", "ch", "se", "no",
            "nz", "za", "br", "mx", "ar", "tr", "ir", "pk", "bd"));

    private LinkRule() {
    }

    static void run(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.LINK)) {
            return;
        }
        List<String> allowed = allowedDomains(ctx);
        if (allowed == null) {
            return; // neither the build nor the report's template names the domains a link may go to
        }
        Findings.Recurring<String> foreign = new Findings.Recurring<>();
        for (Prose.Line line : ctx.prose().lines) {
            for (String host : hosts(line.bare())) {
                if (!allowed(host, allowed)) {
                    foreign.add(host, line.location());
                }
            }
        }
        for (Map.Entry<String, List<Location>> e : foreign.where.entrySet()) {
            List<Location> at = e.getValue();
            ctx.report(IntegrityConfig.Rule.LINK, at.get(0), e.getKey(), dev.tally.diagnostic.Messages.listRef(allowed), at.size(),
                    ctx.findings().lines(at));
        }
    }

    /**
     * The configured patterns, else the template's ({@code *.gov.cn} for the built-in ones), else null: a report
     * on no template, in a build that names no domains, may link anywhere.
     */
    static List<String> allowedDomains(Context ctx) {
        if (ctx.config().allowedDomains() != null) {
            return ctx.config().allowedDomains();
        }
        if (ctx.template() != null && ctx.template().allowedDomains() != null) {
            return ctx.template().allowedDomains();
        }
        return null;
    }

    /** The host names of the URLs and domains in a text, lower case, in order. */
    static List<String> hosts(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('.') < 0) {
            return out;
        }
        List<int[]> spans = urlSpans(text);
        Matcher u = URL.matcher(text);
        while (u.find()) {
            out.add(normalize(u.group(1)));
        }
        Matcher d = DOMAIN.matcher(text);
        while (d.find()) {
            if (inside(spans, d.start())) {
                continue;
            }
            String host = normalize(d.group(1));
            String tld = d.group(2).toLowerCase(Locale.ROOT);
            if (host.startsWith("www.") || TLDS.contains(tld)) {
                if (d.start() >= 7 && text.regionMatches(true, d.start() - 7, "mailto:", 0, 7)) {
                    continue;
                }
                out.add(host);
            }
        }
        return out;
    }

    /**
     * Where the URLs of a text are: from {@code http://} to the first white space, bracket, quote or
     * non-ASCII character. Linear: a URL inside another's span is not scanned again.
     */
    static List<int[]> urlSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher u = URL.matcher(text);
        int reached = 0;
        while (u.find()) {
            int end = Math.max(u.end(), reached);
            if (u.start() < reached) {
                spans.get(spans.size() - 1)[1] = end;
                continue;
            }
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) < 128
                    && "()[]<>\"'".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            reached = end;
            spans.add(new int[] {u.start(), end});
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = spans.get(mid);
            if (at < s[0]) {
                hi = mid - 1;
            } else if (at >= s[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** Whether a host matches one of the patterns. */
    static boolean allowed(String host, List<String> patterns) {
        for (String raw : patterns) {
            String p = raw.strip().toLowerCase(Locale.ROOT);
            if (p.equals("*")) {
                return true;
            }
            if (p.startsWith("*.")) {
                p = p.substring(2);
            } else if (p.startsWith(".")) {
                p = p.substring(1);
            } else {
                if (host.equals(p)) {
                    return true;
                }
                continue;
            }
            if (host.equals(p) || host.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }
}
