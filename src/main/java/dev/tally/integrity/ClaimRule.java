package dev.tally.integrity;

import dev.tally.check.CheckParser;
import dev.tally.check.CheckSyntaxException;
import dev.tally.check.Comparison;
import dev.tally.check.DocumentScope;
import dev.tally.check.EvalException;
import dev.tally.check.Evaluator;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Template;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code integrity.claim}: the template's claims. Where a claim's phrase occurs in a paragraph (read with
 * traditional characters as simplified, figures as printed), its check must hold on the report's data; if
 * it does not, the finding is at the phrase's line, with the claim's severity (or the configured one) and
 * message. A check that cannot be evaluated (a table the report lacks, which conformance reports) is
 * skipped. One finding per claim per line.
 */
final class ClaimRule {

    private ClaimRule() {
    }

    /** Words that put a clause in another year than the report's: last year, the year before, earlier years. */
    private static final java.util.regex.Pattern OTHER_YEAR =
            java.util.regex.Pattern.compile("上年|上一年|去年|前年|往年|以前年度|以往年度|上一?个?年度");

    /** Whether the clause a claim's phrase stands in (from the last stop or comma before it) speaks of another year. */
    static boolean aboutAnotherYear(String text, int at) {
        return OTHER_YEAR.matcher(text.substring(clauseStart(text, at), at)).find();
    }

    /** Where the clause holding {@code at} starts: after the last stop or comma before it. */
    private static int clauseStart(String text, int at) {
        int from = at;
        while (from > 0 && "。，；！？,;!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /**
     * Words that make a figure a part of the year's total, not the total: 其中, a quarter or month, a channel
     * (其中通过网络收到申请5件, 第一季度收到申请2件).
     */
    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("其中|季度|上半年|下半年|[0-9一二三四五六七八九十]+月|通过|当面|网上|网络|线上|线下|信函|传真|邮件|邮寄|窗口");

    /** Whether the clause a figure claim's phrase stands in, up to the figure, speaks of a part of the year's total. */
    static boolean aboutAPart(String text, int at, int figureAt) {
        return PART.matcher(text.substring(clauseStart(text, at), figureAt)).find();
    }

    private record Verdict(boolean holds, String left, String op, String right) {
    }

    static void run(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.CLAIM) || ctx.template() == null || ctx.template().claims().isEmpty()) {
            return;
        }
        DocumentScope scope = new DocumentScope(ctx.report(), null);
        Map<String, Verdict> verdicts = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Prose.Paragraph p : ctx.prose().paragraphs) {
            if (p.kind() != Prose.Kind.TEXT) {
                continue;
            }
            String text = Scripts.toSimplified(p.view().text);
            String bare = null;
            for (Template.Claim claim : ctx.template().claims()) {
                // a claim of a figure reads the text with bound figures left out: tally:…[7] is checked as a figure
                boolean figure = claim.statesFigure();
                if (figure && !p.has(Prose.DIGIT)) {
                    continue; // no figure in it, and the cold check runs every phrase over every paragraph
                }
                if (figure && bare == null) {
                    bare = Scripts.toSimplified(p.bare().text);
                }
                String read = figure ? bare : text;
                Matcher m = claim.pattern().matcher(read);
                while (m.find()) {
                    if (aboutAnotherYear(read, m.start())) {
                        continue; // 上年度未收到…申请: last year's, which this year's data does not speak to (trial AE, 3)
                    }
                    String check = claim.check();
                    String key = claim.id();
                    if (figure) {
                        String stated = stated(m);
                        if (stated == null || aboutAPart(read, m.start(), m.start("n"))) {
                            continue; // 其中通过网络收到申请5件: a part of the total (trial AT, 1)
                        }
                        check = check.replace(Template.Claim.FIGURE, stated);
                        key = key + "=" + stated;
                    }
                    String toEvaluate = check;
                    Verdict v = verdicts.computeIfAbsent(key, id -> evaluate(toEvaluate, scope));
                    if (v == null || v.holds()) {
                        if (figure) {
                            continue;
                        }
                        break;
                    }
                    var at = (figure ? p.bare() : p.view()).at(m.start());
                    if (!reported.add(key + "@" + at)) {
                        continue;
                    }
                    Severity severity = ctx.config().configuredSeverity(IntegrityConfig.Rule.CLAIM);
                    if (severity == null) {
                        severity = claim.severity();
                    }
                    String suffix = claim.message() == null || claim.message().isBlank() ? "" : " — " + claim.message();
                    String phrase = (figure ? p.bare() : p.view()).text.substring(m.start(), m.end());
                    ctx.findings().report(severity, at, IntegrityConfig.Rule.CLAIM.code(), phrase, check,
                            v.left(), v.op(), v.right(), suffix);
                }
            }
        }
    }

    /**
     * The figure a claim's phrase captured as its group {@code n}, as a number the check language reads (1,234 and
     * full-width digits as 1234), or null when it is none.
     */
    private static String stated(Matcher m) {
        String n = m.group("n");
        if (n == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            if (c >= '0' && c <= '9' || c == '.' && digits.length() > 0) {
                digits.append(c);
            } else if (c != ',' && c != '，' && c != ' ') {
                return null;
            }
        }
        if (digits.length() == 0 || digits.charAt(digits.length() - 1) == '.' || digits.length() > 30) {
            return null;
        }
        return digits.toString();
    }

    /** Whether the check holds; null when it cannot be evaluated on this report. */
    private static Verdict evaluate(String check, DocumentScope scope) {
        try {
            Comparison c = CheckParser.parse(check);
            Evaluator.Outcome outcome = Evaluator.compare(c, scope);
            if (outcome.compared() == 0) {
                return null; // no place had numbers on both sides
            }
            if (outcome.holds()) {
                return new Verdict(true, "", "", "");
            }
            Evaluator.Failure f = outcome.failures().get(0);
            return new Verdict(false, f.left().show(), c.op().found(f.left().compareTo(f.right())), f.right().show());
        } catch (CheckSyntaxException | EvalException e) {
            return null;
        }
    }
}
