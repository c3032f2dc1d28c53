package dev.tally.diagnostic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void placeholdersAreReplacedByTheirArguments() {
        assertEquals("include target not found: _part.adoc",
                Messages.format(Locale.ROOT, "include.missing", List.of("_part.adoc")));
        assertEquals("check failed: a = b: 1 != 2",
                Messages.format(Locale.ROOT, "check.failed", List.of("a = b", "1", "!=", "2", "")));
    }

    @Test
    void aHugeArgumentIsCutInTheMessageButKeptWholeInTheDiagnostic() {
        String check = "a = " + "b + ".repeat(25_000) + "c";
        Diagnostic d = new Diagnostic(Severity.ERROR, new Location(java.nio.file.Path.of("r.adoc"), 3), "check.failed",
                List.of(check, "1", "!=", "2", ""));
        String message = d.message(Locale.ROOT);
        assertTrue(message.length() < 400, message.length() + " characters");
        assertTrue(message.startsWith("check failed: a = b + b + "), message);
        assertTrue(message.contains("…: 1 != 2"), message);
        assertEquals(check, d.args().get(0), "the result files keep it whole");
        // a surrogate pair is never cut in half
        String emoji = "x".repeat(Messages.MAX_ARGUMENT - 1) + "😀😀";
        assertEquals("x".repeat(Messages.MAX_ARGUMENT - 1) + "…", Messages.shown(emoji));
    }

    @Test
    void argumentsWithQuotesAndBracesArePrintedAsTheyAre() {
        // MessageFormat would drop the quote and choke on the braces
        String text = Messages.format(Locale.ROOT, "include.missing", List.of("it's {0} {x} '{1}'"));
        assertEquals("include target not found: it's {0} {x} '{1}'", text);
    }

    @Test
    void quotesInThePatternAreKept() {
        // check.invalid's pattern ends in {2}{3}; the found text comes with single quotes
        String text = Messages.format(Locale.ROOT, "check.invalid", List.of("a + * b = 1", "5", "unexpected", " '*'"));
        assertEquals("invalid check: a + * b = 1: unexpected '*' (at character 5)", text);
    }

    @Test
    void doubledBracesAroundAPlaceholderKeepTheOuterBraces() {
        String text = Messages.format(Locale.ROOT, "include.unknown-attribute", List.of("dir", "{dir}/a.adoc"));
        assertEquals("unknown attribute {dir} in include target {dir}/a.adoc", text);
    }

    @Test
    void substituteLeavesNonPlaceholdersAlone() {
        assertEquals("a {b} {} { c } {1x} 'q' X", Messages.substitute("a {b} {} { c } {1x} 'q' {0}", List.of("X")));
        assertEquals("open { never closed", Messages.substitute("open { never closed", List.of("X")));
        assertEquals("missing: []", Messages.substitute("missing: [{3}]", List.of("X")));
    }

    @Test
    void anArgumentIsNotSubstitutedAgain() {
        assertEquals("x {1} y", Messages.substitute("x {0} y", List.of("{1}", "BAD")));
    }

    @Test
    void anArgumentThatIsAMessageKeyIsPrintedAsItsMessage() {
        String text = Messages.format(Locale.ROOT, "value.not-number",
                List.of("v.a", "1,234", Messages.ref("value.grouped")));
        assertEquals("v.a: 1,234 is not a number: it has thousands separators; write the digits only (1234, not 1,234)",
                text);
    }

    @Test
    void everyMessageKeyInAnArgumentThatStartsWithOneIsPrintedInTheReadersLanguage() {
        String arg = Messages.ref("hint.did-you-mean") + "a.b" + Messages.ref("hint.did-you-mean-end");
        assertEquals("no.such.key: ; paths are written from the top: did you mean a.b?",
                Messages.format(Locale.ROOT, "no.such.key", List.of(arg)));
        assertTrue(Messages.format(Locale.SIMPLIFIED_CHINESE, "check.unknown-name", List.of("a", "1", "b", arg))
                .contains("是否应为 a.b？"));
    }

    @Test
    void anUnknownKeyStillShowsItsArguments() {
        String text = Messages.format(Locale.ROOT, "no.such.key", List.of("a", "b"));
        assertTrue(text.contains("no.such.key"), text);
        assertTrue(text.contains("a") && text.contains("b"), text);
    }

    @Test
    void aLocaleWithoutATranslationFallsBackToEnglish() {
        // Chinese ships; French does not, and must not fall back to the JVM's default locale either
        assertEquals("the report is empty", Messages.format(Locale.FRENCH, "read.empty", List.of()));
        assertEquals("报告为空", Messages.format(Locale.CHINA, "read.empty", List.of()));
    }

    @Test
    void diagnosticMessageUsesTheBundle() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Location.of(java.nio.file.Path.of("x.adoc")), "read.empty",
                List.of());
        assertEquals("the report is empty", d.message());
        assertFalse(d.message().contains("read.empty"));
    }

    @org.junit.jupiter.api.Test
    void onlyEnglishAndChineseAreAvailableAndAMalformedTagIsNeither() {
        org.junit.jupiter.api.Assertions.assertTrue(Messages.available(Messages.locale("zh-CN")));
        org.junit.jupiter.api.Assertions.assertTrue(Messages.available(Messages.locale("en")));
        for (String tag : List.of("fr", "klingon!", "x", "12")) {
            org.junit.jupiter.api.Assertions.assertFalse(Messages.available(Messages.locale(tag)), tag);
        }
    }
}
