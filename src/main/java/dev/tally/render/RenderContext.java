package dev.tally.render;

import dev.tally.check.FailedCell;
import dev.tally.model.Report;

import java.util.List;

/**
 * What the Asciidoctor extensions need while one page converts: the report's model (already read and
 * checked without Asciidoctor), its previous report, the page's name for download links, and the cells that
 * failing checks name.
 */
final class RenderContext {

    private Report report;
    private Report previous;
    private String pageId;
    private List<FailedCell> failedCells = List.of();

    void set(Report report, Report previous, String pageId, List<FailedCell> failedCells) {
        this.report = report;
        this.previous = previous;
        this.pageId = pageId;
        this.failedCells = failedCells == null ? List.of() : failedCells;
    }

    /** The cells of a table that failing checks name. */
    List<FailedCell> failedCells(String table) {
        return failedCells.stream().filter(c -> c.table().equals(table)).toList();
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
