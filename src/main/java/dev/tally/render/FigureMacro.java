package dev.tally.render;

import dev.tally.check.CheckParser;
import dev.tally.check.DocumentScope;
import dev.tally.check.EvalException;
import dev.tally.check.Exact;
import dev.tally.check.FailedCell;
import dev.tally.check.FigureText;
import dev.tally.check.Value;
import dev.tally.model.Report;
import dev.tally.read.NumberText;
import org.asciidoctor.ast.ContentModel;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Format;
import org.asciidoctor.extension.FormatType;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.List;
import java.util.Map;

/**
 * {@code tally:PATH[]} and {@code tally:PATH[EXPECTED]}: the figure from the data. Where the path does not
 * resolve (an error reported by the checks), the text as written is shown, marked.
 */
@Name("tally")
// the brackets end at the first ], as the check reads them: inside another macro's brackets (a footnote) the
// figure's ] is written \] (an AsciiDoc escape), which is not part of the expected figure
@Format(value = FormatType.CUSTOM, regexp = "\\\\?tally:([^\\s\\[\\]]+)\\[([^\\[\\]]*?)\\\\?\\]")
// the brackets' text as written, as the check reads it, not split into attributes at its commas (12,480)
@ContentModel(":text")
final class FigureMacro extends InlineMacroProcessor {

    private final RenderContext context;

    FigureMacro(RenderContext context) {
        this.context = context;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        // target and attributes arrive HTML-escaped already; only what Tally adds is escaped here
        Object expected = attributes.get("text");
        String path = unescape(asWritten(target));
        String html;
        try {
            DocumentScope scope = new DocumentScope(context.report(), context.previous());
            var ref = CheckParser.parseRef(path);
            String text = scope.text(ref);
            Value.Scalar s = text != null ? null : Value.single(scope.resolve(ref, true));
            if (text != null) {
                String wanted = expected == null ? "" : unescape(expected.toString()).strip();
                html = span(path, text.strip(), !wanted.isEmpty() && !wanted.equals(text.strip()) ? wanted : null);
            } else if (s != null) {
                String written = expected == null ? "" : unescape(expected.toString()).strip();
                boolean mismatch = !written.isEmpty() && !sameNumber(written, s.value());
                // a figure the data bears out is shown as the text prints it (12,480; 312.50), else the data's
                html = span(path, written.isEmpty() ? s.value().show() : mismatch ? groupedAs(written, s.value().show())
                        : written, mismatch ? written : null);
                List<FailedCell> failed = ref.isPrevious() || ref.column() != null || ref.path().size() < 2
                        ? List.of() : context.failedValue(ref.path().first(), ref.path().tail());
                if (!failed.isEmpty() && !mismatch) {
                    // a number a failing check names, which no table shows: marked where the text shows it, as its
                    // cells would be (trial U, 3): by the worst of the checks, each of them a line of the tooltip
                    String kind = switch (failed.get(0).severity()) {
                        case ERROR -> "tally-failed";
                        case WARNING -> "tally-warned";
                        default -> "tally-noted";
                    };
                    String why = String.join("\n", failed.stream().map(FailedCell::why).toList());
                    html = "<span class=\"tally-figure " + kind + "\" title=\""
                            + inert(path + " — " + why).replace("\n", "&#10;") + "\">"
                            + Html.escape(written.isEmpty() ? s.value().show() : written) + "</span>";
                }
            } else {
                html = unresolved(path, expected, wording().unchecked);
            }
        } catch (EvalException.NoPrevious e) {
            // why, as the check's note says: no previous report named, or the one named could not be read
            html = unresolved(path, expected, context.report().attribute("tally-previous") == null
                    ? wording().noPrevious : wording().previousUnavailable);
        } catch (EvalException e) {
            // a name that names nothing is said to be unknown, as the check says (trial AB, 10)
            Wording words = wording();
            boolean lacked = e.code().equals("check.unknown-block") && !e.args().isEmpty()
                    && context.lacking().contains(e.args().get(0));
            html = unresolved(path, expected, lacked ? words.lacking
                    : e.code().startsWith("check.unknown-") ? words.unknown : words.unchecked);
        } catch (dev.tally.check.CheckSyntaxException e) {
            html = unresolved(path, expected, wording().invalid); // the check's figure.invalid says why
        } catch (Exception e) {
            html = unresolved(path, expected, wording().unchecked);
        }
        return createPhraseNode(parent, "quoted", html);
    }

