package dev.tally.render;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Block;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML bodies of Tally's site pages, all under {@code tally/}: the index of reports with their check
 * status, the page of check problems, each report's page (its problems on top, its downloads below) and the
 * charts of each chain of reports linked by {@code :tally-previous:}. Plain Java: the report goal puts these
 * bodies into the site's skin.
 */
public final class SitePages {

    private final RunResult run;
    private final DiagnosticFormatter formatter;
    private final Locale locale;
    private final Map<Path, ReportResult> byFile = new LinkedHashMap<>();
    private final List<List<ReportResult>> chains;
    private final Map<ReportResult, String> pages = new HashMap<>();
    private final Map<ReportResult, String> renamed = new LinkedHashMap<>();

    /** Tally's own pages under {@code tally/}; a report's page never takes their names. */
    static final List<String> OWN_PAGES = List.of("index.html", "checks.html");

    public SitePages(RunResult run, DiagnosticFormatter formatter) {
        this.run = run;
        this.formatter = formatter;
        this.locale = formatter.locale();
        for (ReportResult r : run.reports()) {
            byFile.put(r.file(), r);
            pages.put(r, naturalPath(r));
        }
        java.util.Set<String> taken = new java.util.HashSet<>(pages.values());
        taken.addAll(OWN_PAGES);
        for (ReportResult r : run.reports()) {
            if (OWN_PAGES.contains(pages.get(r))) {
                rename(r, taken);
            }
        }
        this.chains = chains();
        // a report named like a chain's charts page (x.charts.adoc beside x.adoc) gives way too
        for (List<ReportResult> chain : chains) {
            String charts = chartsPath(chain);
            taken.add(charts);
            for (ReportResult r : run.reports()) {
                if (pages.get(r).equals(charts)) {
                    rename(r, taken);
                }
            }
        }
    }

    private String naturalPath(ReportResult r) {
        String rel = slash(run.reportsDirectory().relativize(r.file()));
        return rel.substring(0, rel.length() - ".adoc".length()) + ".html";
    }

    /** Gives a report's page a name no other page has: {@code index.adoc} gets {@code index.report.html}. */
    private void rename(ReportResult r, java.util.Set<String> taken) {
        String natural = pages.get(r);
        String stem = natural.substring(0, natural.length() - ".html".length()) + ".report";
        String path = stem + ".html";
        for (int i = 2; taken.contains(path); i++) {
            path = stem + i + ".html";
        }
        taken.add(path);
        pages.put(r, path);
        renamed.put(r, natural);
    }

    /**
     * The page of a report, relative to {@code tally/}: {@code 2024/mogu.adoc} becomes {@code 2024/mogu.html};
     * a report that would take the name of one of Tally's own pages ({@code index.adoc}, {@code checks.adoc},
     * a chain's charts page) gets {@code .report} added ({@code index.report.html}).
     */
    public String pagePath(ReportResult r) {
        String path = pages.get(r);
        return path != null ? path : naturalPath(r);
    }

    /** The reports whose pages were given another name, each with the name it would have had. */
    public Map<ReportResult, String> renamedPages() {
        return renamed;
    }

    /** The page's file name without {@code .html}; downloads beside it start with it. */
    public static String pageId(String pagePath) {
        String name = pagePath.substring(pagePath.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".html".length());
    }

    /** The chains of two or more reports linked by {@code :tally-previous:}, oldest first, in path order. */
    public List<List<ReportResult>> chainsOfReports() {
        return chains;
    }

    /** The charts page of a chain, relative to {@code tally/}: beside its newest report. */
    public String chartsPath(List<ReportResult> chain) {
        String last = pagePath(chain.get(chain.size() - 1));
        return last.substring(0, last.length() - ".html".length()) + ".charts.html";
    }

