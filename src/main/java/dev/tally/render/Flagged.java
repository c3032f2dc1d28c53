package dev.tally.render;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks on a report's page what the integrity pass rejected in its text (trial AB, 6), as failing figures are
 * marked: a link to a domain that is not allowed ({@code integrity.link}) is no longer a link, but its text, marked,
 * with the problem in its tooltip, so the page does not send readers where an injected link would; a phrase that
 * the data contradicts ({@code integrity.claim}, 未收到政府信息公开申请 where the data has 4) is marked where the text
 * says it. Only errors and warnings mark; a rule turned into a note or off marks nothing.
 */
final class Flagged {

    /**
     * An element Asciidoctor writes for a link to another site: its host is the first group, as a browser takes it,
     * after a user part, with one slash or backslashes, or scheme-relative (trial AQ, 4), as the check finds it.
     */
    private static final Pattern LINK = Pattern.compile(
            "<a href=\"(?:(?:https?|ftp):[/\\\\]{1,2}|[/\\\\]{2})(?:[^\"/\\\\?#@]*@)?([^/\\\\\"?#:@]+)[^\"]*\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Flagged() {
    }

    /** The page with the links and phrases the report's problems name marked, the problems told in {@code ui}. */
    static String mark(String html, List<Diagnostic> problems, Locale ui) {
        Map<String, Diagnostic> hosts = new LinkedHashMap<>();
        Map<String, Diagnostic> phrases = new LinkedHashMap<>();
        for (Diagnostic d : problems) {
            if (d.severity() == Severity.NOTE || d.args().isEmpty() || d.args().get(0).isBlank()) {
                continue;
            }
            if (d.code().equals("integrity.link")) {
                hosts.putIfAbsent(d.args().get(0).toLowerCase(Locale.ROOT), d);
            } else if (d.code().equals("integrity.claim")) {
                phrases.putIfAbsent(d.args().get(0), d);
            }
        }
        String out = hosts.isEmpty() ? html : links(html, hosts, ui);
        for (Map.Entry<String, Diagnostic> e : phrases.entrySet()) {
            out = phrase(out, Html.escape(e.getKey()), e.getValue(), ui);
        }
        return out;
    }

    private static String links(String html, Map<String, Diagnostic> hosts, Locale ui) {
        if (!html.contains("://")) {
            return html;
        }
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 128);
        while (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            Diagnostic d = hosts.get(host);
            String to = d == null ? m.group() : open(d, ui, "tally-flagged-link") + m.group(2) + "</span>";
            m.appendReplacement(out, Matcher.quoteReplacement(to));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The page with each place its text (not its tags) says {@code phrase} (as the page writes it) marked. */
    private static String phrase(String html, String phrase, Diagnostic d, Locale ui) {
        StringBuilder out = new StringBuilder(html.length() + 128);
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int end = tag < 0 ? html.length() : tag;
            String text = html.substring(i, end);
            int from = 0;
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, from)) {
                out.append(text, from, at).append(open(d, ui, "tally-flagged-text")).append(phrase).append("</span>");
                from = at + phrase.length();
            }
            out.append(text, from, text.length());
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            close = close < 0 ? html.length() : close + 1;
            out.append(html, tag, close);
            i = close;
        }
        return out.toString();
    }

    private static String open(Diagnostic d, Locale ui, String kind) {
        String severity = d.severity() == Severity.ERROR ? "tally-failed" : "tally-warned";
        return "<span class=\"tally-flagged " + kind + " " + severity + "\" title=\"" + Html.escape(d.message(ui))
                + "\">";
    }
}
