package dev.tally.render;

import java.nio.charset.StandardCharsets;

/** Escaping for HTML and XML (SVG) text and attribute values. */
public final class Html {

    private Html() {
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|lt|gt|quot|amp|apos);");

    /** The text of a piece of HTML that Asciidoctor made of a line: its tags left out, its entities read. */
    public static String text(String html) {
        String noTags = TAG.matcher(html).replaceAll("");
        java.util.regex.Matcher m = ENTITY.matcher(noTags);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "amp" -> "&";
                case "apos" -> "'";
                default -> {
                    try {
                        int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                        yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                    } catch (NumberFormatException x) {
                        yield m.group();
                    }
                }
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Escapes text for use in HTML or XML content and in double- or single-quoted attribute values:
     * {@code & < > " '} become entities. Characters that XML 1.0 cannot hold at all (control characters other
     * than tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF) become U+FFFD, so that the
     * output stays well-formed XML (inline SVG). Null gives the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                if (!isXmlChar(c)) {
                    rep = "\uFFFD";
                }
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 16);
                    sb.append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Percent-encodes a relative link, segment by segment: everything but unreserved URI characters and the
     * {@code /} between segments ({@code 2024/a#b c.html} becomes {@code 2024/a%23b%20c.html}). Escape the
     * result with {@link #escape} to put it in an attribute.
     */
    public static String href(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * The HTML id of a data block's element on the page: {@code tally-} and the block's id, so that no id of the
     * site's skin ({@code banner}, {@code footer}, {@code breadcrumbs}, ...) or of Asciidoctor's ({@code toc},
     * {@code footnotes}) takes a table's place when a link goes to it (trial AB, 5). Links to the block in the
     * report ({@code <<fees>>}) are turned to it (see {@code AsciidocRenderer}).
     */
    public static String blockAnchor(String blockId) {
        return "tally-" + blockId;
    }

    /** A single UTF-16 unit that XML 1.0 allows on its own (surrogates are handled in pairs by the caller). */
    private static boolean isXmlChar(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
