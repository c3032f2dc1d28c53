package dev.tally.model;

import dev.tally.diagnostic.Location;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A table block: column and row trees, one cell per leaf row and leaf column, display labels, unit,
 * cell kind and the table's own checks (the template's first, then the report's).
 *
 * @param corner the text of the header's top-left cell, over the row labels (such as 信息内容); may be null
 * @param columnsTitle a heading over all the columns, above the column headers (such as 申请人情况); may be null
 * @param cells per leaf row (by leaf index), the cells in leaf-column order; a cell is null where it was
 *              unreadable (already reported)
 * @param cellLocations the line of each cell, same shape as {@code cells}
 * @param missingRows the leaf rows its template has and the report lacks (already reported): their cells are null
 */
public record Table(
        String id,
        String title,
        Location location,
        Header columns,
        Header rows,
        BigDecimal[][] cells,
        Location[][] cellLocations,
        Map<String, String> labels,
        String unit,
        String corner,
        String columnsTitle,
        CellKind cellKind,
        List<CheckDef> checks,
        java.util.Set<KeyPath> missingRows) implements Block {

    /** A table with every row its template has (or none). */
    public Table(String id, String title, Location location, Header columns, Header rows, BigDecimal[][] cells,
            Location[][] cellLocations, Map<String, String> labels, String unit, String corner, String columnsTitle,
            CellKind cellKind, List<CheckDef> checks) {
        this(id, title, location, columns, rows, cells, cellLocations, labels, unit, corner, columnsTitle, cellKind,
                checks, java.util.Set.of());
    }

    /** Whether the report lacks a row its template has under this row (or row group). */
    public boolean lacks(Header.Node row) {
        if (missingRows.isEmpty()) {
            return false;
        }
        for (Header.Node leaf : row.leaves()) {
            if (missingRows.contains(leaf.path())) {
                return true;
            }
        }
        return false;
    }

    public BigDecimal cell(Header.Node row, Header.Node column) {
        return cells[row.leafIndex()][column.leafIndex()];
    }

    /**
     * The sum of the cells under a row (or row group) and a column (or column group); null when a cell
     * in it is unreadable.
     */
    public BigDecimal sum(Header.Node row, Header.Node column) {
        int firstRow = row.firstLeaf();
        int firstColumn = column.firstLeaf();
        int rows = row.leafCount();
        int columns = column.leafCount();
        if (rows == 1 && columns == 1) {
            return cells[firstRow][firstColumn];
        }
        // a node's leaves are a run of the leaves: the cells under it are a block of the grid
        BigDecimal total = BigDecimal.ZERO;
        for (int r = firstRow; r < firstRow + rows; r++) {
            BigDecimal[] line = cells[r];
            for (int c = firstColumn; c < firstColumn + columns; c++) {
                BigDecimal v = line[c];
                if (v == null) {
                    return null;
                }
                total = total.add(v);
            }
        }
        return total;
    }

    /** The display label of a row or column: by full path first, then by key, else the key itself. */
    public String label(Header.Node node) {
        String byPath = labels.get(node.path().dotted());
        if (byPath != null) {
            return byPath;
        }
        String byKey = labels.get(node.key());
        return byKey != null ? byKey : node.key();
    }
}
