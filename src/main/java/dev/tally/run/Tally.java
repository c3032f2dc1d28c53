package dev.tally.run;

import dev.tally.check.Checker;
import dev.tally.check.FigureText;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.integrity.Integrity;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.model.CheckDef;
import dev.tally.model.Report;
import dev.tally.model.Template;
import dev.tally.read.ReportReader;
import dev.tally.read.TemplateProvider;
import dev.tally.template.Conformance;
import dev.tally.template.Templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Checks every report under a directory, in parallel: each report is read, checked against its template and
 * its previous period's report, and reduced to its results, so memory does not grow with the number of
 * reports beyond what their results need (models are kept only when asked, for rendering). Results come in
 * path order, each report's diagnostics in order of file and line: the same input gives the same output.
 * Knows nothing of Maven.
 */
public final class Tally {

    private final Path reportsDirectory;
    private final ReportReader reader;
    private final IntegrityConfig integrity;

    /** Checks the numbers only (no integrity pass). */
    public Tally(Path reportsDirectory, TemplateProvider templates) {
        this(reportsDirectory, templates, null);
    }

    /**
     * @param integrity the integrity pass's settings, or null for none (numbers only)
     */
    public Tally(Path reportsDirectory, TemplateProvider templates, IntegrityConfig integrity) {
        this.reportsDirectory = reportsDirectory.toAbsolutePath().normalize();
        this.reader = new ReportReader(this.reportsDirectory, templates);
        this.integrity = integrity;
    }

    /** Checks every report and keeps the models (for rendering). */
    public RunResult check() throws IOException {
        return check(ReportFinder.find(reportsDirectory), true);
    }

    /** Checks every report; keeps each report's model only when {@code keepModels}. */
    public RunResult check(boolean keepModels) throws IOException {
        return check(ReportFinder.find(reportsDirectory), keepModels);
    }

    public RunResult check(List<Path> files, boolean keepModels) {
        return check(files, keepModels, Reuse.NONE);
    }

