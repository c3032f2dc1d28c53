package dev.tally.render;

import dev.tally.model.Report;

/**
 * What the Asciidoctor extensions need while one page converts: the report's model (already read and
 * checked without Asciidoctor), its previous report, and the page's name for download links.
 */
final class RenderContext {

    private Report report;
    private Report previous;
    private String pageId;

    void set(Report report, Report previous, String pageId) {
        this.report = report;
        this.previous = previous;
        this.pageId = pageId;
    }

    Report report() {
        return report;
    }

    Report previous() {
        return previous;
    }

    String pageId() {
        return pageId;
    }
}
