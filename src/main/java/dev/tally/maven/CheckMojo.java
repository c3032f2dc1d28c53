package dev.tally.maven;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.results.CheckIndex;
import dev.tally.results.ResultFiles;
import dev.tally.run.Baseline;
import dev.tally.run.ReportFinder;
import dev.tally.run.Reuse;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every report under {@code reportsDirectory}, runs every check, prints each problem compiler-style
 * ({@code path:line: message}) and fails the build when a check fails. Checking does not start Asciidoctor.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * The directory holding the reports: every {@code *.adoc} below it, recursively, is a report, except
     * partials whose name starts with {@code _}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.reportsDirectory", defaultValue = "${project.basedir}/src/reports")
    File reportsDirectory;

    /**
     * Skips checking altogether.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.skip", defaultValue = "false")
    boolean skip;

    /**
     * Fails the build when a check finds an error. Set to false to print errors and go on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Fails the build when a check finds a warning, and then on errors too (even with {@code failOnError} off).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * Fails the build when there is nothing to check: no reports directory, or no report in it. Off by default,
     * since a module without reports is normal; on, a misspelt {@code reportsDirectory} cannot turn the build
     * green with nothing checked (as surefire's {@code failIfNoTests}). An aggregator (packaging {@code pom}
     * with modules) is never failed for having no reports: its modules hold them, and {@code -Dtally.failIfNoReports}
     * on a reactor build applies to each module.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.failIfNoReports", defaultValue = "false")
    boolean failIfNoReports;

    /**
     * The machine-readable results to write: {@code sarif} (SARIF 2.1.0, for code-scanning annotations on the
     * report's line), {@code junit} (JUnit XML: one test case per check, for CI test tabs) and {@code json}
     * (every diagnostic and check outcome): a list ({@code <formats><format>sarif</format></formats>}) or
     * comma-separated ({@code -Dtally.formats=sarif,junit}); {@code none} (or {@code -Dtally.formats=}) for none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.formats", defaultValue = "sarif,junit,json")
    java.util.List<String> formats;

    /**
     * Where the machine-readable results go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.outputDirectory", defaultValue = "${project.build.directory}/tally")
    File outputDirectory;

    /**
     * Checks again only the reports whose inputs changed since the last run (the report, its includes, its
     * template file, its previous report, the plugin version), keeping a content-hash index in
     * {@code outputDirectory}. Set to false to check everything every time.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.incremental", defaultValue = "true")
    boolean incremental;

    /**
     * The domains links in a report may point to, a list ({@code <allowedDomains><allowedDomain>*.gov.cn</allowedDomain>
     * </allowedDomains>}) or comma-separated, with {@code *.} wildcards ({@code *} allows
     * any). Default: what the report's template allows ({@code *.gov.cn} for the built-in templates); a report
     * on no template may then link anywhere.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.allowedDomains")
    java.util.List<String> allowedDomains;

    /**
     * Words that must not appear in a report (replacing the default list of gambling and spam terms): a list
     * ({@code <deniedWords><deniedWord>…</deniedWord></deniedWords>}) or comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.deniedWords")
    java.util.List<String> deniedWords;

    /**
     * The baseline: problems accepted as published, for reports kept as they were published, whose numbers can no
     * longer be corrected. One problem a line, as {@code check} prints it without the line number
     * ({@code src/reports/2017/shendang.adoc: check failed: …: 170 != 169}), paths from the project's directory. A
     * problem it lists is printed as a note and fails nothing; any other problem, a new one or the same with other
     * values, fails the build as ever. No file, no baseline. {@code tally:baseline} writes it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.baseline", defaultValue = "${project.basedir}/" + Baseline.FILE_NAME)
    File baseline;

    /**
     * Skips the integrity pass (links, denied words, converter garbage, copied text, period, prose claims) and
     * checks the numbers only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.integrity.skip", defaultValue = "false")
    boolean integritySkip;

    /**
     * Settings of single integrity rules, e.g. {@code <copied.threshold>70</copied.threshold>},
     * {@code <mixed-script>off</mixed-script>}, {@code <foreign-year.severity>note</foreign-year.severity>}; also
     * as user properties {@code -Dtally.integrity.copied.threshold=70}. The rules and their parameters are listed
     * on the usage page.
     *
     * @since 0.1.0
     */
    @Parameter
    java.util.Map<String, String> integrity;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    org.apache.maven.execution.MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    org.apache.maven.project.MavenProject project;

    /**
     * The language of the messages: {@code zh} (simplified Chinese) or {@code en}. Default: the build's locale.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.locale")
    String locale;

    /** The project's base directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The directory the build runs from: in a build of many modules, paths in messages and in the result files
     * are written relative to it ({@code fujian/src/reports/2024/a.adoc}), also with {@code -pl}, so that lines
     * of parallel modules can be told apart and code scanning finds each file from the repository's root.
     * Template files must lie inside it.
     */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    /** What paths are written relative to, and where template files may lie. */
    private java.nio.file.Path pathsBase() {
        return BuildPaths.root(basedir, executionRoot);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        Locale lang = Messages.locale(locale);
        // Maven reads any word but true as false: -Dtally.failOnError=yes would switch the gate off (trial S, 8)
        Flags.check(session, project, "tally.skip", "tally.failOnError", "tally.failOnWarning", "tally.failIfNoReports",
                "tally.incremental", "tally.integrity.skip");
        if (skip) {
            log.info(Messages.format(lang, "mojo.skipped", List.of()));
            // an earlier run's results left in place would be collected by CI as this build's (trial S, 1)
            try {
                if (outputDirectory.isDirectory()) {
                    ResultFiles.removeOthers(outputDirectory.toPath(), java.util.Set.of());
                }
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            return;
        }
        DiagnosticFormatter formatter = new DiagnosticFormatter(pathsBase(), lang);
        if (locale != null && !locale.isBlank() && !Messages.available(lang)) {
            log.warn(t(lang, "mojo.unknown-locale", locale));
        }
        if (reportsDirectory.exists() && !reportsDirectory.isDirectory()) {
            throw new MojoExecutionException(t(lang, "mojo.reports-not-directory",
                    formatter.relative(reportsDirectory.toPath())));
        }
        if (outputDirectory.exists() && !outputDirectory.isDirectory()) {
            throw new MojoExecutionException(t(lang, "mojo.output-not-directory",
                    formatter.relative(outputDirectory.toPath())));
        }
        java.nio.file.Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        if (basedir.toPath().toAbsolutePath().normalize().startsWith(output)
                || output.startsWith(reportsDirectory.toPath().toAbsolutePath().normalize())) {
            // -Dtally.outputDirectory= (empty) is the project's directory: the result files and the index would
            // land among the sources, or among the reports (trial V, 9)
            throw new MojoExecutionException(t(lang, "mojo.output-in-sources", outputDirectory.getPath().isEmpty()
                    ? "\"\"" : formatter.relative(output)));
        }
        // the parameters are checked before any report is (trial N, 5): a typo costs no run
        java.util.Set<String> wanted;
        try {
            // Maven gives an empty item of -Dtally.formats=a,,b as null (trial V, 11)
            wanted = ResultFiles.formats(formats == null ? ""
                    : String.join(",", formats.stream().filter(java.util.Objects::nonNull).toList()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Tally: tally.formats: " + e.getMessage());
        }
        IntegrityConfig integrityConfig = integrityConfig();
        if (!reportsDirectory.isDirectory()) {
            String note = t(lang, "mojo.no-reports", formatter.relative(reportsDirectory.toPath()));
            // the default directory may well be absent (a module without reports); one named on purpose is a typo
            boolean named = basedir != null && !reportsDirectory.toPath().toAbsolutePath().normalize()
                    .equals(basedir.toPath().toAbsolutePath().normalize().resolve("src/reports"));
            if (failIfNoReports && !aggregator()) {
                throw new MojoFailureException(note + " (tally.failIfNoReports)");
            }
            if (named) {
                log.warn(note);
            } else {
                log.info(note);
            }
            if (named) {
                // nothing checked where reports were named is a result too: CI finds this run's (empty) files, not an
                // earlier run's (trial S, 1)
                if (!wanted.isEmpty()) {
                    try {
                        java.nio.file.Files.createDirectories(outputDirectory.toPath());
                    } catch (IOException e) {
                        throw cannotWrite(e);
                    }
                }
                writeResults(new RunResult(reportsDirectory.toPath(), List.of()), wanted, null, "");
            } else if (outputDirectory.isDirectory()) {
                // a module without reports (the parent of a reactor) writes none, whatever target/ holds; an earlier
                // run's are removed, so that CI never collects them as this run's (trial AH, 6)
                try {
                    ResultFiles.removeOthers(outputDirectory.toPath(), java.util.Set.of());
                } catch (IOException e) {
                    throw cannotWrite(e);
                }
            }
            return;
        }
        if (!wanted.isEmpty() || incremental) {
            try {
                java.nio.file.Files.createDirectories(outputDirectory.toPath());
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }
        RunResult result;
        long started = System.nanoTime();
        // the baseline, read once: what it accepts decides the result files, which the index may keep
        String accepted = writesBaseline() ? null : BaselineFile.read(baseline, lang); // tally:baseline writes it anew
        if (accepted == null && !writesBaseline() && baseline != null && !baseline.exists()
                && !baseline.getAbsoluteFile().equals(new File(basedir, Baseline.FILE_NAME).getAbsoluteFile())) {
            // a baseline named on purpose that is not there: said, not taken for none (trial AK, 4)
            log.warn(t(lang, "mojo.baseline-missing", formatter.relative(baseline.toPath())));
        }
        // the index is only valid for the same plugin version and the same integrity settings
        // and failOnWarning, which the JUnit file reflects
        // and the build's root, which paths are shown from and which decides what a report may reach (a template
        // outside a module built alone): another root, everything checked again (trial AH, 2)
        String settings = IntegritySettings.fingerprint(integritySkip, allowedDomains, deniedWords, integrity,
                integrityProperties()) + (failOnWarning ? ";failOnWarning" : "") + ";root=" + pathsBase();
        // the index keeps the results before the baseline is applied: another baseline checks nothing again (trial
        // AK), but the result files, which say which problems it accepts, are written anew
        String madeWith = "baseline=" + BaselineFile.fingerprint(accepted);
        CheckIndex index = incremental
                ? CheckIndex.load(outputDirectory.toPath(), basedir.toPath(), indexVersion(), settings) : null;
        if (!incremental) {
            try {
                CheckIndex.forget(outputDirectory.toPath()); // it would not describe the result files written now
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }
        try {
            Tally tally = new Tally(reportsDirectory.toPath(), new Templates(pathsBase()), integrityConfig);
            refuseHoldingProject(reportsDirectory.toPath(), basedir.toPath(),
                    formatter.relative(reportsDirectory.toPath()), lang);
            ReportFinder.Found found = ReportFinder.scan(reportsDirectory.toPath());
            for (java.nio.file.Path file : found.notRead()) {
                // Report.ADOC saved by an editor, or report.asciidoc: not a report, said so (trial AF)
                log.warn(t(lang, "mojo.not-a-report-name", formatter.relative(file)));
            }
            result = tally.check(found.reports(), false, index != null ? index : Reuse.NONE);
            if (index != null) {
                index.save(result);
                if (index.reused() > 0) {
                    log.info(t(lang, "mojo.reused", Messages.count(lang, index.reused(), "report")));
                    if (log.isDebugEnabled() && !index.checkedAgain().isEmpty()) {
                        log.debug("Tally: checked again: " + String.join(", ",
                                index.checkedAgain().stream().map(formatter::relative).toList()));
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Tally: cannot list the reports in " + reportsDirectory + ": "
                    + e.getMessage(), e);
        }
        long checked = System.nanoTime();
        if (failIfNoReports && result.reports().isEmpty() && !aggregator()) {
            throw new MojoFailureException(t(lang, "mojo.no-reports-in", formatter.relative(reportsDirectory.toPath()))
                    + " (tally.failIfNoReports)");
        }
        if (writesBaseline()) {
            List<dev.tally.diagnostic.Diagnostic> theBuilds = Baseline.notAcceptable(result);
            if (!theBuilds.isEmpty()) {
                // a baseline written now would drop what the checks that did not run accept (trial AN, 1)
                print(result, formatter, log, failOnWarning, module());
                throw new MojoFailureException(ofModule(lang, module(),
                        t(lang, "mojo.baseline-blocked", Messages.count(lang, theBuilds.size(), "problem"))));
            }
            BaselineFile.write(result, basedir, baseline, pathsBase(), module(),
                    session != null && session.getProjects() != null && session.getProjects().size() > 1, lang, log);
            return;
        }
        boolean unchanged = index != null && index.unchanged(result);
        Baseline.Applied applied = BaselineFile.apply(basedir, baseline, accepted, result);
        if (applied != null) {
            result = applied.run();
        }
        print(result, formatter, log, failOnWarning, module());
        if (applied != null) {
            BaselineFile.tell(applied, baseline, pathsBase(), failOnWarning, lang, log);
        }
        writeResults(result, wanted, unchanged ? index.resultsFile() : null, madeWith);
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "Tally: read and checked in %d ms, printed and wrote results in %d ms",
                    (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000));
        }
        String summary = ofModule(lang, module(), summary(result, lang));
        long errors = result.errors();
        long warnings = result.warnings() + (applied != null ? applied.unplaced().size() : 0);
        if (errors > 0 && (failOnError || failOnWarning)) {
            log.error(summary);
            throw new MojoFailureException(t(lang, "mojo.failed-errors", Messages.count(lang, errors, "error")));
        }
        if (warnings > 0 && failOnWarning) {
            log.error(summary);
            throw new MojoFailureException(t(lang, "mojo.failed-warnings", Messages.count(lang, warnings, "warning")));
        }
        log.info(summary);
    }

    /**
     * Fails the build when the reports directory is a link to a folder that holds the project: its includes could
     * read the checkout's {@code .git/config} and publish it (trial AQ, 2).
     */
    static void refuseHoldingProject(java.nio.file.Path reports, java.nio.file.Path base, String shown, Locale lang)
            throws MojoFailureException {
        java.nio.file.Path real = ReportFinder.holdsProject(reports, base);
        if (real != null) {
            throw new MojoFailureException(t(lang, "mojo.reports-hold-project", shown, real.toString()));
        }
    }

    /** Whether this goal writes the baseline from what it finds ({@code tally:baseline}) instead of applying it. */
    boolean writesBaseline() {
        return false;
    }

    /** The checks of a report not run, as the end of its line ({@code ; 2 checks not run}), or nothing. */
    private static String notRunToo(Locale lang, ReportResult report) {
        long notRun = report.notRun();
        return notRun == 0 ? "" : t(lang, "mojo.report-also-not-run", Messages.count(lang, notRun, "check"));
    }

    /** A line of a module of a larger build, which under -T lands among other modules' lines: its module named. */
    static String ofModule(Locale lang, String module, String line) {
        return module.isEmpty() ? line : t(lang, "mojo.summary-of", module, line);
    }

    private java.util.Map<String, String> integrityProperties() {
        return IntegritySettings.properties(project, session);
    }

    private IntegrityConfig integrityConfig() throws MojoExecutionException {
        try {
            return IntegritySettings.config(integritySkip, allowedDomains, deniedWords, integrity, integrityProperties());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Tally: " + e.getMessage()); // "integrity: ...", the setting named
        }
    }

    /** Whether this project is an aggregator: packaging pom with modules, whose reports are the modules' (trial X, 4). */
    private boolean aggregator() {
        return project != null && "pom".equals(project.getPackaging()) && project.getModules() != null
                && !project.getModules().isEmpty();
    }

    /**
     * @param unchangedSince when nothing changed since the last run, the index file of that run: result files
     *                       written after it hold this run's results already and are not written again
     */
    private void writeResults(RunResult result, java.util.Set<String> wanted, java.nio.file.Path unchangedSince,
            String madeWith) throws MojoExecutionException {
        try {
            ResultFiles.removeOthers(outputDirectory.toPath(), wanted);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        if (wanted.isEmpty()) {
            return;
        }
        if (unchangedSince != null && ResultFiles.fresh(outputDirectory.toPath(), wanted, unchangedSince,
                pathsBase(), madeWith)) {
            getLog().debug("Tally: nothing changed, the result files are up to date");
            return;
        }
        try {
            var written = ResultFiles.write(result, pathsBase(), outputDirectory.toPath(), wanted, version(), failOnWarning);
            if (incremental) {
                ResultFiles.markBase(outputDirectory.toPath(), pathsBase(), madeWith);
            }
            getLog().debug("Tally: wrote " + written.values());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Tally: tally.formats: " + e.getMessage());
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** The output directory cannot be written: which, through which parameter, and why. */
    private MojoExecutionException cannotWrite(IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                : String.valueOf(e.getMessage());
        return new MojoExecutionException("Tally: cannot write the results to " + outputDirectory
                + " (tally.outputDirectory): " + why, e);
    }

    static String version() {
        Package p = CheckMojo.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev";
    }

    /**
     * What the check index is valid for: the plugin's version, and for a snapshot (or classes without a version,
     * as in Tally's own tests) also when it was built: a rebuilt snapshot may check differently, so its results
     * are not reused.
     */
    static String indexVersion() {
        String v = version();
        if (!v.endsWith("-SNAPSHOT") && !v.equals("dev")) {
            return v; // a release: its version says it all
        }
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(CheckMojo.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return v + "@" + built(jar);
        } catch (Exception e) {
            return v;
        }
    }

    /**
     * When the plugin was built: its jar's time, or, for the classes directory of a build of Tally itself (the
     * mojo tests), its newest file's, since a class compiled again in place leaves the directory's time alone.
     */
    private static long built(java.nio.file.Path code) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(code)) {
            return java.nio.file.Files.getLastModifiedTime(code).toMillis();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(code)) {
            return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }

    static void print(RunResult result, DiagnosticFormatter formatter, Log log) {
        print(result, formatter, log, false);
    }

    /**
     * @param warningsFail whether warnings fail the build ({@code failOnWarning}): they are then logged as errors,
     *                     so that {@code mvn -q} still shows why the build failed (trial S, 3)
     */
    static void print(RunResult result, DiagnosticFormatter formatter, Log log, boolean warningsFail) {
        print(result, formatter, log, warningsFail, "");
    }

    /** The module's directory from the build's top directory ({@code hefei}), empty for the top project. */
    private String module() {
        return pathsBase().relativize(basedir.toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * @param module the module's directory from the build's top directory, empty for the top one: under {@code -T}
     *               a line without a path lands among other modules' lines, so it names its module (trial X, 6)
     */
    static void print(RunResult result, DiagnosticFormatter formatter, Log log, boolean warningsFail, String module) {
        Set<String> printed = new LinkedHashSet<>();
        // a few reports are listed one by one; of many, only those with problems (the rest with -X)
        boolean many = result.reports().size() > LIST_UP_TO;
        long quiet = 0;
        for (ReportResult report : result.reports()) {
            long errors = report.count(Severity.ERROR);
            long warnings = report.count(Severity.WARNING);
            Locale lang = formatter.locale();
            // a line break in a file's name is shown escaped: it forges no line of the log (trial L, 5)
            String path = DiagnosticFormatter.printable(formatter.relative(report.file()));
            String checks = Messages.count(lang, report.checksRun(), "check");
            if (errors == 0 && warnings == 0 && many) {
                quiet++;
                if (log.isDebugEnabled()) {
                    log.debug(t(lang, "mojo.report-ok", path, checks));
                    report.diagnostics().forEach(d -> log.debug(formatter.format(d)));
                }
                continue;
            }
            // a problem of a file several reports share (a partial, a template) is printed under the first
            // report only: the others say where their count's rest stands (trial P, 11)
            List<String> lines = report.diagnostics().stream().map(formatter::format).toList();
            Set<String> shownAbove = new java.util.TreeSet<>();
            long above = 0;
            for (int k = 0; k < lines.size(); k++) {
                Diagnostic d = report.diagnostics().get(k);
                if (d.severity() != Severity.NOTE && printed.contains(d.severity() + lines.get(k))) {
                    above++;
                    shownAbove.add(d.location().file() == null ? "?"
                            : DiagnosticFormatter.printable(formatter.relative(d.location().file())));
                }
            }
            long failedNotes = report.diagnostics().stream().filter(d -> d.severity() == Severity.NOTE
                    && (d.code().startsWith("check.failed") || d.code().equals("figure.mismatch"))).count();
            long accepted = report.diagnostics().stream().filter(d -> Diagnostic.ACCEPTED.equals(d.code())).count();
            if (errors == 0 && warnings == 0 && accepted > 0) {
                // not "no problems" for a report whose problems are only accepted as published
                log.info(t(lang, "mojo.report-accepted", path, checks, Messages.count(lang, accepted, "problem"))
                        + notRunToo(lang, report));
            } else if (errors == 0 && warnings == 0 && failedNotes > 0) {
                // not "no problems" just above a failed check (trial S, 16)
                log.info(t(lang, "mojo.report-notes", path, checks, Messages.count(lang, failedNotes, "check")));
            } else if (errors == 0 && warnings == 0) {
                long notRun = report.notRun();
                // checks not run (on last year's report, say) are no pass: counted on the line (trial AI, 1)
                log.info(notRun == 0 ? t(lang, "mojo.report-ok", path, checks)
                        : t(lang, "mojo.report-ok-not-run", path, checks, Messages.count(lang, notRun, "check")));
            } else {
                String counts = t(lang, "mojo.report-problems", path, checks, Messages.count(lang, errors, "error"),
                        Messages.count(lang, warnings, "warning"));
                if (accepted > 0) {
                    // the accepted ones are counted here too (trial AJ, 5)
                    counts += t(lang, "mojo.report-also-accepted", Messages.count(lang, accepted, "problem"));
                }
                counts += notRunToo(lang, report); // and the checks not run (trial AK)
                log.info(above == 0 ? counts
                        : counts + t(lang, "mojo.report-shown-above", String.valueOf(above), String.join(", ", shownAbove)));
            }
            for (int k = 0; k < lines.size(); k++) {
                Diagnostic d = report.diagnostics().get(k);
                String line = lines.get(k);
                if (!printed.add(d.severity() + line)) {
                    continue;
                }
                switch (d.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> {
                        if (warningsFail) {
                            log.error(line);
                        } else {
                            log.warn(line);
                        }
                    }
                    case NOTE -> log.info(line);
                }
            }
        }
        if (quiet > 0) {
            String line = t(formatter.locale(), "mojo.clean-reports", Messages.count(formatter.locale(), quiet, "report"));
            log.info(module.isEmpty() ? line : t(formatter.locale(), "mojo.summary-of", module, line));
        }
    }

    /** Up to this many reports, each is listed with its result; beyond, only those with errors or warnings. */
    static final int LIST_UP_TO = 50;

    static String summary(RunResult result, Locale lang) {
        return t(lang, "mojo.summary", Messages.count(lang, result.reports().size(), "report"),
                Messages.count(lang, result.checksRun(), "check"), Messages.count(lang, result.errors(), "error"),
                Messages.count(lang, result.warnings(), "warning"));
    }

    static String t(Locale lang, String key, String... args) {
        return Messages.format(lang, key, List.of(args));
    }
}