    /**
     * Checks the reports, reusing the earlier result of each report whose inputs are unchanged. When models are
     * wanted, such a report is read for its model but not checked again: its result is the earlier one.
     */
    public RunResult check(List<Path> files, boolean keepModels, Reuse reuse) {
        Set<Path> reports = new HashSet<>(files);
        Map<Path, Integer> place = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            place.putIfAbsent(files.get(i), i);
        }
        ReportResult[] results = new ReportResult[files.size()];
        // first what can be reused, then the rest in working order (each report after its previous one);
        // results are given back in the order of files
        List<Path> toCheck = Collections.synchronizedList(new ArrayList<>());
        Parallel.forEach(files, f -> {
            // a link out is refused afresh each time, whatever an index holds of the file it leads to: its content
            // must never be read, for a page or its downloads (trial AP, 1)
            ReportResult earlier = leadsOutside(f) ? null : reuse.reuse(f);
            if (earlier == null) {
                toCheck.add(f);
            } else {
                results[place.get(f)] = keepModels ? withModel(earlier) : earlier;
            }
        });
        List<Path> remaining = new ArrayList<>(toCheck);
        remaining.sort(Comparator.comparing(place::get));
        // as many reports as the cache holds are each read once in any order, one at a time; more are put in
        // working order, a chain of periods to a thread
        java.util.function.Consumer<Path> one = f -> {
            List<Path> inputs = new ArrayList<>();
            List<Path> present = new ArrayList<>();
            ReportResult r = checkOne(f, reports, keepModels, inputs, present);
            reuse.checked(r, inputs, present);
            results[place.get(f)] = r;
        };
        if (remaining.size() > RECENT) {
            Parallel.forEach(WorkOrder.chains(remaining), chain -> chain.forEach(one));
        } else {
            Parallel.forEach(remaining, one);
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = results[place.get(files.get(i))]; // a file listed twice
            }
        }
        return new RunResult(reportsDirectory, List.of(results));
    }

    /** Whether a report file is a link that leads out of the reports directory. */
    private boolean leadsOutside(Path file) {
        return Files.isSymbolicLink(file) && !realPath(file).startsWith(realPath(reportsDirectory));
    }

    /** An earlier result with the report's model, read again (for rendering), and nothing checked. */
    private ReportResult withModel(ReportResult earlier) {
        if (leadsOutside(earlier.file())) {
            return earlier;
        }
        ReportReader.Reading reading = read(earlier.file());
        return new ReportResult(earlier.file(), earlier.title(), reading.report(), reading.template(),
                earlier.diagnostics(), earlier.checksRun(), earlier.outcomes());
    }

    /**
     * @param inputs where every file whose content the result depends on is added
     * @param present where every path whose presence alone the result depends on is added (the files the page names)
     */
    private ReportResult checkOne(Path file, Set<Path> reports, boolean keepModels, List<Path> inputs,
            List<Path> present) {
        inputs.add(file);
        String relative = reportsDirectory.relativize(file).toString();
        if (relative.indexOf('\uFFFD') >= 0
                && dev.tally.read.FileNames.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
            // a name whose bytes are not UTF-8 (bad\xffname.adoc): read here, but no page can name it, and the result
            // files would name a file that does not exist (trial AP, 6). Not where the JVM reads names otherwise
            // (LC_ALL=C): that is said where the names are written (path.charset)
            Diagnostics refused = new Diagnostics();
            refused.error(new Location(file, 1), "report.name-not-utf8", relative);
            return new ReportResult(file, Report.untitled(file), null, null, sorted(refused), 0, List.of());
        }
        int hidden = relative.codePoints().filter(c -> Character.getType(c) == Character.FORMAT).findFirst().orElse(-1);
        if (hidden >= 0) {
            // a right-to-left override or a zero-width character in a name: the index would show one name and the
            // file be another (trial AQ, 7)
            Diagnostics refused = new Diagnostics();
            refused.error(new Location(file, 1), "report.name-invisible",
                    relative.replaceAll("\\p{Cf}", "?"), String.format(java.util.Locale.ROOT, "U+%04X", hidden));
            return new ReportResult(file, Report.untitled(file), null, null, sorted(refused), 0, List.of());
        }
        if (leadsOutside(file)) {
            // a link that takes a file from elsewhere into the reports (and so into the site): refused, as an
            // include or a previous report that leaves the directory is (trial L, 2)
            Diagnostics refused = new Diagnostics();
            String link = dev.tally.read.FileNames.linkOut(file, reportsDirectory);
            refused.error(new Location(file, 1), "report.outside", link != null ? link : file.getFileName().toString());
            return new ReportResult(file, Report.untitled(file), null, null, sorted(refused), 0, List.of());
        }
        ReportReader.Reading reading = read(file);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(reading.diagnostics());
        Report report = reading.report();
        if (report == null) {
            return new ReportResult(file, Report.untitled(file), null, null, sorted(diagnostics), 0, List.of());
        }
        inputs.addAll(report.includes());
        Template template = reading.template();
        if (template != null) {
            Conformance.check(report, template, diagnostics, reading.lines());
            if (Files.isRegularFile(template.location().file())) {
                inputs.add(template.location().file());
            }
        } else {
            // a template file that could not be loaded is an input too: fixed, it changes this report's result
            Report.Attribute named = report.attribute("tally-template");
            String name = named == null ? "" : named.value().strip();
            Path templateFile = Templates.looksLikePath(name) ? Templates.file(name, file) : null;
            if (templateFile != null) {
                inputs.add(templateFile);
            }
        }
        Report.Attribute previousAttr = report.attribute("tally-previous");
        ReportReader.Reading previousReading = previousAttr == null ? null
                : previous(report, previousAttr, reports, diagnostics, inputs);
        Report previous = previousReading == null ? null : previousReading.report();
        if (previous != null) {
            inputs.addAll(previous.includes());
            previousInTime(report, previousAttr, previous, diagnostics);
        }
        if (integrity != null) {
            diagnostics.addAll(Integrity.check(report, reading.lines(), template,
                    previous == null ? null : previousReading.lines(), integrity, seenProse, reportsDirectory));
            if (!integrity.skip()) {
                present.addAll(Integrity.filesLookedAt(report, reportsDirectory));
            }
        }
        Checker.Result result = numbers(report, template, previous, previousAttr != null);
        diagnostics.addAll(result.diagnostics());
        // the title as the page shows it: a figure in it is its value
        String title = FigureText.resolve(report.title(), report, previous);
        return new ReportResult(file, title, keepModels ? report : null, template, sorted(diagnostics),
                result.checksRun(), result.outcomes());
    }

    /**
     * A previous report of the same period or a later one, or one that names this report as its own previous one:
     * a warning each, for a :tally-previous: copied from another report or pointing the wrong way (trial AO, 8;
     * trial AP, 8). Periods are compared as :tally-year: writes them: two years, or the same label twice.
     */
    private static void previousInTime(Report report, Report.Attribute named, Report previous, Diagnostics diagnostics) {
        Report.Attribute back = previous.attribute("tally-previous");
        if (back != null && previous.file().getParent() != null) {
            try {
                Path backTo = previous.file().getParent().resolve(back.value().strip()).normalize();
                if (backTo.equals(report.file())) {
                    diagnostics.warning(named.location(), "previous.cycle", named.value().strip());
                    return;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // its own error, when it is checked
            }
        }
        Report.Attribute mine = report.attribute("tally-year");
        Report.Attribute theirs = previous.attribute("tally-year");
        if (mine == null || theirs == null) {
            return;
        }
        String a = mine.value().strip();
        String b = theirs.value().strip();
        boolean years = a.matches("\\d{4}") && b.matches("\\d{4}");
        if (a.equals(b) || years && Integer.parseInt(b) > Integer.parseInt(a)) {
            diagnostics.warning(named.location(), "previous.not-earlier", named.value().strip(), b, a);
        }
    }

    /** The report's own checks, its template's checks and its figures, run on its data. */
    private static Checker.Result numbers(Report report, Template template, Report previous, boolean previousNamed) {
        List<CheckDef> templateChecks = template == null ? List.of() : template.checks();
        java.util.Set<String> templateBlocks = new java.util.HashSet<>();
        java.util.Map<String, List<CheckDef>> tableChecks = new java.util.LinkedHashMap<>();
        if (template != null) {
            templateBlocks.addAll(template.tables().keySet());
            templateBlocks.addAll(template.values().keySet());
            template.tables().forEach((id, spec) -> tableChecks.put(id, spec.checks()));
        }
        return Checker.check(report, previous, previousNamed, templateChecks, templateBlocks, tableChecks);
    }

    /**
     * The cells of a report's tables that its failing checks name, for marking them where the tables are shown.
     *
     * @param template the report's template, or null
     * @param previous its previous report, or null (checks on the previous period then name no cells)
     */
    public static List<dev.tally.check.FailedCell> failedCells(Report report, Template template, Report previous) {
        return numbers(report, template, previous, report.attribute("tally-previous") != null).failedCells();
    }

    /**
     * The cells that hold a number of the wrong kind ({@code 120.5} where {@code cells: count}), with the problem
     * in the reader's language, for marking them where the table is shown as the cells of failing checks are.
     */
    public static List<dev.tally.check.FailedCell> wrongKindCells(Report report, List<Diagnostic> diagnostics,
            java.util.Locale locale) {
        List<dev.tally.check.FailedCell> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.code().equals("table.cell-kind") || d.args().size() < 3
                    || !(report.block(d.args().get(0)) instanceof dev.tally.model.Table table)) {
                continue;
            }
            dev.tally.model.Header.Node row = leaf(table.rows().leaves(), d.args().get(1));
            dev.tally.model.Header.Node column = leaf(table.columns().leaves(), d.args().get(2));
            if (row != null && column != null) {
                out.add(new dev.tally.check.FailedCell(table.id(), row.path(), column.path(), d.message(locale),
                        d.severity()));
            }
        }
        return out;
    }

    private static dev.tally.model.Header.Node leaf(List<dev.tally.model.Header.Node> leaves, String dotted) {
        for (dev.tally.model.Header.Node n : leaves) {
            if (n.path().dotted().equals(dotted)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The previous period's report, read again (reading is cheap; keeping every report in memory is not).
     * Its own reading problems are reported here only when it is not one of the reports being checked.
     */
    /**
     * @param inputs where the previous report's file is added, found or not: a previous report that appears or
     *               changes later changes this report's result
     */
    private ReportReader.Reading previous(Report report, Report.Attribute attr, Set<Path> reports,
            Diagnostics diagnostics, List<Path> inputs) {
        String value = attr.value().strip();
        Location at = attr.location();
        if (value.isEmpty()) {
            diagnostics.error(at, "previous.empty");
            return null;
        }
        Path target;
        try {
            target = report.file().getParent().resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            if (dev.tally.read.FileNames.unencodable(value)) {
                diagnostics.error(at, "path.charset", ":tally-previous:", value, dev.tally.read.FileNames.charset());
            } else {
                diagnostics.error(at, "previous.bad-path", value.replace("\0", "\\0"));
            }
            return null;
        }
        if (!target.startsWith(reportsDirectory)) {
            diagnostics.error(at, "previous.outside", value);
            return null;
        }
        if (!target.equals(report.file())) {
            inputs.add(target);
        }
        if (Files.isDirectory(target)) {
            // a folder, not a report in it (trial AP, 7)
            diagnostics.error(at, "previous.directory", value);
            return null;
        }
        if (!Files.exists(target)) {
            diagnostics.error(at, "previous.missing", value);
            return null;
        }
        if (!Files.isRegularFile(target)) {
            // a FIFO or a device: inside the directory, but no file to read (trial V, 5)
            diagnostics.error(at, "previous.not-a-file", value);
            return null;
        }
        if (!realPath(target).startsWith(realPath(reportsDirectory))) {
            diagnostics.error(at, "previous.outside", value);
            return null;
        }
        if (target.equals(report.file())) {
            diagnostics.error(at, "previous.self", value);
            return null;
        }
        if (target.getFileName().toString().startsWith("_")) {
            // a partial is part of reports, no report of its own: its blocks, if any, are no period's (trial Q, 11)
            diagnostics.error(at, "previous.partial", value);
            return null;
        }
        if (!target.getFileName().toString().endsWith(".adoc")) {
            // notes.txt, a key file: no report, and its first line would be quoted in the log (trial AQ, 6)
            diagnostics.error(at, "previous.not-a-report", value);
            return null;
        }
        ReportReader.Reading reading = read(target);
        if (!reports.contains(target)) {
            for (Diagnostic d : reading.diagnostics().list()) {
                diagnostics.add(d);
            }
        }
        if (reading.report() == null) {
            diagnostics.error(at, "previous.unreadable", value);
            return null;
        }
        // :tally-previous: copied from last year's report names the year before last (trial R, 9); a period of
        // the same year (quarters) or the year before is what it should name
        Integer year = dev.tally.integrity.Integrity.year(report, null);
        Integer before = dev.tally.integrity.Integrity.year(reading.report(), null);
        if (year != null && before != null && (before > year || before < year - 1)) {
            diagnostics.warning(at, "previous.year", value, before, year);
        }
        return reading;
    }

    /**
     * A report read, or taken from the few read last: a report is often read twice in a run, for itself and as
     * the previous report of the next period's, and reports of one place are usually checked close together.
     * A reading under way in another thread is waited for, not done twice. The cache holds at most
     * {@link #RECENT} readings, so memory stays bounded.
     */
    private ReportReader.Reading read(Path file) {
        String key = file.toString();
        CompletableFuture<ReportReader.Reading> known;
        CompletableFuture<ReportReader.Reading> mine = null;
        synchronized (recent) {
            known = recent.get(key);
            if (known == null) {
                mine = new CompletableFuture<>();
                recent.put(key, mine);
                readOrder.addLast(key);
                if (readOrder.size() > RECENT) {
                    recent.remove(readOrder.removeFirst());
                }
            } else {
                readsSaved++;
            }
        }
        if (known != null) {
            try {
                return known.join();
            } catch (CompletionException e) {
                return reader.read(file); // it failed in the other thread: fail here too, for this report
            }
        }
        try {
            ReportReader.Reading r = reader.read(file);
            mine.complete(r);
            return r;
        } catch (RuntimeException | Error e) {
            synchronized (recent) {
                recent.remove(key, mine);
                readOrder.removeLastOccurrence(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many readings were taken from the cache instead of reading a report again (for tests). */
    int readsSaved() {
        synchronized (recent) {
            return readsSaved;
        }
    }

    private static final int RECENT = 256;

    private int readsSaved;

    /** The prose of the reports just checked, for the integrity pass of the next period's reports. */
    private final Integrity.Seen seenProse = new Integrity.Seen();

    /*
     * Keyed by the path's text and emptied oldest first: a map of paths kept in access order made the JIT compile
     * the JDK's map code again, twice, in a cold build of 200 reports (measured: 0.1 s of a 2-core build)
     */
    private final Map<String, CompletableFuture<ReportReader.Reading>> recent = new HashMap<>(RECENT * 2);
    /** The keys of {@link #recent}, oldest first. */
    private final java.util.ArrayDeque<String> readOrder = new java.util.ArrayDeque<>(RECENT + 1);

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    /**
     * In order of file and line, each once: a partial included three times says the same at the same line three
     * times, and the counts are of what is printed (trial V, 11: 5 errors counted, 3 lines shown).
     */
    private static List<Diagnostic> sorted(Diagnostics diagnostics) {
        List<Diagnostic> list = new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics.list()));
        list.sort(Comparator.comparing(Diagnostic::location));
        return List.copyOf(list);
    }
}
