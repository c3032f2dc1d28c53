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
        int from = at;
        while (from > 0 && "。，；！？,;!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return OTHER_YEAR.matcher(text.substring(from, at)).find();
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
            for (Template.Claim claim : ctx.template().claims()) {
                Matcher m = claim.pattern().matcher(text);
                while (m.find()) {
                    if (aboutAnotherYear(text, m.start())) {
                        continue; // 上年度未收到…申请: last year's, which this year's data does not speak to (trial AE, 3)
                    }
                    Verdict v = verdicts.computeIfAbsent(claim.id(), id -> evaluate(claim, scope));
                    if (v == null || v.holds()) {
                        break;
                    }
                    var at = p.view().at(m.start());
                    if (!reported.add(claim.id() + "@" + at)) {
                        continue;
                    }
                    Severity severity = ctx.config().configuredSeverity(IntegrityConfig.Rule.CLAIM);
                    if (severity == null) {
                        severity = claim.severity();
                    }
                    String suffix = claim.message() == null || claim.message().isBlank() ? "" : " — " + claim.message();
                    String phrase = p.view().text.substring(m.start(), m.end());
                    ctx.findings().report(severity, at, IntegrityConfig.Rule.CLAIM.code(), phrase, claim.check(),
                            v.left(), v.op(), v.right(), suffix);
                }
            }
        }
    }

    /** Whether the claim's check holds; null when it cannot be evaluated on this report. */
    private static Verdict evaluate(Template.Claim claim, DocumentScope scope) {
        try {
            Comparison c = CheckParser.parse(claim.check());
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