    public String index() {
        StringBuilder b = new StringBuilder();
        b.append(open("tally")).append("<h1>").append(t("site.index.title")).append("</h1>\n");
        if (noReportsDirectory()) {
            return b.append(noReports()).toString();
        }
        String summary = summary();
        // Chinese puts no space after 。
        b.append("<p>").append(summary).append(summary.endsWith("。") ? "" : " ").append("<a href=\"checks.html\">").append(t("site.checks.link"))
                .append("</a></p>\n");
        b.append("<table class=\"table table-striped tally-index\">\n<thead><tr>");
        for (String h : List.of("site.col.report", "site.col.path", "site.col.checks", "site.col.errors",
                "site.col.warnings", "site.col.status")) {
            // the path, for the authors, makes way on a phone's width (trial AR, 7)
            b.append(h.equals("site.col.path") ? "<th scope=\"col\" class=\"tally-path\">" : "<th scope=\"col\">")
                    .append(t(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (ReportResult r : run.reports()) {
            long errors = r.count(Severity.ERROR);
            long warnings = r.count(Severity.WARNING);
            b.append("<tr><td><a href=\"").append(link(pagePath(r))).append('"').append(lang(r)).append('>')
                    .append(Html.escape(r.title())).append("</a></td><td class=\"tally-path\"><code>")
                    .append(Html.escape(formatter.relative(r.file()))).append("</code></td><td class=\"num\">")
                    .append(r.checksRun()).append("</td><td class=\"num\">").append(errors)
                    .append("</td><td class=\"num\">").append(warnings).append("</td><td>")
                    .append(status(errors, warnings, r.notRun(), r.diagnostics().stream()
                            .filter(d -> Diagnostic.ACCEPTED.equals(d.code())).count())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!chains.isEmpty()) {
            b.append("<h2>").append(t(chains.stream().allMatch(SitePages::yearly) ? "site.charts.title"
                    : "site.charts.title-periods")).append("</h2>\n<ul>\n");
            for (List<ReportResult> chain : chains) {
                b.append("<li><a href=\"").append(link(chartsPath(chain))).append('"').append(lang(newest(chain)))
                        .append('>').append(Html.escape(chainName(chain))).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</div>\n").toString();
    }

    /** 0 for a report with errors, 1 with warnings, 2 with notes only, 3 with none. */
    private static int worst(ReportResult r) {
        int worst = 3;
        for (Diagnostic d : r.diagnostics()) {
            worst = Math.min(worst, d.severity() == Severity.ERROR ? 0 : d.severity() == Severity.WARNING ? 1 : 2);
        }
        return worst;
    }

    public String checks() {
        StringBuilder b = new StringBuilder();
        b.append(open("tally")).append("<h1>").append(t("site.checks.title")).append("</h1>\n");
        if (noReportsDirectory()) {
            return b.append(noReports()).toString();
        }
        b.append("<p>").append(summary()).append("</p>\n");
        boolean any = false;
        // each problem's line, and the section of the report it was first listed under
        Map<String, Integer> printed = new java.util.HashMap<>();
        // the reports with errors first, then those with warnings, then those with notes only, each in path order:
        // in a province's repository a thousand first-year notes would come before the dozen errors (trial X, 8)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < run.reports().size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> worst(run.reports().get(i))));
        for (int i : order) {
            ReportResult r = run.reports().get(i);
            // every problem as tally:check prints it, notes too ([INFO]), each line once: one a shared partial
            // or template has is listed under the first report, and the others say where (trial R, 4)
            List<Diagnostic> shown = new ArrayList<>();
            java.util.TreeSet<Integer> above = new java.util.TreeSet<>();
            long aboveCount = 0;
            for (Diagnostic d : r.diagnostics()) {
                Integer first = printed.putIfAbsent(d.severity() + formatter.format(d), i);
                if (first == null) {
                    shown.add(d);
                } else if (d.severity() != Severity.NOTE) {
                    above.add(first);
                    aboveCount++;
                }
            }
            if (shown.isEmpty() && above.isEmpty()) {
                continue;
            }
            any = true;
            b.append("<h2 id=\"report-").append(i).append("\"><a href=\"").append(link(pagePath(r))).append('"')
                    .append(lang(r)).append('>')
                    .append(Html.escape(r.title())).append("</a></h2>\n");
            if (!above.isEmpty()) {
                StringBuilder where = new StringBuilder();
                for (int k : above) {
                    where.append(where.length() == 0 ? "" : "zh".equals(locale.getLanguage()) ? "、" : ", ").append("<a href=\"#report-")
                            .append(k).append('"').append(lang(run.reports().get(k))).append('>')
                            .append(Html.escape(run.reports().get(k).title())).append("</a>");
                }
                b.append("<p class=\"tally-shown-above\">")
                        .append(Html.escape(t("site.checks.shown-above", Messages.count(locale, aboveCount, "problem"),
                                "@@where@@")).replace("@@where@@", where))
                        .append("</p>\n");
            }
            problems(b, i, r, shown);
        }
        if (!any) {
            b.append("<p>").append(t("site.checks.none")).append("</p>\n");
        }
        return b.append("</div>\n").toString();
    }

    /**
     * A report's problems on the checks page as tables of line, kind and message, in the page's language (trial AT,
     * 15): those in the report's own file first, then those in each other file under a heading that says which (the
     * previous report, whose figure a failing check uses; another report; a partial or template the report uses).
     */
    private void problems(StringBuilder b, int i, ReportResult r, List<Diagnostic> shown) {
        Map<Path, List<Diagnostic>> byFileShown = new LinkedHashMap<>();
        byFileShown.put(r.file(), new ArrayList<>());
        for (Diagnostic d : shown) {
            byFileShown.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
        }
        Path previous = previousFile(r);
        int group = 0;
        for (Map.Entry<Path, List<Diagnostic>> e : byFileShown.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            // the own file's table is named by the report's heading, another file's by its own
            String id = "report-" + i + (e.getKey().equals(r.file()) ? "" : "-" + ++group);
            if (!e.getKey().equals(r.file())) {
                // another file's lines under a heading that names it: not read as lines of this report
                ReportResult other = byFile.get(e.getKey());
                String path = "<code>" + Html.escape(formatter.relative(e.getKey())) + "</code>";
                String named = other == null ? null : "<a href=\"" + link(pagePath(other)) + '"' + lang(other) + '>'
                        + Html.escape(other.title()) + "</a>";
                String key = other == null ? "site.checks.in-file" : e.getKey().equals(previous)
                        ? "site.checks.in-previous" : "site.checks.in-report";
                b.append("<h3 id=\"").append(id).append("\">")
                        .append(Html.escape(t(key, "@@path@@", "@@name@@")).replace("@@path@@", path)
                                .replace("@@name@@", named == null ? "" : named))
                        .append("</h3>\n");
            } else {
                b.append("<p class=\"tally-file\"><code>").append(Html.escape(formatter.relative(r.file())))
                        .append("</code></p>\n");
            }
            b.append("<table class=\"table tally-problems\" aria-labelledby=\"").append(id).append("\">\n<thead><tr>");
            for (String h : List.of("site.checks.col.line", "site.checks.col.kind", "site.checks.col.message")) {
                b.append("<th scope=\"col\">").append(t(h)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (Diagnostic d : e.getValue()) {
                String kind = d.severity().name().toLowerCase(Locale.ROOT);
                int line = d.location().line();
                b.append("<tr class=\"tally-").append(kind).append("\"><td class=\"tally-line\">")
                        .append(t(line > 0 ? "site.checks.line" : "site.checks.whole-file", line))
                        .append("</td><td class=\"tally-kind\">").append(t(levelKey(d.severity())))
                        .append("</td><td>").append(Html.escape(formatter.message(d))).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
    }

    /** The file a report names as its previous one ({@code :tally-previous:}), or null. */
    private static Path previousFile(ReportResult r) {
        Report.Attribute named = r.report() == null ? null : r.report().attribute("tally-previous");
        if (named == null || named.value().isBlank()) {
            return null;
        }
        try {
            return r.file().getParent().resolve(named.value().strip()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * A report's page body.
     *
     * @param r the report
     * @param converted the report converted by Asciidoctor
     * @param extra problems found while converting (they are shown in the notice too)
     */
    public String reportPage(ReportResult r, String converted, List<Diagnostic> extra) {
        String path = pagePath(r);
        String id = pageId(path);
        // the check's problems, counted as on the index and the checks page; Asciidoctor's messages apart
        List<Diagnostic> problems = new ArrayList<>(shown(r.diagnostics()));
        List<Diagnostic> rendering = shown(extra);
        StringBuilder b = new StringBuilder();
        b.append(open("tally tally-report"));
        b.append("<p class=\"tally-breadcrumb\"><a href=\"").append(up(path)).append("index.html\">")
                .append(t("site.index.title")).append("</a> / <code>").append(Html.escape(formatter.relative(r.file())))
                .append("</code></p>\n");
        periods(b, r, path);
        if (!problems.isEmpty()) {
            long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
            long warnings = problems.stream().filter(d -> d.severity() == Severity.WARNING).count();
            b.append("<div class=\"tally-notice ").append(errors > 0 ? "tally-notice-error" : "tally-notice-warning")
                    .append("\" role=\"note\">\n<p><strong>").append(t("site.notice", errors, warnings))
                    .append("</strong></p>\n<ul>\n");
            for (Diagnostic d : problems) {
                b.append("<li><code>").append(Html.escape(formatter.format(d))).append("</code>");
                goTo(b, r, d);
                b.append("</li>\n");
            }
            b.append("</ul>\n</div>\n");
        }
        List<Diagnostic> accepted = r.diagnostics().stream().filter(d -> Diagnostic.ACCEPTED.equals(d.code())).toList();
        if (!accepted.isEmpty()) {
            // a defect of the report as published stays in view on its page, though the build accepts it
            b.append("<div class=\"tally-notice tally-notice-accepted\">\n<p><strong>")
                    .append(t("site.accepted", accepted.size())).append("</strong></p>\n<ul>\n");
            for (Diagnostic d : accepted) {
                b.append("<li><code>").append(Html.escape(formatter.format(d))).append("</code>");
                goTo(b, r, d);
                b.append("</li>\n");
            }
            b.append("</ul>\n</div>\n");
        }
        if (!rendering.isEmpty()) {
            b.append("<div class=\"tally-notice tally-notice-warning\" role=\"status\">\n<p><strong>")
                    .append(t("site.rendering")).append("</strong></p>\n<ul>\n");
            for (Diagnostic d : rendering) {
                b.append("<li><code>").append(Html.escape(formatter.format(d))).append("</code></li>\n");
            }
            b.append("</ul>\n</div>\n");
        }
        // the report's own text in its language, where Tally's words around it are in another (trial AB, 8)
        b.append("<div class=\"tally-body\"").append(lang(r)).append(">\n").append(converted).append("\n</div>\n");
        if (r.report() != null && !r.report().blocks().isEmpty()) {
            b.append("<div class=\"tally-data\">\n<h2>").append(t("site.data.title")).append("</h2>\n<ul>\n");
            // the marks of the page's language: 名称（<code>id</code>，表格）： or name (<code>id</code>, table):
            Wording w = locale.getLanguage().equals("zh") ? Wording.CHINESE : Wording.ENGLISH;
            for (Block block : r.report().blocks().values()) {
                String kind = t(block instanceof Table ? "site.data.table" : "site.data.values");
                b.append("<li>");
                if (block.title() != null) {
                    b.append(Html.escape(FigureMacro.inTitle(block.title(), r.report(), null))).append(w.open)
                            .append("<code>").append(Html.escape(block.id())).append("</code>").append(w.comma);
                } else {
                    // no title: the id once
                    b.append("<code>").append(Html.escape(block.id())).append("</code>").append(w.open);
                }
                b.append(kind).append(w.close).append(w.colon.strip()).append(w == Wording.ENGLISH ? " " : "")
                        .append("<a href=\"").append(link(TableHtml.downloadName(id, block.id(), "csv")))
                        .append("\">CSV</a> · <a href=\"")
                        .append(link(TableHtml.downloadName(id, block.id(), "json"))).append("\">JSON</a></li>\n");
            }
            b.append("</ul>\n</div>\n");
        }
        for (List<ReportResult> chain : chains) {
            if (chain.contains(r)) {
                b.append("<p class=\"tally-chain\"><a href=\"").append(link(relative(path, chartsPath(chain))))
                        .append("\">").append(withName(t(yearly(chain) ? "site.charts.link" : "site.charts.link-periods",
                                NAME), chainName(chain), newest(chain))).append("</a></p>\n");
            }
        }
        return b.append("</div>\n").toString();
    }

    /** A link to the table of the report a problem is about, if it is about one. */
    private void goTo(StringBuilder b, ReportResult r, Diagnostic d) {
        String table = r.report() == null ? null : tableAt(r.report(), d.location());
        if (table != null) {
            b.append(" <a class=\"tally-goto\" href=\"#").append(link(Html.blockAnchor(table))).append("\">")
                    .append(t("site.goto-table", table)).append("</a>");
        }
    }

    /**
     * The links to the report before and the one after, in the chain {@code :tally-previous:} makes (trial AI: the
     * 2023 and 2024 pages did not link to each other), each by its title; nothing for a report in no chain.
     */
    private void periods(StringBuilder b, ReportResult r, String path) {
        for (List<ReportResult> chain : chains) {
            int at = chain.indexOf(r);
            if (at < 0) {
                continue;
            }
            b.append("<nav class=\"tally-periods\" aria-label=\"").append(Html.escape(t("site.periods"))).append("\">");
            if (at > 0) {
                b.append("<span class=\"tally-previous\">").append(t("site.previous-report",
                        periodLink(path, chain.get(at - 1)))).append("</span>");
            }
            if (at + 1 < chain.size()) {
                b.append(at > 0 ? " · " : "").append("<span class=\"tally-next\">").append(t("site.next-report",
                        periodLink(path, chain.get(at + 1)))).append("</span>");
            }
            b.append("</nav>\n");
        }
    }

    private String periodLink(String fromPage, ReportResult other) {
        return "<a href=\"" + link(relative(fromPage, pagePath(other))) + "\">" + Html.escape(other.title()) + "</a>";
    }

    /** The charts page body of a chain. */
    public String chartsPage(List<ReportResult> chain) {
        String path = chartsPath(chain);
        StringBuilder b = new StringBuilder();
        b.append(open("tally tally-charts")).append("<p class=\"tally-breadcrumb\"><a href=\"").append(up(path))
                .append("index.html\">").append(t("site.index.title")).append("</a></p>\n<h1>")
                .append(chartsHeading(chain)).append("</h1>\n<p>");
        for (int i = 0; i < chain.size(); i++) {
            ReportResult r = chain.get(i);
            b.append(i > 0 ? " → " : "").append("<a href=\"").append(link(relative(path, pagePath(r))))
                    .append('"').append(lang(r)).append('>').append(Html.escape(r.title())).append("</a>");
        }
        b.append("</p>\n");
        List<Report> reports = chain.stream().map(ReportResult::report).toList();
        // the charts' titles, labels and words are the newest report's, in its language
        b.append("<div class=\"tally-body\"").append(lang(newest(chain))).append(">\n");
        for (Charts.Chart chart : Charts.forChain(reports)) {
            b.append(chart.html());
        }
        return b.append("</div>\n</div>\n").toString();
    }

    private static ReportResult newest(List<ReportResult> chain) {
        return chain.get(chain.size() - 1);
    }

    /**
     * The opening of a page's body: Tally's words in the pages' language (trial AB, 8), whatever the skin says of the
     * page as a whole (its {@code <html lang>} follows the site's locale, which {@code language} may differ from).
     */
    private String open(String classes) {
        return "<div class=\"" + classes + "\" lang=\"" + ownLanguage() + "\">\n";
    }

    /** The language of Tally's own words on the pages: that of its messages, Chinese or English. */
    private String ownLanguage() {
        return "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }

    /**
     * {@code  lang="zh"} for a report's own text (its page's body, its title in a list) where the report is in
     * another language than Tally's words around it, as its {@code :lang:} or else its title's script says
     * ({@link Wording#language}, which the units and charts follow too); empty where it is in the same or unknown.
     */
    private String lang(ReportResult r) {
        String lang = r == null ? null : Wording.language(r.report());
        if (lang == null || lang.toLowerCase(Locale.ROOT).split("-", 2)[0].equals(ownLanguage())) {
            return "";
        }
        return " lang=\"" + Html.escape(lang) + "\"";
    }

    public String title(String key) {
        return t(key);
    }

    private List<List<ReportResult>> chains() {
        Map<ReportResult, ReportResult> previousOf = new HashMap<>();
        Map<ReportResult, ReportResult> nextOf = new HashMap<>();
        for (ReportResult r : run.reports()) {
            if (r.report() == null || r.report().attribute("tally-previous") == null) {
                continue;
            }
            Path p = r.file().getParent().resolve(r.report().attribute("tally-previous").value().strip()).normalize();
            ReportResult prev = byFile.get(p);
            if (prev != null && prev != r && prev.report() != null && !nextOf.containsKey(prev)) {
                previousOf.put(r, prev);
                nextOf.put(prev, r);
            }
        }
        List<List<ReportResult>> out = new ArrayList<>();
        for (ReportResult r : run.reports()) {
            if (nextOf.containsKey(r) || !previousOf.containsKey(r)) {
                continue;
            }
            List<ReportResult> chain = new ArrayList<>();
            java.util.Set<ReportResult> seen = new java.util.HashSet<>();
            for (ReportResult c = r; c != null && seen.add(c); c = previousOf.get(c)) {
                chain.add(0, c);
            }
            out.add(chain);
        }
        return out;
    }

    /**
     * The charts page's title: the newest report's, with the years the chain spans when its reports name them
     * ({@code :tally-year:}), so that it is not taken for the newest report's own page.
     */
    public String chartsTitle(List<ReportResult> chain) {
        return chartsTitle(chain, null);
    }

    /** The charts page's title, the report's name in it as {@code mark} unless that is null. */
    private String chartsTitle(List<ReportResult> chain, String mark) {
        String first = year(chain.get(0));
        String last = year(chain.get(chain.size() - 1));
        String periods = yearly(chain) ? "" : "-periods";
        return first != null && last != null && !first.equals(last)
                ? t("site.charts.page-years" + periods, mark != null ? mark : chain.get(chain.size() - 1).title(),
                        first, last) // spans said
                : t("site.charts.page" + periods, mark != null ? mark : chainName(chain));
    }

    /** Stands for a report's name in a sentence of Tally's, until the name is put in with its language. */
    private static final String NAME = "\uE0FF"; // a private-use character: kept by escaping, in no title

    /**
     * A sentence of Tally's as HTML, with the report's name {@code name} in it (at {@link #NAME}) in the report's
     * language where that is not the pages' (usage.md: the title on the charts page carries {@code lang="zh"}).
     */
    private String withName(String sentence, String name, ReportResult r) {
        String lang = lang(r);
        String shown = Html.escape(name);
        return Html.escape(sentence).replace(NAME, lang.isEmpty() ? shown : "<span" + lang + ">" + shown + "</span>");
    }

    /** The charts page's title as HTML: the report's name in its language. */
    private String chartsHeading(List<ReportResult> chain) {
        String first = year(chain.get(0));
        String last = year(chain.get(chain.size() - 1));
        String name = first != null && last != null && !first.equals(last) ? chain.get(chain.size() - 1).title()
                : chainName(chain);
        return withName(chartsTitle(chain, NAME), name, newest(chain));
    }

    /** Whether a chain's reports are years ({@code :tally-year: 2024}, or none named), not months or quarters. */
    private static boolean yearly(List<ReportResult> chain) {
        for (ReportResult r : chain) {
            String year = year(r);
            if (year != null && !year.matches("\\d{4}")) {
                return false;
            }
        }
        return true;
    }

    private static String year(ReportResult r) {
        Report.Attribute year = r.report() == null ? null : r.report().attribute("tally-year");
        return year == null || year.value().isBlank() ? null : year.value().strip();
    }

    /**
     * A chain's name: the newest report's title, its period replaced by the chain's span where the title names it
     * (trial U, 11: "Operations Report 2026-Q1–2026-Q3", "青山镇2023–2024年…", not the newest report's own title).
     */
    private String chainName(List<ReportResult> chain) {
        String last = year(chain.get(chain.size() - 1));
        // named loosely: 2025-Q4 is named by "2025 Q4" too (trial AD, 7)
        return Charts.spanned(chain.get(chain.size() - 1).title(), last, year(chain.get(0)), last);
    }

    private boolean noReportsDirectory() {
        return run.reports().isEmpty() && !java.nio.file.Files.isDirectory(run.reportsDirectory());
    }

    /** The end of the index and checks pages of a project without a reports directory. */
    private String noReports() {
        return "<p class=\"tally-no-reports\">" + Html.escape(t("site.no-reports", formatter.relative(run.reportsDirectory())))
                + "</p>\n</div>\n";
    }

    /** "3 reports, 1 check run, 1 error, 0 warnings.", each count with its unit. */
    private String summary() {
        long accepted = run.accepted();
        return t(accepted == 0 ? "site.index.summary" : "site.index.summary-accepted",
                Messages.count(locale, run.reports().size(), "report"),
                Messages.count(locale, run.checksRun(), "check"), Messages.count(locale, run.errors(), "error"),
                Messages.count(locale, run.warnings(), "warning"), Messages.count(locale, accepted, "problem"));
    }

    private static List<Diagnostic> shown(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.severity() != Severity.NOTE).toList();
    }

    /**
     * The table of the report a problem is about, when it is shown at the table, one of its rows or columns, or
     * one of its own checks; null otherwise.
     */
    static String tableAt(Report report, Location at) {
        if (at == null || at.line() <= 0) {
            return null;
        }
        for (Block block : report.blocks().values()) {
            if (!(block instanceof Table table)) {
                continue;
            }
            if (at.equals(table.location())
                    || table.checks().stream().anyMatch(c -> at.equals(c.location()))
                    || table.rows().all().stream().anyMatch(n -> at.equals(n.location()))
                    || table.columns().all().stream().anyMatch(n -> at.equals(n.location()))) {
                return table.id();
            }
        }
        return null;
    }

    /** A problem's kind in the page's words: error, warning, note (tally:check's [ERROR], [WARNING], [INFO]). */
    private static String levelKey(Severity severity) {
        return switch (severity) {
            case ERROR -> "site.checks.error";
            case WARNING -> "site.checks.warning";
            case NOTE -> "site.checks.note";
        };
    }

    /** A report's status on the index: its mark (not read aloud: the words say it) and words. */
    private String status(long errors, long warnings, long notRun, long accepted) {
        String mark;
        String words;
        String kind;
        if (errors > 0) {
            kind = "error";
            mark = "✗";
            words = t("site.status.errors");
        } else if (warnings > 0) {
            kind = "warning";
            mark = "!";
            words = t("site.status.warnings");
        } else if (accepted > 0) {
            // numbers that do not tally, as published: no "consistent" for them (the baseline only lets the build pass)
            kind = "accepted";
            mark = "!";
            // one parenthesis for both, not "(2 problems) (1 check not run)" (trial AL, 7)
            words = notRun == 0 ? t("site.status.accepted", Messages.count(locale, accepted, "problem"))
                    : t("site.status.accepted-not-run", Messages.count(locale, accepted, "problem"),
                            Messages.count(locale, notRun, "check"));
        } else {
            kind = "ok";
            mark = "✓";
            words = t("site.status.ok");
        }
        // checks not run (on last year's report, say) are no pass: said beside it, whatever else is (trial AI, 1; AK)
        return "<span class=\"tally-status tally-status-" + kind + "\"><span aria-hidden=\"true\">" + mark + "</span> "
                + words + "</span>"
                + (notRun == 0 || "accepted".equals(kind) ? ""
                        // no space before a full-width bracket: 数字一致（2 项检查未运行）(trial AT, 21)
                        : ("zh".equals(locale.getLanguage()) ? "" : " ") + "<span class=\"tally-not-run\">"
                                + t("site.status.not-run", Messages.count(locale, notRun, "check")) + "</span>");
    }



    private static String up(String pagePath) {
        int depth = pagePath.split("/").length - 1;
        return "../".repeat(depth);
    }

    /** The link from one page to another, both relative to {@code tally/}. */
    static String relative(String fromPage, String toPage) {
        Path from = Path.of(fromPage).getParent();
        Path to = Path.of(toPage);
        return slash(from == null ? to : from.relativize(to));
    }

    /** A link in an attribute: percent-encoded segment by segment, then escaped. */
    private static String link(String path) {
        return Html.escape(Html.href(path));
    }

    private String t(String key, Object... args) {
        return Messages.format(locale, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** CSS for Tally's pages, added to each page. */
    public static String css() {
        return TableHtml.CSS + Charts.CSS + """
                .tally-notice{border:1px solid #d9534f;border-left:6px solid #d9534f;background:#fdf2f2;padding:.6em 1em;margin:1em 0}
                .tally-notice-warning{border-color:#f0ad4e;background:#fdf8ec}.tally-notice-accepted{border-color:#5bc0de;background:#f2f9fc}
                .tally-notice ul{margin:.3em 0 0 1.2em;padding:0}
                .tally-notice code,.tally-problems code{white-space:pre-wrap;word-break:break-word;background:none;color:inherit}
                .tally-figure{font-variant-numeric:tabular-nums;border-bottom:1px dotted #888}
                .tally-mismatch,.tally-unresolved,.tally-figure.tally-failed{background:#fdd;border-bottom:2px solid #d9534f}
                .tally-flagged.tally-failed{background:#fdd;border-bottom:2px solid #d9534f}.tally-flagged.tally-warned{background:#fcf4dc;border-bottom:2px solid #f0ad4e}
                .tally-figure.tally-warned{background:#fcf4dc;border-bottom:2px solid #b26a00}.tally-figure.tally-noted{border-bottom:2px solid #4a6d93}
                .tally-status-ok{color:#2e7d32}.tally-status-error{color:#c62828;font-weight:bold}.tally-status-warning{color:#8a5300}.tally-status-accepted{color:#31708f}
                .tally-index td.num,.tally-index th.num{text-align:right}
                @media (max-width:600px){.tally-index .tally-path{display:none}}
                @media print{.tally-breadcrumb,.tally-periods{display:none}}
                .tally-breadcrumb{font-size:90%;color:#666}.tally-periods{font-size:90%;margin:-.5em 0 1em}
                .tally-goto{font-size:90%;white-space:nowrap}
                .tally-problems{width:100%}.tally-problems td.tally-line,.tally-problems td.tally-kind{white-space:nowrap}
                .tally-problems td{word-break:break-word}.tally-problems .tally-error .tally-kind{color:#c62828;font-weight:bold}
                .tally-problems .tally-warning .tally-kind{color:#8a5300;font-weight:bold}.tally-problems .tally-note{color:#555}
                .tally-file{font-size:90%;color:#555;margin-top:-.5em}
                """ + ASCIIDOC_CSS;
    }

    /**
     * Asciidoctor's own blocks as a reader expects them inside the site's skin, which styles none of them:
     * the header's details, admonitions, sidebars and examples, native tables, the table of contents, footnotes.
     */
    static final String ASCIIDOC_CSS = """
            .details{color:#555;margin:-.4em 0 1.2em}
            .admonitionblock{margin:1em 0}
            .admonitionblock>table{border:0;border-left:4px solid #5b8def;background:#f5f8ff;width:100%;border-collapse:collapse}
            .admonitionblock.warning>table,.admonitionblock.caution>table{border-left-color:#f0ad4e;background:#fdf8ec}
            .admonitionblock.important>table{border-left-color:#d9534f;background:#fdf2f2}
            .admonitionblock td.icon{width:6em;vertical-align:top;padding:.6em .8em;font-weight:bold;color:#333}
            .admonitionblock td.content{padding:.6em .8em}
            .sidebarblock{border:1px solid #ddd;background:#f8f8f7;padding:.8em 1.2em;margin:1em 0;border-radius:4px}
            .exampleblock>.content{border:1px solid #ddd;padding:.8em 1.2em;border-radius:4px}
            .sidebarblock .title,.exampleblock>.title,.imageblock>.title,.listingblock>.title,.literalblock>.title,
            table.tableblock>caption{font-weight:bold;color:#444;text-align:left;margin:.3em 0}
            .quoteblock{border-left:4px solid #ddd;padding:.2em 1em;color:#444;margin:1em 0}
            table.tableblock{border-collapse:collapse;margin:1em 0}
            table.tableblock.stretch{width:100%}
            table.tableblock.frame-all{border:1px solid #ccc}
            table.tableblock.grid-all>*>tr>.tableblock{border:1px solid #ccc}
            table.tableblock th.tableblock,table.tableblock td.tableblock{padding:.3em .6em;vertical-align:top}
            table.tableblock p.tableblock{margin:0}
            #toc{border:1px solid #e5e5e5;background:#fafafa;padding:.6em 1em;margin:1em 0}
            #toc ul{list-style:none;padding-left:1.2em;margin:0}
            #toctitle{font-weight:bold;margin-bottom:.3em}
            #footnotes{font-size:90%;margin-top:2em}
            """;
}
