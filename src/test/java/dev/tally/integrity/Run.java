package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.model.Report;
import dev.tally.read.ReportReader;
import dev.tally.read.SourceLine;
import dev.tally.template.Templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs the integrity pass on report files the way tally:check would, for the tests. */
final class Run {

    private Run() {
    }

    static Path base() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static Path fixtures() {
        return base().resolve("src/test/resources/integrity");
    }

    static Path examples() {
        return base().resolve("examples/src/reports");
    }

    /** The findings for one report: read it, its template and its previous report, then check. */
    static Diagnostics check(Path reportsRoot, Path file, IntegrityConfig config) {
        ReportReader reader = new ReportReader(reportsRoot, new Templates(reportsRoot));
        ReportReader.Reading reading = reader.read(file);
        Report report = reading.report();
        if (report == null) {
            throw new AssertionError("unreadable: " + file + " " + reading.diagnostics().list());
        }
        List<SourceLine> lines = Integrity.lines(reportsRoot, file);
        List<SourceLine> previous = null;
        Report.Attribute prev = report.attribute("tally-previous");
        if (prev != null) {
            Path p = file.getParent().resolve(prev.value().strip()).normalize();
            if (Files.isRegularFile(p)) {
                previous = Integrity.lines(reportsRoot, p);
            }
        }
        return Integrity.check(report, lines, reading.template(), previous, config, null, reportsRoot);
    }

    static Diagnostics check(Path reportsRoot, Path file) {
        return check(reportsRoot, file, IntegrityConfig.defaults());
    }

    /** Each finding as {@code file:line: code: message}, the file relative to {@code root}. */
    static List<String> show(Diagnostics d, Path root) {
        DiagnosticFormatter f = new DiagnosticFormatter(root, Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (Diagnostic x : d.list()) {
            out.add(f.format(x).replaceFirst(": ", ": " + x.code() + " " + x.severity() + ": "));
        }
        return out;
    }

    /** Writes a file of a test's reports directory (with its folders); gives its path. */
    static Path write(Path reports, String relative, String text) {
        Path f = reports.resolve(relative);
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    /** Each finding as {@code code@line}. */
    static List<String> codes(Diagnostics d) {
        return d.list().stream().map(x -> x.code() + "@" + x.location().line()).toList();
    }
}
