package dev.tally.run;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Severity;
import dev.tally.template.Templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for tests that write report files into a temporary project and run Tally on them. A project
 * is a directory with the reports under {@code src/reports}; printed paths are relative to the project.
 */
public final class Fixture {

    private Fixture() {
    }

    /** Writes UTF-8 text, creating parent directories. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a report below {@code project/src/reports}. */
    public static Path report(Path project, String relative, String text) {
        return write(reports(project).resolve(relative), text);
    }

    public static Path reports(Path project) {
        return project.resolve("src/reports");
    }

    /** Runs Tally over every report of the project, with the built-in templates and the project as root. */
    public static RunResult run(Path project) {
        try {
            return new Tally(reports(project), new Templates(project)).check();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The warnings that a report has no title (and {@code report.no-title-line}). Most small reports of the tests have none, on purpose; the
     * helpers below leave that warning out (its own tests look for it).
     */
    public static final String NO_TITLE = "report.no-title";

    /** Whether a diagnostic is about what a test looks at: not the untitled report of a small fixture. */
    public static boolean shown(Diagnostic d) {
        return !d.code().startsWith(NO_TITLE);
    }

    /**
     * Every diagnostic as printed, {@code SEVERITY path:line: message}, paths relative to the project (but the
     * warning of an untitled report).
     */
    /** The 1-based number of the first line of the text that holds the fragment. */
    public static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    public static List<String> printed(RunResult result, Path project) {
        DiagnosticFormatter f = new DiagnosticFormatter(project, Locale.ROOT);
        return result.diagnostics().stream().filter(Fixture::shown).map(d -> d.severity() + " " + f.format(d))
                .toList();
    }

    /** The printed errors only. */
    public static List<String> errors(RunResult result, Path project) {
        DiagnosticFormatter f = new DiagnosticFormatter(project, Locale.ROOT);
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(f::format).toList();
    }

    public static List<String> codes(RunResult result) {
        return codes(result.diagnostics());
    }

    public static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Fixture::shown).map(Diagnostic::code).toList();
    }

    /** Runs a project whose only report is {@code r.adoc} with the given text; returns the printed diagnostics. */
    public static List<String> runOne(Path project, String text) {
        report(project, "r.adoc", text);
        return printed(run(project), project);
    }
}
