package dev.tally.render;

import dev.tally.check.FailedCell;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.Report;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Converts reports to HTML body fragments with AsciidoctorJ and Tally's extensions. One Asciidoctor (JRuby)
 * instance serves the whole build (it takes seconds to start, then tens of milliseconds a page); conversions
 * are serialised on it. Safe mode {@code SAFE} with the reports directory as the jail: includes work inside
 * it and nowhere else, and {@code /etc/passwd} is never read into a page. Everything Asciidoctor logs (a
 * missing include, a bad attribute) comes back as a diagnostic with file and line.
 */
public final class AsciidocRenderer {

    /** Strong reference: java.util.logging keeps loggers weakly, and the level set below must stay. */
    private static final Logger ASCIIDOCTOR_JUL = Logger.getLogger("asciidoctor");

    private static AsciidocRenderer shared;

    private final Asciidoctor asciidoctor;
    private final RenderContext context = new RenderContext();
    /** The errors of a report that lacks a block its template requires; the block's id is their first argument. */
    private static final java.util.Set<String> MISSING_BLOCK = java.util.Set.of("template.missing-table",
            "template.missing-table-here", "template.missing-table-misnamed", "template.missing-values",
            "template.missing-values-misnamed", "template.missing-table-misstyled");
    private final Capture capture = new Capture();
    private final long startupMillis;

    private final LinkGuard links = new LinkGuard();

    private AsciidocRenderer() {
        long t0 = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(AsciidocRenderer.class.getClassLoader());
        try {
            asciidoctor = Asciidoctor.Factory.create();
        } finally {
            thread.setContextClassLoader(before);
        }
        // Asciidoctor logs each record to the JUL logger "asciidoctor" too, which Maven prints raw on stderr;
        // the records reach Tally through the log handler instead
        ASCIIDOCTOR_JUL.setLevel(Level.OFF);
        asciidoctor.registerLogHandler(capture);
        asciidoctor.javaExtensionRegistry()
                .block(new DataBlockProcessor(context))
                .block(new ChecksBlockProcessor())
                .inlineMacro(new FigureMacro(context))
                .preprocessor(links.readerOfEachPage())
                .includeProcessor(links);
        startupMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The build's Asciidoctor, started on first use and shared by every module of the build. */
    public static synchronized AsciidocRenderer shared() {
        if (shared == null) {
            shared = new AsciidocRenderer();
        }
        return shared;
    }

    public long startupMillis() {
        return startupMillis;
    }

    /** A converted page: the HTML body fragment and what Asciidoctor reported. */
    public record Page(String html, Diagnostics diagnostics) {
    }

    /**
     * Converts one report.
     *
     * @param reportsDirectory the jail: includes resolve inside it only
     * @param report the report's model (figures and tables come from it)
     * @param previous its previous report, or null
     * @param pageId the page's file name without {@code .html}, for links to the files beside it
     * @param failedCells the cells that failing checks name, marked in the tables
     */
    public synchronized Page render(Path reportsDirectory, Report report, Report previous, String pageId,
            List<FailedCell> failedCells) {
        return render(reportsDirectory, report, previous, pageId, failedCells, null);
    }

    /** As above, with Tally's own tooltips in the site's language ({@code ui}; null: the report's). */
    public synchronized Page render(Path reportsDirectory, Report report, Report previous, String pageId,
            List<FailedCell> failedCells, java.util.Locale ui) {
        return render(reportsDirectory, report, previous, pageId, failedCells, ui, List.of());
    }

    /**
     * As above, with the links and phrases that the report's {@code problems} reject in its text marked
     * ({@link Flagged}: a link to a domain not allowed is not clickable, a claim the data contradicts is marked).
     */
    public synchronized Page render(Path reportsDirectory, Report report, Report previous, String pageId,
            List<FailedCell> failedCells, java.util.Locale ui, List<dev.tally.diagnostic.Diagnostic> problems) {
        Path base = reportsDirectory.toAbsolutePath().normalize();
        String relative = base.relativize(report.file()).toString().replace('\\', '/');
        context.set(report, previous, pageId, failedCells);
        context.ui(ui);
        // a figure on a block the template requires and the report lacks is "not checked", as the check says
        context.lacking(problems.stream().filter(d -> MISSING_BLOCK.contains(d.code()) && !d.args().isEmpty())
                .map(d -> d.args().get(0)).collect(java.util.stream.Collectors.toSet()));
        links.enter(base);
        links.refuse(problems);
        capture.start(report.file(), base);
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(base.toFile())
                .standalone(false)
                .toFile(false)
                .sourcemap(true)
                .attributes(Attributes.builder()
                        .attribute("showtitle", true)
                        // locked off: with it, Asciidoctor reads every image into the page, and an imagesdir
                        // outside the jail made it read any file on the machine (trial V, 1)
                        .attribute("data-uri!", "")
                        .build())
                .build();
        // With an explicit base_dir, Asciidoctor resolves a document's own includes against base_dir, but an
        // included file's against that file's folder: converting a one-line document that includes the report
        // gives includes relative to the report, as authors expect, with the jail kept at the reports directory.
        org.asciidoctor.ast.Document document = asciidoctor.load("include::" + relative + "[]\n", options);
        String html = linksToBlocks(withDetails(document.convert(), document), context.anchored());
        if (!problems.isEmpty()) {
            String lang = Wording.language(report);
            java.util.Locale tips = ui != null ? ui
                    : lang == null ? java.util.Locale.ROOT : java.util.Locale.forLanguageTag(lang);
            html = Flagged.mark(html, problems, tips);
        }
        context.set(null, null, null, null);
        context.lacking(java.util.Set.of());
        return new Page(html, capture.finish());
    }

    /** A link to a place on the same page, as Asciidoctor writes an xref ({@code <<fees>>}, {@code xref:fees[]}). */
    private static final java.util.regex.Pattern LINK_IN_PAGE = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"");

