package dev.tally.render;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.read.ReportReader;
import dev.tally.run.Fixture;
import dev.tally.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Asciidoctor says while rendering a page reaches the user once, at the report's file. */
class AsciidocRendererTest {

    @TempDir
    Path project;

    private AsciidocRenderer.Page render(Path file) {
        Path reports = Fixture.reports(project);
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(file);
        return AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of());
    }

    /** The problems of the project's one report, checked with the integrity pass allowing *.gov.cn only. */
    private List<Diagnostic> checkedOnGovCn() throws java.io.IOException {
        dev.tally.run.RunResult run = new dev.tally.run.Tally(Fixture.reports(project), new Templates(project),
                dev.tally.integrity.IntegrityConfig.fromProperties(java.util.Map.of("tally.allowedDomains", "*.gov.cn")))
                .check();
        return run.reports().get(0).diagnostics();
    }

    /** The page with the numbers its failing checks name marked, as the site shows it. */
    private String renderMarked(Path file) {
        Path reports = Fixture.reports(project);
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(file);
        var failed = dev.tally.run.Tally.failedCells(reading.report(), null, null);
        return AsciidocRenderer.shared().render(reports, reading.report(), null, "r", failed).html();
    }

    /**
     * Trial AB, 6: a link the integrity pass rejects (a domain not allowed) is published as its text, marked, not as
     * a link; a link to an allowed domain stays a link; a phrase the data contradicts is marked where the text says
     * it (not inside a tag's attribute); the tooltips carry the problem.
     */
    @Test
    void aRejectedLinkIsNoLinkAndAContradictedPhraseIsMarked() throws Exception {
        Path report = Fixture.report(project, "r.adoc", "= R\n\n详见 https://www.example.com/x[外部网站] 与 "
                + "https://www.zj.gov.cn/y[门户]。\n\nhttps://WWW.example.com.[again]\n\n"
                + "[data#v]\n----\n新收: 4\n----\n");
        Path reports = Fixture.reports(project);
        List<Diagnostic> problems = new java.util.ArrayList<>(checkedOnGovCn());
        assertTrue(problems.stream().anyMatch(d -> d.code().equals("integrity.link")), problems::toString);
        // a claim as the template's claim rule reports it: the phrase first
        problems.add(new Diagnostic(dev.tally.diagnostic.Severity.WARNING, Location.of(report), "integrity.claim",
                List.of("外部网站", "v.新收 = 0", "4", "!=", "0", "")));
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(report);
        String html = AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of(),
                java.util.Locale.ENGLISH, problems).html();
        assertFalse(html.contains("href=\"https://www.example.com"), html);
        assertFalse(html.contains("href=\"https://WWW.example.com"), html);
        assertTrue(html.contains("<a href=\"https://www.zj.gov.cn/y\">门户</a>"), html);
        assertTrue(html.matches("(?s).*<span class=\"tally-flagged tally-flagged-link tally-failed\" title=\"link to "
                + "www\\.example\\.com, a domain that is not allowed[^\"]*\"><span class=\"tally-flagged "
                + "tally-flagged-text tally-warned\" title=\"the text says “外部网站”[^\"]*\">外部网站</span></span>.*"), html);
        assertTrue(html.contains(">again</span>"), html);
        // without problems, the page is as Asciidoctor wrote it
        String plain = AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of()).html();
        assertTrue(plain.contains("<a href=\"https://www.example.com/x\">外部网站</a>"), plain);
    }

    /**
     * Trial V, 1: with data-uri, Asciidoctor read an image into the page, from outside the jail too
     * ({@code :imagesdir: /}): it is locked off, so an image is only linked to, whatever the report sets.
     */
    @Test
    void dataUriIsLockedOffSoNoImageIsReadIntoThePage() {
        Fixture.write(project.resolve("src/reports/logo.png"), "secret");
        Path report = Fixture.report(project, "r.adoc", "= R\n:data-uri:\n:imagesdir: /\n\n"
                + "image::../../../../../../../etc/hostname[]\n\nimage::logo.png[]\n\nimage:logo.png[] inline\n");
        String html = render(report).html();
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("base64"), html);
    }

    /**
     * Trial AD, 6: a figure on a block the report's template requires and the report lacks is "not checked" on the
     * page, as the check says, not "unknown name"; a block the template does not have stays unknown.
     */
    @Test
    void aFigureOnABlockTheTemplateRequiresAndTheReportLacksIsNotChecked() throws Exception {
        Path report = Fixture.report(project, "r.adoc", "= 某镇2024年政府信息公开工作年度报告\n"
                + ":tally-template: gov-info-disclosure-2021\n\n收到申请tally:applications.新收@总计[5]件，tally:nosuch.x[1]。\n");
        Path reports = Fixture.reports(project);
        dev.tally.run.RunResult run = new dev.tally.run.Tally(reports, new Templates(project)).check();
        List<Diagnostic> problems = run.reports().get(0).diagnostics();
        assertTrue(problems.stream().anyMatch(d -> d.code().equals("template.missing-table")), problems::toString);
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(report);
        String html = AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of(),
                java.util.Locale.ENGLISH, problems).html();
        assertTrue(html.contains("title=\"applications.新收&#64;总计 — Not checked&#58; the report lacks this block, which "
                + "its template requires; see the checks\">5</span>"), html);
        assertTrue(html.contains("title=\"nosuch.x — Unknown name&#58; the data has nothing by this name, see the "
                + "checks\">1</span>"), html);
    }

    /** Trial V, 10: the text of a figure that names nothing arrives escaped, and is escaped once more, not twice. */
    @Test
    void theTextOfAnUnresolvedFigureIsEscapedOnce() {
        Path report = Fixture.report(project, "r.adoc", "= R\n\n[data#v]\n----\na: 1\n----\n\nA tally:v.x[<b>&</b>].\n");
        String html = render(report).html();
        assertTrue(html.contains("&lt;b&gt;&amp;&lt;/b&gt;</span>"), html);
        assertFalse(html.contains("&amp;lt;"), html);
    }

    /**
     * Trial AB, 10: a figure whose name names nothing (no such key, block, row or column) says so in its tooltip,
     * as the check does, in the page's language; a whole row, which is there but is no single number, keeps "not
     * checked".
     */
    @Test
    void aFigureOfAnUnknownNameSaysItIsUnknownAndAWholeRowThatItIsNotChecked() {
        String data = "\n\n[data#v]\n----\ntotal: 10\n----\n\n[data#t]\n----\ncolumns: [a, b]\nrows:\n  r: [1, 2]\n----\n";
        Path english = Fixture.report(project, "en.adoc", "= R\n\nSeen tally:v.nosuch[] and tally:nosuch.x[3], "
                + "tally:t.q@a[] and tally:t.r@c[], row tally:t.r[3]." + data);
        String html = render(english).html();
        for (String path : List.of("v.nosuch", "nosuch.x", "t.q@a", "t.r@c")) {
            assertTrue(html.contains("title=\"" + path.replace("@", "&#64;")
                    + " — Unknown name&#58; the data has nothing by this name, see the checks\""), path + ": " + html);
        }
        assertTrue(html.contains("title=\"t.r — Not checked&#58; the data has no single number for this, see the "
                + "checks\">3</span>"), html);
        Path badName = Fixture.report(project, "bad.adoc", "= R\n\nSeen tally:v.total＋1[11] and tally:v..total[]." + data);
        html = render(badName).html();
        assertTrue(html.contains("title=\"v.total＋1 — Not a name the checks can read&#58; see the checks\">11</span>"),
                html);
        assertTrue(html.contains("title=\"v..total — Not a name the checks can read&#58; see the checks\">?</span>"), html);
        Path chinese = Fixture.report(project, "zh.adoc", "= 报告\n\n网站tally:v.nosuch[]条，行tally:t.r[3]。" + data);
        html = render(chinese).html();
        assertTrue(html.contains("title=\"v.nosuch — 未知名称：数据中没有这个名称，见检查结果\">?</span>"), html);
        assertTrue(html.contains("title=\"t.r — 未核对：数据中没有与此对应的单个数值，见检查结果\">3</span>"), html);
        html = render(Fixture.report(project, "zh2.adoc", "= 报告\n\n网站tally:v..total[]条。" + data)).html();
        assertTrue(html.contains("title=\"v..total — 名称写法有误，无法读取，见检查结果\">?</span>"), html);
    }

    /** Trial AG, 5: a {@code previous.} figure in a report that names no previous report says so in its tooltip. */
    @Test
    void aPreviousFigureWithoutAPreviousReportSaysSo() {
        String data = "\n\n[data#v]\n----\ntotal: 10\n----\n";
        String html = render(Fixture.report(project, "first.adoc", "= R\n\nLast year tally:previous.v.total[7]." + data))
                .html();
        assertTrue(html.contains("title=\"previous.v.total — Not checked&#58; the report names no previous report "
                + "&#40;&#58;tally-previous&#58;&#41;\">7</span>"), html);
        html = render(Fixture.report(project, "gone.adoc", "= R\n:tally-previous: nosuch.adoc\n\n上年tally:previous.v.total[7]条。"
                + data)).html();
        assertTrue(html.contains("— Not checked&#58; the previous report could not be read; see the checks\">7</span>"),
                html);
    }

    /**
     * Trial W, 6: a data table's title is formatted as any block title: attribute references replaced, *bold* in
     * bold, markup in it escaped; and title="..." is a title too.
     */
    @Test
    void aDataTablesTitleIsFormattedAsAnyBlockTitle() {
        Path report = Fixture.report(project, "r.adoc", """
                = R
                :company: Acme & Co
                :q: Q3

                .{company} parcels in {q}, *by* region <x>
                [data#parcels]
                ----
                columns: [n]
                rows:
                  north: [1]
                ----

                [data#costs,title="Costs in {q}"]
                ----
                columns: [n]
                rows:
                  north: [2]
                ----
                """);
        String html = render(report).html();
        assertTrue(html.contains("<caption>Acme &amp; Co parcels in Q3, <strong>by</strong> region &lt;x&gt;</caption>"),
                html);
        assertTrue(html.contains("<caption>Costs in Q3</caption>"), html);
        assertTrue(html.contains("data-title=\"Acme &amp; Co parcels in Q3, by region &lt;x&gt;\"")
                || !html.contains("data-title"), html);
    }

    /**
     * Trial Y, 11: a figure in a data table's caption is shown as the text's figures are: a figure element, marked
     * where the data says otherwise, so that the page does not hide what the build reports; an xref to the table
     * reads as the caption's plain text.
     */
    @Test
    void aFigureInACaptionIsMarkedAsInTheText() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                See <<t>>.

                .申请情况（合计tally:t.total@n[99]件，其中tally:t.north@n[1]件）
                [data#t]
                ----
                columns: [n]
                rows:
                  north: [1]
                  total: [1]
                ----
                """);
        String html = render(report).html();
        java.util.regex.Matcher caption = java.util.regex.Pattern.compile("<caption>(.*?)</caption>").matcher(html);
        assertTrue(caption.find(), html);
        assertTrue(caption.group(1).matches("申请情况（合计<span class=\"tally-figure tally-mismatch\"[^>]*>1</span>件，"
                + "其中<span class=\"tally-figure\"[^>]*>1</span>件）"), caption.group(1));
        assertTrue(html.contains(">申请情况（合计1件，其中1件）</a>"), html);
    }

    /**
     * Trial W, 7: Asciidoctor knows a data table by its id and title: an xref to it reads as its title, and
     * another element with the same id is warned of, at the report.
     */
    @Test
    void anXrefToADataTableReadsAsItsTitle() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                See <<parcels>>.

                .Parcels by region
                [data#parcels]
                ----
                columns: [n]
                rows:
                  north: [1]
                ----

                [[parcels]]
                == Again
                """);
        AsciidocRenderer.Page page = render(report);
        assertTrue(page.html().contains("<a href=\"#tally-parcels\">Parcels by region</a>"), page.html());
        assertTrue(page.diagnostics().list().stream().anyMatch(d -> d.message().contains("parcels")),
                () -> page.diagnostics().list().toString());
    }

    /** Trial E, F13: Asciidoctor put this at "<stdin>:1", the one-line document that includes the report. */
    @Test
    void aWarningAtTheEndOfThePageIsAtTheReportNotAtStdin() {
        Fixture.report(project, "_rates.adoc", "[data#rates]\n----\nvat: 19\nfx: 1.085\n----\n");
        Path report = Fixture.report(project, "r.adoc",
                "= R\n\ninclude::_rates.adoc[lines=1..3]\n\n[checks]\n----\n- rates.fx > 1\n----\n");
        List<Diagnostic> said = render(report).diagnostics().list();
        assertTrue(!said.isEmpty(), "Asciidoctor warns of the unterminated listing");
        for (Diagnostic d : said) {
            assertTrue(!d.location().file().toString().contains("<stdin>"), d::toString);
            assertTrue(d.location().file().startsWith(Fixture.reports(project).toAbsolutePath().normalize()),
                    d::toString);
        }
    }

    /**
     * Trial L, 1: a partial that is a link to a file outside the reports directory is refused by the check, and
     * its text stays out of the page too; a partial inside, and a link inside, are included as ever.
     */
    @Test
    void aLinkToAFileOutsideTheReportsDirectoryIsNotIncludedInThePage(@TempDir Path elsewhere) throws Exception {
        java.nio.file.Files.writeString(elsewhere.resolve("secret.txt"), "SECRET-OUTSIDE\n");
        Fixture.report(project, "_inside.adoc", "INSIDE-TEXT\n");
        Path reports = Fixture.reports(project);
        try {
            java.nio.file.Files.createSymbolicLink(reports.resolve("_notes.adoc"), elsewhere.resolve("secret.txt"));
            java.nio.file.Files.createSymbolicLink(reports.resolve("_alias.adoc"), reports.resolve("_inside.adoc"));
            java.nio.file.Files.createSymbolicLink(reports.resolve("out"), elsewhere);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Path report = Fixture.report(project, "r.adoc",
                "= R\n\ninclude::_notes.adoc[]\n\ninclude::out/secret.txt[]\n\ninclude::_inside.adoc[]\n\n"
                        + "include::_alias.adoc[]\n");
        String html = render(report).html();
        assertTrue(!html.contains("SECRET-OUTSIDE"), html);
        assertEquals(2, html.split("INSIDE-TEXT", -1).length - 1, html);
    }

    /**
     * Trial AB, 9: an include whose path leads out of the reports directory ({@code ../} too many, an absolute
     * path, even one into the directory) is left out of the page without a word: no "Unresolved directive" on the
     * page, no "include file not found" for a file that exists outside; the check has said why. An include that
     * goes up a folder and stays inside keeps its {@code tag=} and {@code lines=}.
     */
    @Test
    void anIncludeLeadingOutOfTheReportsDirectoryIsLeftOutQuietlyAndOneInsideKeepsItsTags() {
        Fixture.write(project.resolve("src/outside.adoc"), "SECRET-OUTSIDE\n");
        Path part = Fixture.report(project, "_part.adoc",
                "// tag::a[]\nPART-A\n// end::a[]\n// tag::b[]\nPART-B\n// end::b[]\nLINE-SEVEN\n");
        Path report = Fixture.report(project, "2024/r.adoc", "= R\n\ninclude::../../outside.adoc[]\n\n"
                + "include::/etc/hostname[]\n\ninclude::" + part.toAbsolutePath() + "[]\n\n"
                + "include::../_part.adoc[tag=a]\n\ninclude::../_part.adoc[lines=7]\n\nFine text.\n");
        AsciidocRenderer.Page page = render(report);
        String html = page.html();
        assertFalse(html.contains("SECRET-OUTSIDE"), html);
        assertFalse(html.contains("Unresolved directive"), html);
        assertEquals(1, html.split("PART-A", -1).length - 1, html);
        assertFalse(html.contains("PART-B"), html);
        assertEquals(1, html.split("LINE-SEVEN", -1).length - 1, html);
        assertTrue(html.contains("Fine text."), html);
        assertEquals(List.of(), page.diagnostics().list(), () -> page.diagnostics().list().toString());
    }

    /** A report that includes itself: Asciidoctor repeats its warning at every level; the user reads it once. */
    /**
     * Trial J, 6: section ids take Asciidoctor's own prefix, as AsciiDoc authors write them in xrefs
     * ({@code <<_staffing>>}), so a section and the table named after it do not share an id.
     */
    @Test
    void sectionIdsKeepAsciidoctorsPrefixSoATableNamedAfterItsSectionKeepsItsId() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                == Staffing

                See <<staffing>> and <<_staffing>>, and <<meta>>.

                [data#meta]
                ----
                beds: 10
                ----

                [data#staffing]
                ----
                columns: [n]
                rows:
                  doctors: [3]
                ----
                """);
        String html = render(report).html();
        assertTrue(html.contains("<h2 id=\"_staffing\">"), html);
        assertTrue(html.contains("<div id=\"tally-meta\" class=\"tally-values\"></div>")
                && html.contains("href=\"#tally-meta\""), "trial J, 8: an xref to a values block lands where it stands: " + html);
        assertEquals(1, html.split("id=\"tally-staffing\"", -1).length - 1, html);
        assertTrue(html.contains("href=\"#tally-staffing\"") && html.contains("href=\"#_staffing\""), html);
    }

    /**
     * Trial AB, 5: a table's HTML id is its block's with {@code tally-} in front, so that no element of the skin
     * ({@code <div id="banner">} in fluido) takes its place; links to it in the report ({@code <<banner>>},
     * {@code xref:banner[]}, {@code link:#banner[]}) go to the table, and links to the report's other ids, to other
     * pages and to an id of no block are left as written.
     */
    @Test
    void aTablesHtmlIdCannotBeTheSkinsAndTheReportsLinksStillReachIt() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                See <<banner>>, xref:banner[the table], link:#banner[here], <<notes>>, <<other.adoc#banner>>,
                <<footer>> and <<申请>>.

                [[notes]]
                Notes.

                .Banner
                [data#banner]
                ----
                columns: [n]
                rows:
                  north: [1]
                ----

                [data#申请]
                ----
                columns: [n]
                rows:
                  north: [2]
                ----
                """);
        String html = render(report).html();
        assertTrue(html.contains("<table class=\"tally-table table table-bordered\" id=\"tally-banner\""), html);
        assertTrue(html.contains("<table class=\"tally-table table table-bordered\" id=\"tally-申请\""), html);
        assertTrue(!html.contains("id=\"banner\"") && !html.contains("href=\"#banner\""), html);
        assertTrue(html.contains("<a href=\"#tally-banner\">Banner</a>") && html.contains("<a href=\"#tally-banner\">the table</a>")
                && html.contains("<a href=\"#tally-banner\">here</a>") && html.contains("href=\"#tally-申请\""), html);
        assertTrue(html.contains("<div id=\"notes\" class=\"paragraph\">") && html.contains("href=\"#notes\""), html);
        assertTrue(html.contains("href=\"other.html#banner\"") && html.contains("href=\"#footer\""), html);
    }

    /**
     * Trial Q, 1: a figure whose path reads like an e-mail address ({@code t.Total@All.Total}) stays one span:
     * Asciidoctor's link pass, which runs over the figure's HTML, finds no address or link in its tooltip.
     */
    @Test
    void aFigureWhosePathLooksLikeAnAddressStaysOneSpan() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                [data#t]
                ----
                columns: [Q1, {All: [Female, Total]}]
                rows:
                  Total: [1, 2, 3]
                ----

                A: tally:t.Total@All.Total[9]. C: tally:t.Total@All.Total[3]. D: tally:t.Total@All.Female[].
                """);
        String html = render(report).html();
        assertTrue(html.contains("A: <span class=\"tally-figure tally-mismatch\" title=\"t.Total&#64;All.Total ≠ 9\">3</span>."),
                html);
        assertTrue(html.contains("C: <span class=\"tally-figure\" title=\"t.Total&#64;All.Total\">3</span>."), html);
        assertTrue(html.contains("D: <span class=\"tally-figure\" title=\"t.Total&#64;All.Female\">2</span>."), html);
        assertFalse(html.contains("mailto"), html);
    }

    /**
     * Trial AQ, 4: a link whose host a browser takes otherwise than it reads (a user part, one slash, backslashes,
     * scheme-relative) is found by the check and published as no link.
     */
    @Test
    void aLinkDisguisedAsAnAllowedOneIsNoLink() throws Exception {
        Path report = Fixture.report(project, "r.adoc", "= R\n\n请访问 https://www.gov.cn@evil.example.com[一]。\n\n"
                + "请访问 link://evil.example.com/a[二]。\n\n请访问 link:https:/evil.example.com/b[三]。\n\n"
                + "请访问 https://www.zj.gov.cn/x[好的]。\n");
        Path reports = Fixture.reports(project);
        List<Diagnostic> problems = checkedOnGovCn();
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(report);
        String html = AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of(),
                java.util.Locale.ENGLISH, problems).html();
        assertFalse(html.contains("evil.example.com\""), html);
        assertFalse(html.matches("(?s).*href=\"[^\"]*evil.*"), html);
        assertTrue(html.contains("href=\"https://www.zj.gov.cn/x\""), html);
    }

    /**
     * Trial AP, 5: an include that the check finds going round (a file including itself, A → B → A) is left out of
     * the page, as the check reads the file: once, not 64 times over.
     */
    @Test
    void anIncludeGoingRoundIsLeftOutOfThePage() {
        Path report = Fixture.report(project, "r.adoc", "= Include self\n\nOnce only.\n\ninclude::r.adoc[]\n\n"
                + "include::_a.adoc[]\n");
        Fixture.report(project, "_a.adoc", "From a.\n\ninclude::_b.adoc[]\n");
        Fixture.report(project, "_b.adoc", "From b.\n\ninclude::_a.adoc[]\n");
        Path reports = Fixture.reports(project);
        dev.tally.run.RunResult run = dev.tally.run.Fixture.run(project);
        List<Diagnostic> problems = run.reports().stream().filter(r -> r.file().equals(report)).findFirst()
                .orElseThrow().diagnostics();
        assertTrue(problems.stream().anyMatch(d -> d.code().equals("include.recursive")), problems::toString);
        assertTrue(problems.stream().anyMatch(d -> d.code().equals("include.circle")), problems::toString);
        ReportReader.Reading reading = new ReportReader(reports, new Templates(project)).read(report);
        String html = AsciidocRenderer.shared().render(reports, reading.report(), null, "r", List.of(),
                java.util.Locale.ENGLISH, problems).html();
        assertEquals(1, html.split("Once only\\.", -1).length - 1, html);
        assertEquals(1, html.split("From a\\.", -1).length - 1, html);
        assertEquals(1, html.split("From b\\.", -1).length - 1, html);
    }

    /** Trial AQ, 7: an include of a file: address is left out of the page, not published as a link to the file. */
    @Test
    void anIncludeOfAFileAddressIsLeftOut() {
        Path report = Fixture.report(project, "r.adoc", "= R\n\nBefore.\n\ninclude::file:///etc/hostname[]\n\nAfter.\n");
        String html = render(report).html();
        assertFalse(html.contains("file:"), html);
        assertTrue(html.contains("Before.") && html.contains("After."), html);
    }

    /**
     * Trial AR, 10: a section's heading keeps its id, for links to it, but has no empty anchor link before it, which
     * a keyboard would stop on and a screen reader announce without a name.
     */
    @Test
    void aSectionHeadingHasNoEmptyLink() {
        Path report = Fixture.report(project, "r.adoc", "= R\n\n== 一、总体情况\n\n正文。\n");
        String html = render(report).html();
        assertTrue(html.contains("<h2 id=\"_一总体情况\">一、总体情况</h2>"), html);
        assertFalse(html.contains("class=\"anchor\""), html);
    }

    /** Trial AM, 7: a figure on the row of a table of one column shows its cell, as the check reads it. */
    @Test
    void aFigureOnARowOfAOneColumnTableShowsItsCell() {
        Path report = Fixture.report(project, "r.adoc", "= R\n\n[data#c]\n----\ncolumns: [条数]\nrows:\n  规范性文件: [445]\n"
                + "----\n\n共 tally:c.规范性文件[] 件。\n");
        String html = render(report).html();
        assertTrue(html.contains("共 <span class=\"tally-figure\" title=\"c.规范性文件\">445</span> 件。"), html);
    }

    /** Trial Q, 7: a figure the data bears out is shown as the text prints it; one it does not, as the data. */
    @Test
    void aFigureIsShownAsPrintedWhereTheDataBearsItOut() {
        assertEquals("1,234,567.5", FigureMacro.groupedAs("1,234,000", "1234567.5"));
        assertEquals("21 000", FigureMacro.groupedAs("21 100", "21000"));
        assertEquals("-1，200", FigureMacro.groupedAs("−1，300", "-1200"));
        assertEquals("999", FigureMacro.groupedAs("1,000", "999"));
        assertEquals("21000", FigureMacro.groupedAs("21100", "21000"));
        assertEquals("1/3…", FigureMacro.groupedAs("1,000", "1/3…"));
        Path report = Fixture.report(project, "r.adoc", """
                = R

                [data#v]
                ----
                n: 12480
                p: 312.5
                ----

                A tally:v.n[12,480], B tally:v.p[312.50], C tally:v.n[12,481], D tally:v.n[].
                """);
        String html = render(report).html();
        assertTrue(html.contains("A <span class=\"tally-figure\" title=\"v.n\">12,480</span>"), html);
        assertTrue(html.contains("B <span class=\"tally-figure\" title=\"v.p\">312.50</span>"), html);
        // the data's number where the text is wrong, grouped as the text groups it (trial AD, 9)
        assertTrue(html.contains("C <span class=\"tally-figure tally-mismatch\" title=\"v.n ≠ 12,481\">12,480</span>"), html);
        assertTrue(html.contains("D <span class=\"tally-figure\" title=\"v.n\">12480</span>"), html);
    }

    /**
     * Trial U, 3: a number of a values block that a failing check names is marked where the text shows it (no
     * table shows it), with the check in its tooltip; a passing one and one of the previous period are not.
     */
    @Test
    void aFigureOfANumberAFailingCheckNamesIsMarked() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                [data#kpi]
                ----
                share: 45.0
                n: 4
                m: 3
                ----

                Road carried tally:kpi.share[45.0]% of tally:kpi.m[3] modes.

                [checks]
                ----
                - kpi.share = round(kpi.n * 10, 1)
                - check: kpi.m < 3
                  severity: warning
                ----
                """);
        String html = renderMarked(report);
        assertTrue(html.contains("carried <span class=\"tally-figure tally-failed\" title=\"kpi.share — kpi.share = "
                + "round&#40;kpi.n * 10, 1&#41;&#58; 45.0 != 40.0\">45.0</span>%"), html);
        assertTrue(html.contains("of <span class=\"tally-figure tally-warned\" title=\"kpi.m — kpi.m &lt; 3&#58; 3 = 3\">"
                + "3</span> modes"), html);
    }

    /**
     * Trial AB, 7: a failing check over a group of values ({@code sum(p.by_kind)}) names each number of the group,
     * as a check over a column group names each of its cells: the text's figures of the group's members are marked
     * as the total's is, the group's own figure too; a member that a second failing check names has both in its
     * tooltip, one a line, and is marked by the worse; numbers outside the group are not marked.
     */
    @Test
    void theFiguresOfAGroupThatAFailingCheckNamesAreMarkedAsItsTotalIs() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                [data#p]
                ----
                total: 170
                by_kind:
                  org: 7
                  deep:
                    plan: 8
                other: 5
                ----

                In all tally:p.total[170], of which tally:p.by_kind.org[7] and tally:p.by_kind.deep.plan[8] \
                (together tally:p.by_kind[15]); besides tally:p.other[5].

                [checks]
                ----
                - p.total = sum(p.by_kind)
                - check: p.by_kind.org < 7
                  severity: warning
                ----
                """);
        String html = renderMarked(report);
        String check = "p.total = sum&#40;p.by_kind&#41;&#58; 170 != 15";
        assertTrue(html.contains("<span class=\"tally-figure tally-failed\" title=\"p.total — " + check
                + "\">170</span>"), html);
        assertTrue(html.contains("<span class=\"tally-figure tally-failed\" title=\"p.by_kind.org — " + check
                + "&#10;p.by_kind.org &lt; 7&#58; 7 = 7\">7</span>"), html);
        assertTrue(html.contains("<span class=\"tally-figure tally-failed\" title=\"p.by_kind.deep.plan — " + check
                + "\">8</span>"), html);
        assertTrue(html.contains("<span class=\"tally-figure tally-failed\" title=\"p.by_kind — " + check
                + "\">15</span>"), html);
        assertTrue(html.contains("<span class=\"tally-figure\" title=\"p.other\">5</span>"), html);
    }

    /** Trial J, 1: a figure inside a footnote, its ] escaped, is replaced and leaves the footnote whole. */
    @Test
    void aFigureInAFootnoteLeavesTheFootnoteWhole() {
        Path report = Fixture.report(project, "r.adoc", """
                = R

                [data#rates]
                ----
                fee: 12.50
                ----

                The fee is tally:rates.fee[].footnote:[Set by the board at tally:rates.fee[12.50\\] per visit.] Next.
                """);
        String html = render(report).html();
        assertTrue(html.contains("Set by the board at <span class=\"tally-figure\" title=\"rates.fee\">12.50</span> per visit."),
                html);
        assertTrue(!html.contains("tally-mismatch") && !html.contains("\\]"), html);
        assertTrue(html.contains("</sup> Next."), html);
    }

    /** Trial J, 3: the header's author and revision lines are shown under the title, as Asciidoctor shows them. */
    @Test
    void theAuthorAndRevisionLinesAreShownUnderTheTitle() {
        Path signed = Fixture.report(project, "signed.adoc", """
                = Monthly <Report>
                Jane Doe <jane.doe@example.org>; Raj Patel
                v1.2, 2024-04-05: Final figures, approved by the Board

                Text.
                """);
        String html = render(signed).html();
        int title = html.indexOf("</h1>");
        int details = html.indexOf("<div class=\"details\">");
        assertTrue(title > 0 && details > title && details < html.indexOf("Text."), html);
        assertTrue(html.contains("<span class=\"author\">Jane Doe</span> <span class=\"email\">"
                + "<a href=\"mailto:jane.doe@example.org\">jane.doe@example.org</a></span>"), html);
        assertTrue(html.contains("<span class=\"author\">Raj Patel</span>"), html);
        assertTrue(html.contains("<span class=\"revnumber\">version 1.2,</span> <span class=\"revdate\">2024-04-05</span>"),
                html);
        assertTrue(html.contains("<span class=\"revremark\">Final figures, approved by the Board</span>"), html);

        Path plain = Fixture.report(project, "plain.adoc", "= Plain\n\nText.\n");
        assertTrue(!render(plain).html().contains("class=\"details\""));
    }

    @Test
    void aRepeatedWarningIsSaidOnce() {
        Path report = Fixture.report(project, "self.adoc", "= Self\n\ninclude::self.adoc[]\n");
        List<Diagnostic> said = render(report).diagnostics().list();
        assertTrue(!said.isEmpty());
        assertEquals(said.stream().distinct().count(), said.size(), () -> said.size() + " diagnostics, some repeated");
        assertEquals(new Location(report.toAbsolutePath().normalize(), 1), said.get(0).location());
    }
}