    /**
     * The data's number in the text's way of grouping thousands ({@code 21,000} where the text wrote {@code 21,100}),
     * so that a figure the data corrects reads as the text around it does (trial AD, 9); as it is otherwise.
     */
    static String groupedAs(String written, String number) {
        java.util.regex.Matcher w = GROUPED.matcher(written.strip());
        if (!w.matches() || !number.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return number;
        }
        String separator = w.group(1);
        int dot = number.indexOf('.');
        String whole = dot < 0 ? number : number.substring(0, dot);
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(separator);
            }
            b.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + b + (dot < 0 ? "" : number.substring(dot));
    }

    /** A figure written with its thousands grouped: {@code 21,100}, {@code 1，234}, {@code 12 480}; group 1 the mark. */
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("[+\\-\u2212]?[0-9]{1,3}([,\uFF0C \u00A0\u2009\u202F])[0-9]{3}(?:\\1[0-9]{3})*(?:\\.[0-9]+)?");

    /** A figure as the page shows it: marked, with what the text says in its tooltip, where that differs. */
    private static String span(String path, String shown, String textSays) {
        return "<span class=\"tally-figure" + (textSays != null ? " tally-mismatch" : "") + "\" title=\""
                + inert(path + (textSays != null ? " ≠ " + textSays : "")) + "\">" + Html.escape(shown) + "</span>";
    }

    /**
     * Text for an attribute of the HTML a figure becomes: escaped, and with the characters that Asciidoctor's
     * macro pass, which runs over this HTML after the figure is made, would read as a link written as entities, so
     * that a path such as {@code t.Total@All.Total} is not taken for an e-mail address (trial Q, 1), nor
     * {@code http:} or {@code x:y[]} for a link or a macro.
     */
    static String inert(String text) {
        String escaped = Html.escape(text);
        StringBuilder out = new StringBuilder(escaped.length() + 8);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            switch (c) {
                case '@', ':', '[', ']', '(', ')', '<', '>' -> out.append("&#").append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A block title with each figure macro as its value (see {@link FigureText}), for the titles Tally writes
     * itself: a table's caption, the page's list of data. Plain text, for the caller to escape.
     */
    static String inTitle(String title, Report report, Report previous) {
        return FigureText.resolve(title, report, previous);
    }

    /** Whether the figure as printed in the text is the value (as the check compares them: 100.00 is 100). */
    private static boolean sameNumber(String expected, Exact value) {
        NumberText.Result e = NumberText.parseFigure(expected);
        return e.ok() && Exact.of(e.value()).compareTo(value) == 0;
    }

    /**
     * Asciidoctor formats the text before it finds macros in it, so a backquoted key of the target
     * ({@code tally:t.`1.新收`@总计[]}) arrives as monospace, {@code <code>1.新收</code>}: put the backquotes back.
     * A {@code <code>} written in the source arrives escaped and is left alone.
     */
    static String asWritten(String target) {
        return target.replace("<code>", "`").replace("</code>", "`");
    }

    /** Asciidoctor hands the target over HTML-escaped; the path is wanted as written. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * A figure whose path names no single number: the figure as the text prints it (or ?), marked, and the
     * tooltip says why it was not checked ({@code why}: a whole row, an unknown name), so that a reader does not
     * take it for a checked value.
     */
    private static String unresolved(String path, Object expected, String why) {
        // the text arrives HTML-escaped, and is escaped once here (trial V, 10: it showed as &lt;b&gt;)
        String text = expected == null || expected.toString().isBlank() ? "?" : unescape(expected.toString());
        return "<span class=\"tally-figure tally-unresolved\" title=\"" + inert(path + " — " + why)
                + "\">" + Html.escape(text) + "</span>";
    }

    private Wording wording() {
        if (context.ui() != null) {
            return context.ui(); // the tooltip is Tally's: in the site's language, as the check messages are
        }
        Wording w = Wording.of(context.report());
        return w != null ? w : Wording.CHINESE;
    }
}