    /**
     * The page with its links to the data blocks it shows ({@code href="#fees"}, of {@code <<fees>>}) turned to the
     * blocks' elements ({@code href="#tally-fees"}, {@link Html#blockAnchor}): in the report, the id names the
     * block, and on the site's page an element of the skin may have it (trial AB, 5).
     */
    static String linksToBlocks(String html, java.util.Set<String> ids) {
        if (ids.isEmpty() || !html.contains("href=\"#")) {
            return html;
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        ids.forEach(id -> written.add(Html.escape(id)));
        java.util.regex.Matcher m = LINK_IN_PAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String target = m.group(1);
            String to = written.contains(target) ? "href=\"#" + Html.blockAnchor(target) + "\"" : m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(to));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The page with the header's author and revision lines under its title, as Asciidoctor shows them in a
     * standalone page (an embedded conversion leaves them out).
     */
    static String withDetails(String html, org.asciidoctor.ast.Document document) {
        StringBuilder d = new StringBuilder();
        for (org.asciidoctor.ast.Author a : document.getAuthors()) {
            if (a.getFullName() != null && !a.getFullName().isBlank()) {
                d.append("<span class=\"author\">").append(Html.escape(a.getFullName())).append("</span>");
                if (a.getEmail() != null && !a.getEmail().isBlank()) {
                    String email = Html.escape(a.getEmail());
                    d.append(" <span class=\"email\"><a href=\"mailto:").append(email).append("\">").append(email)
                            .append("</a></span>");
                }
                d.append("<br>\n");
            }
        }
        org.asciidoctor.ast.RevisionInfo revision = document.getRevisionInfo();
        if (revision != null) {
            boolean number = revision.getNumber() != null && !revision.getNumber().isBlank();
            boolean date = revision.getDate() != null && !revision.getDate().isBlank();
            if (number) {
                Object label = document.getAttribute("version-label");
                d.append("<span class=\"revnumber\">")
                        .append(Html.escape((label == null ? "Version" : label.toString()).toLowerCase(java.util.Locale.ROOT)))
                        .append(' ').append(Html.escape(revision.getNumber())).append(date ? "," : "").append("</span> ");
            }
            if (date) {
                d.append("<span class=\"revdate\">").append(Html.escape(revision.getDate())).append("</span>");
            }
            if (revision.getRemark() != null && !revision.getRemark().isBlank()) {
                d.append(number || date ? "<br>\n" : "").append("<span class=\"revremark\">")
                        .append(Html.escape(revision.getRemark())).append("</span>");
            }
        }
        if (d.length() == 0) {
            return html;
        }
        String details = "<div class=\"details\">\n" + d.toString().strip() + "\n</div>\n";
        int h1 = html.indexOf("</h1>");
        return h1 < 0 ? details + html : html.substring(0, h1 + 5) + "\n" + details + html.substring(h1 + 5);
    }

    /** Collects Asciidoctor's log records of one conversion as diagnostics. */
    private static final class Capture implements LogHandler {
        private Path page;
        private String jail;
        private final List<LogRecord> records = new ArrayList<>();

        void start(Path file, Path reportsDirectory) {
            page = file;
            jail = reportsDirectory.toString() + java.io.File.separator;
            records.clear();
        }

        @Override
        public void log(LogRecord record) {
            records.add(record);
        }

        Diagnostics finish() {
            Diagnostics d = new Diagnostics();
            java.util.Set<List<Object>> said = new java.util.HashSet<>();
            for (LogRecord r : records) {
                Cursor cursor = r.getCursor();
                Location at = Location.of(page);
                // a cursor without a file is in the one-line document that includes the report ("<stdin>"): the
                // problem is in the report, at a line Asciidoctor no longer knows
                if (cursor != null && cursor.getLineNumber() > 0 && cursor.getFile() != null) {
                    at = new Location(Path.of(cursor.getFile()).toAbsolutePath().normalize(), cursor.getLineNumber());
                }
                // paths inside the reports directory as the report writes them: no build machine's paths on the site
                String message = r.getMessage() == null ? "" : r.getMessage().strip().replace(jail, "");
                // a report that includes itself repeats a warning at each of Asciidoctor's 64 levels: say it once
                if (!said.add(List.of(r.getSeverity(), at, message))) {
                    continue;
                }
                switch (r.getSeverity()) {
                    case FATAL, ERROR -> d.error(at, "asciidoc.error", message);
                    case WARN -> d.warning(at, "asciidoc.warning", message);
                    default -> {
                    }
                }
            }
            records.clear();
            return d;
        }
    }
}
