package dev.tally.check;

import dev.tally.diagnostic.Severity;
import dev.tally.model.KeyPath;

/**
 * A cell of one of the report's own tables that a failing check names, for marking it where the table is shown;
 * or a number of one of its values blocks (column null), for marking it where the text shows it as a figure.
 *
 * @param table the table's id, or the values block's
 * @param row the cell's leaf row, or the number's key path in the values block
 * @param column the cell's leaf column; null for a number of a values block
 * @param why the check as written and its two values, such as {@code 合计 = 执法 + 其他: 98 != 97}
 * @param severity the failing check's: an error's cell is marked as wrong, a warning's or a note's less loudly
 */
public record FailedCell(String table, KeyPath row, KeyPath column, String why, Severity severity) {

    /** A cell of a failing check whose severity is error. */
    public FailedCell(String table, KeyPath row, KeyPath column, String why) {
        this(table, row, column, why, Severity.ERROR);
    }
}
