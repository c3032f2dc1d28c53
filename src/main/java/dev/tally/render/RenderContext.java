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
    /** The words of Tally's own tooltips in the site's language, or null to take the report's. */
    private Wording ui;

    void ui(java.util.Locale locale) {
        this.ui = locale == null ? null
                : locale.getLanguage().equals("zh") ? Wording.CHINESE : Wording.ENGLISH;
    }

    /** The words of Tally's own tooltips (a suspect cell, an unreadable one): the site's language. */
    Wording ui() {
        return ui;
    }

    /** The ids of the data blocks the page shows with their {@link Html#blockAnchor} so far. */
    private final java.util.Set<String> anchored = new java.util.HashSet<>();

    void set(Report report, Report previous, String pageId, List<FailedCell> failedCells) {
        this.report = report;
        this.previous = previous;
        this.pageId = pageId;
        this.failedCells = failedCells == null ? List.of() : failedCells;
        anchored.clear();
    }

    /** The blocks the report's template requires and the report lacks (already errors of the report). */
    private java.util.Set<String> lacking = java.util.Set.of();

    void lacking(java.util.Set<String> ids) {
        this.lacking = ids;
    }

    java.util.Set<String> lacking() {
        return lacking;
    }

    /** A data block shown with its {@link Html#blockAnchor}: the page's links to its id go there. */
    void anchored(String id) {
        anchored.add(id);
    }

    java.util.Set<String> anchored() {
        return anchored;
    }

    /** The cells of a table that failing checks name. */
    List<FailedCell> failedCells(String table) {
        return failedCells.stream().filter(c -> c.table().equals(table)).toList();
    }

    /**
     * The failing checks that name a number of a values block (its id and key path) that the text shows as a
     * figure, the worst first, each once: those that name the number, and those that name a group it is in
     * ({@code sum(proactive.by_kind)} names each of {@code proactive.by_kind.*}, as a check over a column group
     * names each cell of it, trial AB, 7). Empty when none does.
     */
    List<FailedCell> failedValue(String block, dev.tally.model.KeyPath path) {
        java.util.Map<String, FailedCell> named = new java.util.LinkedHashMap<>();
        for (FailedCell c : failedCells) {
            if (c.column() == null && c.table().equals(block) && path.startsWith(c.row())) {
                named.merge(c.why(), c, (a, b) -> b.severity().compareTo(a.severity()) < 0 ? b : a);
            }
        }
        List<FailedCell> out = new java.util.ArrayList<>(named.values());
        out.sort(java.util.Comparator.comparing(FailedCell::severity)); // stable: checks of one severity in order
        return out;
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
