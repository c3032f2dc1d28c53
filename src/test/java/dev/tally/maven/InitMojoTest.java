package dev.tally.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.apache.maven.plugin.logging.Log;
import javax.inject.Inject;
import static org.mockito.Mockito.verify;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tally:init} as Maven configures it. */
@MojoTest
class InitMojoTest {

    @TempDir
    Path out;

    @Inject
    private Log log;

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2021")
    @MojoParameter(name = "year", value = "2025")
    @MojoParameter(name = "previous", value = "src/reports/2024/qingshan.adoc")
    void writesASkeletonCarryingLastYearOverAndNeverOverwrites(InitMojo mojo) throws Exception {
        assertEquals(new File(MojoExtension.getBasedir(), "src/reports"),
                MojoExtension.getVariableValueFromObject(mojo, "reportsDirectory"));
        Path target = out.resolve("2025/qingshan.adoc");
        mojo.output = target.toFile();
        mojo.execute();
        // written where asked, outside the reports directory: said, since no check reads it there (trial S, 10)
        org.mockito.Mockito.verify(log).warn(org.mockito.ArgumentMatchers.<CharSequence>argThat(
                m -> m.toString().contains("outside the reports directory") || m.toString().contains("不在报告目录")));
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("= 青山镇2025年政府信息公开工作年度报告\n:tally-year: 2025\n"), text);
        assertTrue(text.contains("  上年结转: [1, 0, 0, 0, 1, 0, 2]\n"), text);
        assertTrue(text.contains("  行政规范性文件: [0, 0, 7]\n"), text);
        // trial F: a Chinese template's report gets Chinese comments, whatever the build's language
        assertTrue(text.contains("\n// 由 tally:init 按模板 gov-info-disclosure-2021 生成。各表的数字初始均为 0（从上期报告结转的数字除外）。\n"
                + "// 请填写数字和正文；正文中的数字写成 tally:regulations.规章@本年制发件数[] 这样的形式（tally:数据块.行@列[]），"
                + "Tally 会把它与表格核对，页面上显示表格中的数字。\n"),
                text);

