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
            return new Verdict(false, f.left().show(), c.op().negation(), f.right().show());
        } catch (CheckSyntaxException | EvalException e) {
            return null;
        }
    }
}
