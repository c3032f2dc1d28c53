package dev.tally.maven;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Report;
import dev.tally.model.Template;
import dev.tally.read.ReportReader;
import dev.tally.template.ReportNames;
import dev.tally.template.Skeleton;
import dev.tally.template.Templates;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Starts a new report from a template: writes a skeleton with every section and every table at 0, and with
 * {@code tally.previous}, what the template carries over from last period's report (for the national format,
 * 上年结转 from last year's 结转下年度, and 现行有效件数). Never overwrites a file.
 *
 * <pre>./mvnw tally:init -Dtally.template=gov-info-disclosure-2021 -Dtally.year=2025 -Dtally.previous=src/reports/2024/x.adoc</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /**
     * The template the new report follows: a built-in name ({@code gov-info-disclosure-2021},
     * {@code gov-info-disclosure-2019}) or the path of a template file, relative to the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.template")
    String template;

    /**
     * The period the new report covers: a year ({@code 2025}) or any label of letters, digits, {@code -},
     * {@code _} and {@code .} ({@code 2025-Q1} for a quarter). It becomes the report's {@code :tally-year:}, fills
     * {@code {year}} in the template's {@code report-title}, and names the default folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.year")
    String year;

    /**
     * The previous period's report, relative to the project: the new report names it in
     * {@code :tally-previous:} and takes over what the template carries.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.previous")
    File previous;

    /**
     * The file to write. Default: {@code <reportsDirectory>/<year>/<name of the previous report>} (with the period
     * in it moved on: {@code 2025-Q3/q3.adoc} gives {@code 2025-Q4/q4.adoc}; the previous period is that report's
     * {@code :tally-year:}, else its folder's name), or
     * {@code <reportsDirectory>/<year>/report.adoc} without one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.output")
    File output;

    /**
     * The directory holding the reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.reportsDirectory", defaultValue = "${project.basedir}/src/reports")
    File reportsDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The language of the messages: {@code zh} (simplified Chinese) or {@code en}. Default: the build's locale.
     * (The comments in the new report are in its template's language.)
     *
     * @since 0.1.0
     */
    @Parameter(property = "tally.locale")
    String locale;

    /** The directory the build runs from: a template file may lie anywhere inside it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    java.io.File executionRoot;

    /**
     * The command that starts the report asked for: the template and period given, else the national one and last
     * year (an annual report is written the year after), and the previous report if one was given.
     */
    String example(Path base) {
        String t = template == null || template.isBlank() ? Templates.BUILT_IN.get(0) : template.strip();
        String y = year == null || year.isBlank() ? String.valueOf(java.time.Year.now().getValue() - 1) : year.strip();
        String command = "./mvnw tally:init -Dtally.template=" + t + " -Dtally.year=" + y;
        if (previous != null) {
            Path p = base.resolve(previous.toPath()).normalize();
            command += " -Dtally.previous=" + slash(p.startsWith(base) ? base.relativize(p) : p);
        }
        return command;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Locale lang = Messages.locale(locale);
        // not required of Maven, which would refuse in English with the parameter's field name: said in the build's
        // language, with the templates there are and the command to run (trial AT, 18)
        if (template == null || template.isBlank()) {
            throw new MojoFailureException(t(lang, "init.no-template", example(base)));
        }
        if (year == null || year.isBlank()) {
            throw new MojoFailureException(t(lang, "init.no-year", example(base)));
        }
        year = year.strip();
        if (!year.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,39}")) {
            // it names a folder too: nothing that could climb out of the reports directory
            throw new MojoFailureException(Messages.format(lang, "init.bad-year", List.of(year)));
        }
        java.util.regex.Matcher withWord = java.util.regex.Pattern.compile("(\\d{4})年度?").matcher(year);
        if (withWord.matches()) {
            // 2025年: the title would read 2025年年 and the folder 2025年 (trial AE, 8)
            throw new MojoFailureException(Messages.format(lang, "init.year-word", List.of(year, withWord.group(1))));
        }
        // paths as the check prints them: from the build's top directory (hefei/src/reports/..., trial X, 7)
        DiagnosticFormatter formatter = new DiagnosticFormatter(BuildPaths.root(basedir, executionRoot), lang);
        Templates templates = new Templates(BuildPaths.root(basedir, executionRoot));
        Path reports = reportsDirectory.toPath().toAbsolutePath().normalize();
        Path previousFile = previous == null ? null : base.resolve(previous.toPath()).normalize();
        Path target = output != null ? base.resolve(output.toPath()).normalize()
                : reports.resolve(year).resolve(previousFile == null ? "report.adoc"
                        : ReportNames.next(previousFile.getFileName().toString(), ReportNames.periodOf(previousFile), year));

        String templateName = template.strip();
        Diagnostics diagnostics = new Diagnostics();
        boolean file = Templates.looksLikePath(templateName);
        String nameInReport = !file ? templateName
                : slash(target.getParent().relativize(base.resolve(templateName).normalize()));
        Location parameter = new Location(base.resolve("pom.xml"), 0);
        Template t = templates.find(nameInReport, target, parameter, diagnostics);
        // a problem with the name itself came from the parameter (-Dtally.template or the pom): said as such
        // (trial P, 12); one in a template file is shown at its line there
        for (Diagnostic d : diagnostics.list()) {
            if (d.severity() == Severity.ERROR && d.location().equals(parameter)) {
                // named as the parameter names it, not by its path from the new report (trial AL, 6)
                String said = d.message(lang);
                getLog().error(t(lang, "init.template-problem", file ? said.replace(nameInReport, templateName) : said));
            }
        }
        Diagnostics inFiles = new Diagnostics();
        diagnostics.list().stream().filter(d -> !d.location().equals(parameter)).forEach(inFiles::add);
        failOn(inFiles, formatter, t(lang, "init.bad-template", templateName));
        if (diagnostics.hasErrors()) {
            throw new MojoFailureException(t(lang, "init.bad-template", templateName));
        }

        Report previousReport = null;
        String previousPath = null;
        if (previousFile != null) {
            if (!Files.isRegularFile(previousFile)) {
                throw new MojoFailureException(t(lang, "init.no-previous", formatter.relative(previousFile)));
            }
            if (!previousFile.startsWith(reports)) {
                // tally:check refuses a previous report outside the reports directory: so does init
                throw new MojoFailureException(t(lang, "init.previous-outside", formatter.relative(previousFile),
                        formatter.relative(reports)));
            }
            ReportReader.Reading reading = new ReportReader(reports, templates).read(previousFile);
            for (Diagnostic d : reading.diagnostics().list()) {
                getLog().warn(formatter.format(d));
            }
            previousReport = reading.report();
            if (previousReport == null) {
                throw new MojoFailureException(t(lang, "init.unreadable-previous", formatter.relative(previousFile)));
            }
            previousPath = slash(target.getParent().relativize(previousFile));
        }

        Skeleton.Result skeleton = Skeleton.write(t, nameInReport, year, previousReport, previousPath);
        if (previousReport != null && Skeleton.movedTitle(previousReport, year) == null) {
            // said, not left to be found (trial AL, 2): the title is the template's, not last period's moved on
            String period = Skeleton.periodOf(previousReport, year);
            getLog().warn(t(lang, "init.title-not-moved", formatter.relative(previousFile), period != null ? period : "?"));
        }
        for (Skeleton.NotCarried line : skeleton.notCarried()) {
            getLog().warn(t(lang, line.noTable() ? "init.not-carried-no-table" : "init.not-carried", line.from(),
                    formatter.relative(previousFile), String.valueOf(line.table())));
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, skeleton.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new MojoFailureException(t(lang, "init.exists", formatter.relative(target)));
        } catch (IOException e) {
            throw new MojoExecutionException(t(lang, "init.cannot-write", formatter.relative(target), e.getMessage()), e);
        }
        // "carrying over" only where something was (trial AI, 4)
        boolean carries = previousPath != null && skeleton.notCarried().size() < t.carries().size();
        getLog().info(t(lang, "init.wrote", formatter.relative(target), templateName,
                carries ? t(lang, "init.carrying", formatter.relative(previousFile))
                        : previousPath != null ? t(lang, "init.linked", formatter.relative(previousFile)) : ""));
        if (target.startsWith(reports)) {
            warnIfUnbalanced(reports, templates, target, formatter, lang, carries);
        } else {
            // written where asked, but no check will ever read it there (trial S, 10)
            getLog().warn(t(lang, "init.outside", formatter.relative(target), formatter.relative(reports)));
        }
    }

    /**
     * Checks the new report as {@code tally:check} will. The built-in templates carry figures so that it balances;
     * a template that carries an opening figure without its closing one, or a check that divides by a figure still
     * 0, gives a report that fails until its figures are filled in: say so now, with as many errors as the build
     * will find, not at the next build (trial U, 2).
     *
     * @param carries whether figures were carried over from the previous report: the likely cause then
     */
    private void warnIfUnbalanced(Path reports, Templates templates, Path target, DiagnosticFormatter formatter,
            Locale lang, boolean carries) {
        var result = new dev.tally.run.Tally(reports, templates).check(List.of(target), false,
                dev.tally.run.Reuse.NONE);
        List<Diagnostic> failed = result.reports().get(0).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (failed.isEmpty()) {
            return;
        }
        // carried figures unbalance a check, which then fails; a division by a figure still 0 is no carry's doing
        // (trial AN, 5)
        boolean carried = carries && failed.stream().anyMatch(d -> d.code().startsWith("check.failed"));
        getLog().warn(t(lang, carried ? "init.unbalanced" : "init.fails",
                Messages.count(lang, failed.size(), "error")));
        failed.stream().limit(5).forEach(d -> getLog().warn(formatter.format(d)));
    }

    private void failOn(Diagnostics diagnostics, DiagnosticFormatter formatter, String message)
            throws MojoFailureException {
        for (Diagnostic d : diagnostics.list()) {
            if (d.severity() == Severity.ERROR) {
                getLog().error(formatter.format(d));
            }
        }
        if (diagnostics.hasErrors()) {
            throw new MojoFailureException(message);
        }
    }

    private static String t(Locale lang, String key, Object... args) {
        return Messages.format(lang, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}
