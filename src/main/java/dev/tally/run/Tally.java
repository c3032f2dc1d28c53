package dev.tally.run;

import dev.tally.check.Checker;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.CheckDef;
import dev.tally.model.Report;
import dev.tally.model.Template;
import dev.tally.read.ReportReader;
import dev.tally.read.TemplateProvider;
import dev.tally.template.Conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every report under a directory: reads them all (in parallel), then checks each against its
 * template and its previous period's report. Knows nothing of Maven.
 */
public final class Tally {

    private final Path reportsDirectory;
    private final ReportReader reader;

    public Tally(Path reportsDirectory, TemplateProvider templates) {
        this.reportsDirectory = reportsDirectory.toAbsolutePath().normalize();
        this.reader = new ReportReader(this.reportsDirectory, templates);
    }

    public RunResult check() throws IOException {
        return check(ReportFinder.find(reportsDirectory));
    }

    public RunResult check(List<Path> files) {
        Map<Path, ReportReader.Reading> readings = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> readings.put(f, reader.read(f)));
        List<ReportResult> results = files.parallelStream()
                .map(f -> checkOne(f, readings.get(f), readings))
                .toList();
        return new RunResult(reportsDirectory, results);
    }

    private ReportResult checkOne(Path file, ReportReader.Reading reading, Map<Path, ReportReader.Reading> readings) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(reading.diagnostics());
        Report report = reading.report();
        if (report == null) {
            return new ReportResult(file, null, null, sorted(diagnostics), 0, List.of());
        }
        Template template = reading.template();
        if (template != null) {
            Conformance.check(report, template, diagnostics);
        }
        Report.Attribute previousAttr = report.attribute("tally-previous");
        Report previous = null;
        if (previousAttr != null) {
            previous = previous(report, previousAttr, readings, diagnostics);
        }
        List<CheckDef> templateChecks = template == null ? List.of() : template.checks();
        Checker.Result result = Checker.check(report, previous, previousAttr != null, templateChecks);
        diagnostics.addAll(result.diagnostics());
        return new ReportResult(file, report, template, sorted(diagnostics), result.checksRun(), result.outcomes());
    }

    private Report previous(Report report, Report.Attribute attr, Map<Path, ReportReader.Reading> readings,
            Diagnostics diagnostics) {
        String value = attr.value().strip();
        Location at = attr.location();
        if (value.isEmpty()) {
            diagnostics.error(at, "previous.empty");
            return null;
        }
        Path target = report.file().getParent().resolve(value).normalize();
        if (!target.startsWith(reportsDirectory)) {
            diagnostics.error(at, "previous.outside", value);
            return null;
        }
        if (!Files.isRegularFile(target)) {
            diagnostics.error(at, "previous.missing", value);
            return null;
        }
        if (target.equals(report.file())) {
            diagnostics.error(at, "previous.self", value);
            return null;
        }
        ReportReader.Reading reading = readings.get(target);
        if (reading == null) {
            reading = reader.read(target);
            for (Diagnostic d : reading.diagnostics().list()) {
                diagnostics.add(d);
            }
        }
        if (reading.report() == null) {
            diagnostics.error(at, "previous.unreadable", value);
        }
        return reading.report();
    }

    private static List<Diagnostic> sorted(Diagnostics diagnostics) {
        List<Diagnostic> list = new ArrayList<>(diagnostics.list());
        list.sort(Comparator.comparing(Diagnostic::location));
        return List.copyOf(list);
    }
}
