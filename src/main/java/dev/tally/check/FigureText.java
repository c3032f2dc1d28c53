package dev.tally.check;

import dev.tally.model.Report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that Tally shows outside the rendered page (a report's title in the index, the results and the page's
 * {@code <title>}; a table's caption in its open data) with each figure macro as its value, as the page shows
 * figures: {@code 收到申请 tally:a.total[3]件} is {@code 收到申请 3件}. A figure that does not resolve stays as
 * written (the check reports it), and an escaped macro loses its backslash.
 */
public final class FigureText {

    private FigureText() {
    }

    /** A figure macro in a single line of text (a title): target without spaces, brackets without brackets. */
    private static final Pattern MACRO = Pattern.compile("(\\\\?)tally:([^\\s\\[\\]]{1,300})\\[([^\\[\\]]{0,100})]");

    /** The text with each figure as its value; plain text, for the caller to escape. */
    public static String resolve(String text, Report report, Report previous) {
        if (text == null || !text.contains("tally:") || report == null) {
            return text;
        }
        return MACRO.matcher(text).replaceAll(m -> {
            String shown = m.group(0).substring(m.group(1).length());
            if (m.group(1).isEmpty()) {
                try {
                    DocumentScope scope = new DocumentScope(report, previous);
                    Expr.Ref ref = CheckParser.parseRef(m.group(2));
                    String words = scope.text(ref);
                    Value v = words != null ? null : scope.resolve(ref, true);
                    if (words != null) {
                        shown = words.strip();
                    } else if (v instanceof Value.Scalar s) {
                        shown = s.value().show();
                    }
                } catch (CheckSyntaxException | EvalException | RuntimeException unresolved) {
                    // shown as written; the check reports it
                }
            }
            return Matcher.quoteReplacement(shown);
        });
    }
}