        Files.writeString(target, "kept", StandardCharsets.UTF_8);
        mojo.locale = "en";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("never overwrites"), e.getMessage());
        mojo.locale = "zh";
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().endsWith("已存在；tally:init 从不覆盖文件（可用 -Dtally.output=... 另选文件）"), e.getMessage());
        assertEquals("kept", Files.readString(target, StandardCharsets.UTF_8));
    }

    /**
     * Trial AI, 4: from a previous report that lacks the tables the template carries from, each line says that the
     * table is missing, and the summary does not claim to carry anything over.
     */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2021")
    @MojoParameter(name = "year", value = "2024")
    void fromAReportWithoutTheTablesItSaysTheTableIsMissing(InitMojo mojo) throws Exception {
        fromPrevious(mojo, "2023", "= 某镇2023年政府信息公开工作年度报告\n", "2024");
        mojo.execute();
        org.mockito.Mockito.verify(log).warn("Tally: could not carry applications.结转下年度 over from "
                + "src/reports/2023/a.adoc: that report has no table applications at all; the new report has 0 there");
        org.mockito.Mockito.verify(log, org.mockito.Mockito.never()).info(
                org.mockito.ArgumentMatchers.contains("carrying over from"));
    }

    /**
     * A project of the test's own: last period's report {@code <period>/a.adoc} (its {@code head}, the national
     * template, one section) as the previous report, the new one to be written to {@code <next>/a.adoc}.
     */
    private void fromPrevious(InitMojo mojo, String period, String head, String next) throws Exception {
        Path reports = java.nio.file.Files.createDirectories(out.resolve("p/src/reports/" + period));
        java.nio.file.Files.writeString(reports.resolve("a.adoc"), head
                + ":tally-template: gov-info-disclosure-2021\n\n== 一、总体情况\n");
        MojoExtension.setVariableValueToObject(mojo, "basedir", out.resolve("p").toFile());
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", out.resolve("p/src/reports").toFile());
        mojo.previous = reports.resolve("a.adoc").toFile();
        mojo.output = out.resolve("p/src/reports/" + next + "/a.adoc").toFile();
    }

    /**
     * Trial AL, 2: a previous report whose title does not hold its period as written (Q3 2024 under 2024-Q3) gives
     * the new report the template's model title: said, not left to be found.
     */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2021")
    @MojoParameter(name = "year", value = "2024-Q4")
    void aPreviousTitleWithoutItsPeriodAsWrittenIsSaid(InitMojo mojo) throws Exception {
        fromPrevious(mojo, "2024-Q3", "= 某镇 Q3 2024 报告\n:tally-year: 2024-Q3\n", "2024-Q4");
        mojo.locale = "en";
        mojo.execute();
        org.mockito.Mockito.verify(log).warn("Tally: the title of src/reports/2024-Q3/a.adoc does not hold its period "
                + "2024-Q3 as written, so the new report has its template's model title: write its title in");
        assertTrue(Files.readString(out.resolve("p/src/reports/2024-Q4/a.adoc"), StandardCharsets.UTF_8)
                .startsWith("= （机关名称）2024-Q4年政府信息公开工作年度报告\n"));
    }

    /** Trial AL, 6: a broken template file is named as the parameter names it, not by its path from the new report. */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "src/templates/t.yaml")
    @MojoParameter(name = "year", value = "2025")
    void aBrokenTemplateFileIsNamedAsTheParameterNamesIt(InitMojo mojo) throws Exception {
        java.nio.file.Files.createDirectories(out.resolve("p/src/templates"));
        java.nio.file.Files.writeString(out.resolve("p/src/templates/t.yaml"), "name: t\ntables: [\n");
        MojoExtension.setVariableValueToObject(mojo, "basedir", out.resolve("p").toFile());
        MojoExtension.setVariableValueToObject(mojo, "reportsDirectory", out.resolve("p/src/reports").toFile());
        mojo.locale = "en";
        assertThrows(MojoFailureException.class, mojo::execute);
        org.mockito.Mockito.verify(log).error(org.mockito.ArgumentMatchers.startsWith(
                "Tally: tally.template: template src/templates/t.yaml has errors"));
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "no-such-template")
    @MojoParameter(name = "year", value = "2025")
    void anUnknownTemplateIsAClearFailure(InitMojo mojo) {
        mojo.output = out.resolve("x.adoc").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no-such-template"), e.getMessage());
        // trial P, 12: the name came from the parameter, not from a line of pom.xml
        org.mockito.Mockito.verify(log).error(org.mockito.ArgumentMatchers.startsWith(
                "Tally: tally.template: unknown template no-such-template (built-in templates: "));
        org.mockito.Mockito.verify(log, org.mockito.Mockito.never()).error(
                org.mockito.ArgumentMatchers.startsWith("pom.xml"));
    }

    /**
     * Trial AT, 18: without -Dtally.template, init fails with Tally's words in the build's language, not Maven's
     * English "parameters 'template' are missing": it names the built-in templates and the command to run, with what
     * was given kept in it; nothing is written.
     */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "year", value = "2025")
    @MojoParameter(name = "previous", value = "src/reports/2024/qingshan.adoc")
    void withoutATemplateItSaysWhichToNameAndHow(InitMojo mojo) {
        mojo.output = out.resolve("x.adoc").toFile();
        String command = "./mvnw tally:init -Dtally.template=gov-info-disclosure-2021 -Dtally.year=2025 "
                + "-Dtally.previous=src/reports/2024/qingshan.adoc";
        mojo.locale = "zh";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally：请用 -Dtally.template 指定新报告的模板：政府信息公开工作年度报告（2021 年起的格式）用 "
                + "gov-info-disclosure-2021，2019、2020 年度的报告用 gov-info-disclosure-2019，自定模板则写其文件路径。"
                + "例如：" + command, e.getMessage());
        mojo.locale = "en";
        String english = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
        assertTrue(english.startsWith("Tally: name the new report's template with -Dtally.template: ")
                && english.endsWith("For example: " + command), english);
        for (String builtIn : dev.tally.template.Templates.BUILT_IN) {
            assertTrue(e.getMessage().contains(builtIn) && english.contains(builtIn), builtIn);
        }
        assertFalse(Files.exists(out.resolve("x.adoc")));
    }

    /** Trial AT, 18: without -Dtally.year likewise, the example naming last year, the year a report is written for. */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2019")
    void withoutAPeriodItSaysHowToNameIt(InitMojo mojo) {
        mojo.locale = "zh";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Tally：请用 -Dtally.year 指定新报告的年度（如 2025）。例如：./mvnw tally:init "
                + "-Dtally.template=gov-info-disclosure-2019 -Dtally.year=" + (java.time.Year.now().getValue() - 1),
                e.getMessage());
    }

    /** Trial G, 5: a quarter's label is a period; a path is not. */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2021")
    @MojoParameter(name = "year", value = "2025-Q1")
    void aQuarterIsAPeriodAndAPathIsNot(InitMojo mojo) throws Exception {
        mojo.reportsDirectory = out.toFile();
        mojo.execute();
        String text = Files.readString(out.resolve("2025-Q1/report.adoc"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n:tally-year: 2025-Q1\n"), text);
        org.mockito.Mockito.verify(log, org.mockito.Mockito.never()).warn(org.mockito.ArgumentMatchers.<CharSequence>argThat(
                m -> m.toString().contains("outside the reports directory") || m.toString().contains("不在报告目录")));
        mojo.year = "../../etc";
        mojo.locale = "en";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("tally.year ../../etc is not a period"), e.getMessage());
        // 2025年 would give the title 2025年年 (trial AE, 8)
        mojo.year = "2025年";
        e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("tally.year 2025年: write the year alone, 2025"), e.getMessage());
    }

    /** Trial G, 6: a template that carries the opening figure alone gives a report that fails until filled in. */
    @Test
    @Basedir("/unit/init-carry")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "src/templates/stock.yaml")
    @MojoParameter(name = "year", value = "2024-Q4")
    @MojoParameter(name = "previous", value = "src/reports/2024/q3.adoc")
    @MojoParameter(name = "locale", value = "en")
    void aReportThatDoesNotBalanceAsWrittenIsSaid(InitMojo mojo) throws Exception {
        // the previous report says it is 2024-Q3: its name moves on to q4 (trial AD, 4)
        String text = writtenBy(mojo, "src/reports/2024-Q4/q4.adoc");
        assertTrue(text.contains("  cases: [3, 0, 0, 0]\n"), text);
        verify(log).warn("the new report does not pass tally:check as written (1 error): the template carries"
                + " figures that its checks do not balance until the rest are filled in");
        verify(log).warn(org.mockito.ArgumentMatchers.contains(
                "src/reports/2024-Q4/q4.adoc:13: check failed in stock, row cases: opening + received = closed + closing: 3 != 0"));
    }

    /**
     * Trial AN, 5: a template that carries figures over whole, so that its checks balance, and has a rate that divides
     * by a figure still 0: the warning blames no carry.
     */
    @Test
    @Basedir("/unit/init-rate")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "src/templates/ontime-staff.yaml")
    @MojoParameter(name = "year", value = "2026-Q2")
    @MojoParameter(name = "previous", value = "src/reports/2026-Q1/ontime-staff.adoc")
    @MojoParameter(name = "locale", value = "en")
    void aBalancedCarryIsNotBlamedForADivisionByZero(InitMojo mojo) throws Exception {
        String text = writtenBy(mojo, "src/reports/2026-Q2/ontime-staff.adoc");
        assertTrue(text.contains("start: 12\nend: 12\n"), text);
        verify(log).warn("the new report does not pass tally:check as written (2 errors) until its figures are"
                + " filled in; the first:");
        verify(log, org.mockito.Mockito.never()).warn(org.mockito.ArgumentMatchers.contains("the template carries"));
    }

    /** Runs the mojo and gives the report it wrote into the test's project, which it then removes again. */
    private static String writtenBy(InitMojo mojo, String relative) throws Exception {
        Path written = Path.of(MojoExtension.getBasedir(), relative);
        Files.deleteIfExists(written);
        try {
            mojo.execute();
            return Files.readString(written, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(written);
            Files.deleteIfExists(written.getParent());
        }
    }

    /**
     * Trial U, 2: a template that carries nothing, whose rate divides by a figure still 0: the warning counts every
     * error the build will find (division by zero too), blames no carry, and the new report is said to be linked
     * to its previous one, not to carry anything over from it.
     */
    @Test
    @Basedir("/unit/init-rate")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "src/templates/ontime.yaml")
    @MojoParameter(name = "year", value = "2026-Q2")
    @MojoParameter(name = "previous", value = "src/reports/2026-Q1/ontime.adoc")
    @MojoParameter(name = "locale", value = "en")
    void aReportThatFailsForAnotherReasonThanACarryIsSaidWithEveryError(InitMojo mojo) throws Exception {
        writtenBy(mojo, "src/reports/2026-Q2/ontime.adoc");
        verify(log).info("Tally: wrote src/reports/2026-Q2/ontime.adoc from template src/templates/ontime.yaml,"
                + " linked to src/reports/2026-Q1/ontime.adoc as its previous report");
        verify(log).warn("the new report does not pass tally:check as written (2 errors) until its figures are"
                + " filled in; the first:");
        verify(log, org.mockito.Mockito.times(2)).warn(org.mockito.ArgumentMatchers.contains("division by zero"));
        // trial X, 7: run from a reactor's root (-pl), the new report is named from there, as the check names it;
        // the template as it was given (-Dtally.template, from the module)
        MojoExtension.setVariableValueToObject(mojo, "executionRoot", new java.io.File(MojoExtension.getBasedir())
                .getParentFile());
        writtenBy(mojo, "src/reports/2026-Q2/ontime.adoc");
        verify(log).info("Tally: wrote init-rate/src/reports/2026-Q2/ontime.adoc from template"
                + " src/templates/ontime.yaml, linked to init-rate/src/reports/2026-Q1/ontime.adoc as its"
                + " previous report");
    }

    /** Trial H, 7: a previous report that tally:check would refuse is refused here too, before anything is written. */
    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    @MojoParameter(name = "template", value = "gov-info-disclosure-2021")
    @MojoParameter(name = "year", value = "2025")
    @MojoParameter(name = "locale", value = "en")
    void aPreviousReportOutsideTheReportsDirectoryIsRefused(InitMojo mojo) throws Exception {
        Path outside = Files.writeString(out.resolve("elsewhere.adoc"), "= Elsewhere\n", StandardCharsets.UTF_8);
        mojo.previous = outside.toFile();
        mojo.output = out.resolve("new.adoc").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("is outside the reports directory"), e.getMessage());
        assertFalse(Files.exists(out.resolve("new.adoc")));
    }
}
