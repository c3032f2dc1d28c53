package dev.tally.maven;

import dev.tally.check.FigureText;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Messages;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.model.Block;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Values;
import dev.tally.render.AsciidocRenderer;
import dev.tally.render.OpenData;
import dev.tally.render.SitePages;
import dev.tally.render.TableHtml;
import dev.tally.results.CheckIndex;
import dev.tally.run.ReportFinder;
import dev.tally.run.ReportResult;
import dev.tally.run.Reuse;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.doxia.site.SiteModel;
import org.apache.maven.doxia.siterenderer.RendererException;
import org.apache.maven.doxia.siterenderer.SiteRenderingContext;
import org.apache.maven.doxia.tools.SiteToolException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders every report into the Maven site under {@code tally/}: an index of the reports with their check
 * status, one page per report (real tables with the official labels, figures in the text from the data, its
 * problems listed on top), a page of check results, charts for each chain of reports across the years, and
 * every table and values block as CSV and JSON beside its report's page. Needs maven-site-plugin 3.21.0 or
 * later (Doxia 2).
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    static final String DOXIA1 = "tally:report needs Doxia 2, that is maven-site-plugin 3.21.0 or later, but this "
            + "site is rendered with %s. Pin org.apache.maven.plugins:maven-site-plugin to 3.21.0 (or later) in "
            + "<build><pluginManagement> (Maven 3.9 binds 3.12.1 by default) and name a Doxia 2 skin, such as "
            + "org.apache.maven.skins:maven-fluido-skin:2.1.0, in src/site/site.xml.";

    /**
     * The directory holding the reports, as for {@code tally:check}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.reportsDirectory", defaultValue = "${project.basedir}/src/reports")
    File reportsDirectory;

    /**
     * Skips the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.skip", defaultValue = "false")
    boolean skip;

    /**
     * The language of the pages and messages: {@code zh} (simplified Chinese) or {@code en}. Default: the site's
     * locale, else the build's. In the report's {@code <configuration>} this parameter is {@code <language>}, on
     * the command line {@code -Dtally.locale}; {@code <locale>} there is Doxia's own parameter, not Tally's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.locale")
    String language;

    /**
     * The baseline of problems accepted as published, as {@code tally:check} takes it: the pages show those as
     * notes, "accepted as published".
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.baseline", defaultValue = "${project.basedir}/" + dev.tally.run.Baseline.FILE_NAME)
    java.io.File baseline;

    /**
     * Leaves the integrity pass's findings off the pages, as {@code tally:check} does with the same property.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.integrity.skip", defaultValue = "false")
    boolean integritySkip;

    /**
     * As {@code tally:check}'s {@code allowedDomains}, for the reports checked here (those the check's results
     * do not cover). Maven does not pass a build plugin's configuration to a report: give the same value here,
     * or set the property {@code tally.allowedDomains} in the POM's {@code <properties>} for both goals.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.allowedDomains")
    java.util.List<String> allowedDomains;

    /**
     * As {@code tally:check}'s {@code deniedWords}, for the reports checked here; or the POM property
     * {@code tally.deniedWords} for both goals.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.deniedWords")
    java.util.List<String> deniedWords;

    /**
     * As {@code tally:check}'s {@code integrity}, for the reports checked here; or POM properties
     * {@code tally.integrity.RULE...} for both goals.
     *
     * @since 0.1.0
     */
    @Parameter
    java.util.Map<String, String> integrity;

    /**
     * Where {@code tally:check} left its results: {@code tally:check}'s {@code outputDirectory}, with the same
     * property {@code tally.outputDirectory}. The report reuses them (the check index, JSON) for every report
     * whose inputs are unchanged since the check, instead of checking it again; reports without a fresh result
     * are checked here. (The report's own {@code outputDirectory} is the site's, as for every report.)
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.outputDirectory", defaultValue = "${project.build.directory}/tally")
    File resultsDirectory;

    /**
     * Reuses the results {@code tally:check} left in {@code resultsDirectory} (written when
     * {@code tally.incremental} is on, the default) for the reports that have not changed since; {@code false}
     * checks every report again. The pages then show exactly what the check found, with the check's settings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.reuseCheckResults", defaultValue = "true")
    boolean reuseCheckResults;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    org.apache.maven.execution.MavenSession mavenSession;

    @Override
    public String getOutputName() {
        return "tally/index";
    }

    @Override
    public String getName(Locale locale) {
        return Messages.format(locale, "site.report.name", List.of());
    }

    @Override
    public String getDescription(Locale locale) {
        return Messages.format(locale, "site.report.description", List.of());
    }

    /**
     * Where a direct run ({@code mvn tally:report}, or an execution such as {@code tally:report@draft}) writes:
     * the pages go to its {@code tally/} directory. By default the site's own directory, so the pages land where
     * {@code site} puts them ({@code target/site/tally}), not in maven-reporting's usual {@code target/reports}.
     * Within {@code site} the site's directory is used whatever this says.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory; // declared again to state the real default and say what it does (trial AB, 11)

    /** Set when the site gives the report its output directory; not when {@code tally:report} runs directly. */
    private boolean inSite;

    @Override
    public void setReportOutputDirectory(File reportOutputDirectory) {
        inSite = true;
        super.setReportOutputDirectory(reportOutputDirectory);
    }

    /**
     * The reports directory that {@code tally:check} read, as its results say, where it read reports from another
     * directory than this one; else null.
     */
    private Path checkedElsewhere(Path base) {
        Path json = resultsDirectory.toPath().resolve(dev.tally.results.ResultFiles.JSON_FILE);
        if (!java.nio.file.Files.isRegularFile(json)) {
            return null;
        }
        try {
            dev.tally.results.Results results = dev.tally.results.JsonResults.read(java.nio.file.Files.readString(json),
                    base);
            Path read = results.reportsDirectory().toAbsolutePath().normalize();
            return !results.reports().isEmpty() && !read.equals(reportsDirectory.toPath().toAbsolutePath().normalize())
                    ? read : null;
        } catch (IOException | RuntimeException e) {
            return null; // results that cannot be read: no word rather than a wrong one
        }
    }

    /** In a site build, the site's directory; run directly, {@link #outputDirectory} (trial N, 7). */
    @Override
    protected String getOutputDirectory() {
        if (inSite || outputDirectory == null) {
            return super.getOutputDirectory();
        }
        return outputDirectory.getAbsolutePath();
    }

    /** Without a reports directory the report still writes its index and checks pages, saying so. */
    @Override
    public boolean canGenerateReport() {
        return !skip && reportsDirectory != null;
    }

    /** Refuses Doxia 1 (maven-site-plugin before 3.21.0) with a clear message before anything renders. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            Sink.class.getMethod("getDocumentLocator");
        } catch (NoSuchMethodException e) {
            throw new MavenReportException(String.format(DOXIA1, doxiaInUse()));
        }
        try {
            super.generate(sink, sinkFactory, locale);
        } catch (LinkageError e) {
            MavenReportException failure = new MavenReportException(String.format(DOXIA1, doxiaInUse()) + " (" + e + ")");
            failure.initCause(e);
            throw failure;
        }
    }

    private static String doxiaInUse() {
        Package p = Sink.class.getPackage();
        String doxia = p != null && p.getImplementationVersion() != null ? "Doxia " + p.getImplementationVersion()
                : "Doxia 1";
        ClassLoader cl = Sink.class.getClassLoader();
        String realm = cl == null ? "" : cl.toString();
        int i = realm.indexOf("maven-site-plugin:");
        if (i >= 0) {
            int end = realm.indexOf(',', i);
            return "maven-site-plugin " + realm.substring(i + "maven-site-plugin:".length(), end < 0 ? realm.length() : end)
                    + " (" + doxia + ")";
        }
        return doxia;
    }

    /** The directory the build runs from: paths on the pages are written relative to it, as on the console. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    java.io.File executionRoot;

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = BuildPaths.root(project.getBasedir(), executionRoot);
        Path reportsPath = reportsDirectory.toPath().toAbsolutePath().normalize();
        // reports kept outside the build: pages name them from the reports directory's folder, so that no path of
        // the build machine is published (trial N, 2)
        Path shownFrom = reportsPath.startsWith(base) || reportsPath.getParent() == null ? base : reportsPath.getParent();
        Locale lang = language != null && !language.isBlank() ? Messages.locale(language)
                : Locale.ROOT.equals(locale) ? Locale.getDefault() : locale;
        DiagnosticFormatter formatter = new DiagnosticFormatter(shownFrom, lang);
        if (language != null && !language.isBlank() && !Messages.available(lang)) {
            // as tally:check says it (trial S, 15)
            getLog().warn(Messages.format(lang, "mojo.unknown-locale", List.of(language)));
        }
        RunResult run;
        if (reportsDirectory.exists() && !reportsDirectory.isDirectory()) {
            throw new MavenReportException(Messages.format(lang, "mojo.reports-not-directory",
                    List.of(formatter.relative(reportsDirectory.toPath()))));
        }
        if (!reportsDirectory.isDirectory()) {
            // the menu of the documented site.xml links tally/index.html and tally/checks.html: keep them alive
            String note = Messages.format(lang, "mojo.no-reports", List.of(formatter.relative(reportsDirectory.toPath())));
            // as tally:check: the default directory may be absent, one named on purpose is a typo
            // (the default is below the module's own directory, not the build's: trial N, 3)
            Path checkedElsewhere = checkedElsewhere(base);
            if (checkedElsewhere != null) {
                // <reportsDirectory> set for tally:check in <build>, which the site's reports do not see (trial AS, 7)
                getLog().warn(Messages.format(lang, "mojo.no-reports-checked-elsewhere",
                        List.of(formatter.relative(reportsDirectory.toPath()), formatter.relative(checkedElsewhere))));
            } else if (reportsDirectory.toPath().toAbsolutePath().normalize().equals(project.getBasedir().toPath()
                    .toAbsolutePath().normalize().resolve("src/reports"))) {
                getLog().info(note);
            } else {
                getLog().warn(note);
            }
            run = new RunResult(reportsDirectory.toPath(), List.of());
        } else {
            run = check(base, lang);
            try {
                dev.tally.run.Baseline.Applied applied = BaselineFile.apply(project.getBasedir(), baseline,
                        BaselineFile.read(baseline, lang), run);
                if (applied != null) {
                    run = applied.run();
                }
            } catch (org.apache.maven.plugin.MojoExecutionException e) {
                throw new MavenReportException(e.getMessage(), e);
            }
        }
        SitePages pages = new SitePages(run, formatter);
        for (Map.Entry<ReportResult, String> e : pages.renamedPages().entrySet()) {
            getLog().warn(Messages.format(lang, "site.renamed", List.of(formatter.relative(e.getKey().file()),
                    e.getValue(), pages.pagePath(e.getKey()))));
        }
        render(run, pages, formatter, lang, locale);
    }

    private RunResult check(Path base, Locale lang) throws MavenReportException {
        RunResult run;
        try {
            // the settings tally:check takes, so that a report checked here is checked alike
            IntegrityConfig integrity = IntegritySettings.config(integritySkip, allowedDomains, deniedWords,
                    this.integrity, IntegritySettings.properties(project, mavenSession));
            // the check's results, whatever settings it ran with: the pages show what the check found
            CheckIndex index = reuseCheckResults
                    // as tally:check keeps it: relative to the module (trial L, 4: from the build root, no module reused)
                    ? CheckIndex.load(resultsDirectory.toPath(), project.getBasedir().toPath(), CheckMojo.indexVersion(),
                            null) : null;
            try {
                CheckMojo.refuseHoldingProject(reportsDirectory.toPath(), project.getBasedir().toPath(),
                        new DiagnosticFormatter(base, lang).relative(reportsDirectory.toPath()), lang);
            } catch (org.apache.maven.plugin.MojoFailureException e) {
                throw new MavenReportException(e.getMessage());
            }
            List<Path> files = ReportFinder.find(reportsDirectory.toPath());
            run = new Tally(reportsDirectory.toPath(), new Templates(base), integrity)
                    .check(files, true, index != null ? index : Reuse.NONE);
            if (index != null && index.reused() > 0) {
                String line = Messages.format(lang, "mojo.report-reused", List.of(
                        Messages.count(lang, index.reused(), "report"),
                        Messages.count(lang, files.size() - index.reused(), "report")));
                String module = base.relativize(project.getBasedir().toPath().toAbsolutePath().normalize()).toString()
                        .replace('\\', '/');
                // under -T, the modules' lines mix: say whose this is, as tally:check's summary does (trial R, 10)
                getLog().info(module.isEmpty() ? line : Messages.format(lang, "mojo.summary-of", List.of(module, line)));
            }
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("Tally: " + e.getMessage()); // "integrity: ...", the setting named
        } catch (IOException e) {
            throw new MavenReportException("Tally: cannot list the reports in " + reportsDirectory + ": " + e.getMessage(), e);
        }
        return run;
    }

    private void render(RunResult run, SitePages pages, DiagnosticFormatter formatter, Locale lang, Locale locale)
            throws MavenReportException {
        File siteDir = getReportOutputDirectory();
        Path tallyDir = siteDir.toPath().resolve("tally");
        SinkFactory factory = getSinkFactory();
        StandaloneSinkFactory standalone = null;
        if (factory == null) {
            standalone = new StandaloneSinkFactory(siteDir, mojoExecution.getPlugin().getId() + ":" + mojoExecution.getGoal());
            factory = standalone;
        }
        String css = "<style>\n" + SitePages.css() + "</style>\n";
        // the files of this run, so that those of reports withdrawn since the last are removed (trial S, 7)
        java.util.TreeSet<String> files = new java.util.TreeSet<>(List.of("checks.html"));
        try {
            write(getSink(), pages.title("site.index.title"), css + pages.index());
            write(sub(factory, tallyDir, "checks.html"), pages.title("site.checks.title"), css + pages.checks());

            AsciidocRenderer renderer = run.reports().stream().anyMatch(r -> r.report() != null)
                    ? AsciidocRenderer.shared() : null;
            Map<Path, Report> models = new HashMap<>();
            run.reports().forEach(r -> models.put(r.file(), r.report()));
            for (ReportResult r : run.reports()) {
                String path = pages.pagePath(r);
                String body;
                List<Diagnostic> extra = List.of();
                if (r.renderable()) {
                    Report previous = previous(r.report(), models);
                    List<dev.tally.check.FailedCell> marked = new java.util.ArrayList<>(
                            Tally.failedCells(r.report(), r.template(), previous));
                    marked.addAll(Tally.wrongKindCells(r.report(), r.diagnostics(), lang));
                    AsciidocRenderer.Page page;
                    try {
                        page = renderer.render(reportsDirectory.toPath(), r.report(), previous,
                                SitePages.pageId(path), marked, lang, r.diagnostics());
                    } catch (OutOfMemoryError | StackOverflowError e) {
                        // one report that Asciidoctor cannot convert (trial V, 4): said at it, the others rendered
                        dev.tally.diagnostic.Diagnostics failed = new dev.tally.diagnostic.Diagnostics();
                        failed.error(dev.tally.diagnostic.Location.of(r.file()), "site.render-failed",
                                e instanceof OutOfMemoryError ? "out of memory" : "too deeply nested");
                        page = new AsciidocRenderer.Page("", failed);
                    }
                    extra = page.diagnostics().list();
                    for (Diagnostic d : extra) {
                        getLog().warn(formatter.format(d));
                    }
                    body = page.html();
                    for (Path d : downloads(r.report(), previous, tallyDir.resolve(path).getParent(),
                            SitePages.pageId(path))) {
                        files.add(tallyDir.relativize(d).toString().replace('\\', '/'));
                    }
                } else {
                    body = "";
                }
                write(sub(factory, tallyDir, path), r.title(), css + pages.reportPage(r, body, extra));
                files.add(path);
            }
            // the images and attachments the pages show or link to, at their paths beside the pages
            dev.tally.render.Assets.copy(reportsDirectory.toPath(), tallyDir);
            for (List<ReportResult> chain : pages.chainsOfReports()) {
                write(sub(factory, tallyDir, pages.chartsPath(chain)), pages.chartsTitle(chain),
                        css + pages.chartsPage(chain));
                files.add(pages.chartsPath(chain));
            }
            removeWithdrawn(tallyDir, files);
            if (standalone != null) {
                standalone.renderAll(siteRenderer, standaloneContext(locale), getOutputEncoding());
            }
        } catch (IOException | RendererException | SiteToolException e) {
            throw new MavenReportException("Tally: cannot write the site pages: " + e.getMessage(), e);
        }
        getLog().info(Messages.format(lang, "mojo.rendered", List.of(
                Messages.count(lang, run.reports().size(), "report"), formatter.relative(tallyDir))));
        if (run.errors() > 0 || run.warnings() > 0) {
            // the pages say so; the log of a site build should too: built, not fit to publish until mended (a
            // clerk who runs site alone sees BUILD SUCCESS, trial AT, 16)
            String checks = formatter.relative(tallyDir.resolve("checks.html"));
            getLog().warn(run.errors() > 0 ? Messages.format(lang, "mojo.rendered-problems", List.of(
                    Messages.count(lang, run.errors(), "error"), Messages.count(lang, run.warnings(), "warning"), checks))
                    : Messages.format(lang, "mojo.rendered-warnings", List.of(
                            Messages.count(lang, run.warnings(), "warning"), checks)));
        }
    }

    private static Report previous(Report report, Map<Path, Report> models) {
        Report.Attribute attr = report.attribute("tally-previous");
        if (attr == null) {
            return null;
        }
        return models.get(report.file().getParent().resolve(attr.value().strip()).normalize());
    }

    /** Writes a report's open data files; returns them. */
    private static List<Path> downloads(Report report, Report previous, Path dir, String pageId) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new java.util.ArrayList<>();
        for (Block block : report.blocks().values()) {
            if (block instanceof Table t) {
                written.add(write(dir, TableHtml.downloadName(pageId, t.id(), "csv"), OpenData.csv(t)));
                written.add(write(dir, TableHtml.downloadName(pageId, t.id(), "json"),
                        OpenData.json(t, FigureText.resolve(t.title(), report, previous))));
            } else if (block instanceof Values v) {
                written.add(write(dir, TableHtml.downloadName(pageId, v.id(), "csv"), OpenData.csv(v)));
                written.add(write(dir, TableHtml.downloadName(pageId, v.id(), "json"), OpenData.json(v)));
            }
        }
        return written;
    }

    /** Writes a data file in {@code dir}, and nowhere else whatever its name (trial AQ, 1). */
    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir.normalize())) {
            throw new IOException("a data file name that leaves its folder: " + name);
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Removes the pages and data files an earlier run wrote into {@code tallyDir} that this run does not (a report
     * withdrawn, a chain's charts page renamed), so that a site deployed without {@code clean} does not publish
     * them. Only files listed in the earlier run's list ({@code target/tally/site-files.txt}) are touched: other
     * files in the directory are not Tally's to remove.
     */
    private void removeWithdrawn(Path tallyDir, java.util.SortedSet<String> files) throws IOException {
        Path list = resultsDirectory.toPath().resolve("site-files.txt");
        String header = "# " + tallyDir.toAbsolutePath().normalize();
        if (Files.isRegularFile(list)) {
            List<String> before = Files.readAllLines(list, StandardCharsets.UTF_8);
            if (!before.isEmpty() && before.get(0).equals(header)) {
                Path root = tallyDir.toAbsolutePath().normalize();
                for (String old : before.subList(1, before.size())) {
                    Path f = root.resolve(old).normalize();
                    if (!files.contains(old) && f.startsWith(root) && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(f);
                        getLog().debug("Tally: removed " + f + ", which no report gives any more");
                    }
                }
            }
        }
        Files.createDirectories(list.getParent());
        Files.writeString(list, header + "\n" + String.join("\n", files) + "\n", StandardCharsets.UTF_8);
    }

    private static Sink sub(SinkFactory factory, Path tallyDir, String path) throws IOException {
        File file = tallyDir.resolve(path).toFile();
        Files.createDirectories(file.getParentFile().toPath());
        return factory.createSink(file.getParentFile(), file.getName());
    }

    private static void write(Sink sink, String title, String body) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.rawText(body);
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** The skin context for a standalone run, as maven-reporting-impl builds it for the main page. */
    private SiteRenderingContext standaloneContext(Locale locale) throws SiteToolException, RendererException, IOException {
        SiteModel siteModel = siteTool.getSiteModel(siteDirectory, locale, project, reactorProjects, repoSession,
                remoteProjectRepositories);
        Map<String, Object> props = new HashMap<>();
        props.put("standalone", Boolean.TRUE);
        props.put("project", project);
        props.put("inputEncoding", getInputEncoding());
        props.put("outputEncoding", getOutputEncoding());
        SiteRenderingContext context = siteRenderer.createContextForSkin(
                siteTool.getSkinArtifactFromRepository(repoSession, remoteProjectRepositories, siteModel.getSkin()),
                props, siteModel, project.getName(), locale);
        context.setRootDirectory(project.getBasedir());
        return context;
    }
}
