package dev.tally.check;

import dev.tally.model.KeyPath;

import java.math.BigDecimal;
import java.util.List;

/** An expression of the check language. Positions are 0-based offsets into the check text. */
public sealed interface Expr {

    int at();

    record Number(BigDecimal value, int at) implements Expr {
    }

    /**
     * A reference: a path, optionally with a column ({@code row[column]} or {@code row@column}).
     *
     * @param text the reference as written
     */
    record Ref(KeyPath path, KeyPath column, String text, int at) implements Expr {

        /**
         * Whether the reference reaches into the previous report: {@code previous.} as a plain name. A block
         * named previous is named in backquotes ({@code `previous`.x}).
         */
        public boolean isPrevious() {
            return path.size() > 1 && path.first().equals("previous") && !text.startsWith("`");
        }
    }

    record Negate(Expr operand, int at) implements Expr {
    }

    record Binary(char op, Expr left, Expr right, int at) implements Expr {

        /**
         * The steps of the left-deep chain this operation ends ({@code a + b + c} parses as {@code (a + b) + c}),
         * first step first: the chain's first operand is the first step's left. Walking them in a loop, not by
         * recursion, a long flat sum cannot overflow the stack (nesting by parentheses is bounded by the parser).
         */
        List<Binary> chain() {
            java.util.ArrayDeque<Binary> steps = new java.util.ArrayDeque<>();
            Expr left = this;
            while (left instanceof Binary b) {
                steps.push(b);
                left = b.left();
            }
            return List.copyOf(steps);
        }
    }

    record Sum(List<Expr> args, int at) implements Expr {
    }

    /** {@code round(arg, places)}: half up ({@code 四舍五入}), to a number of decimal places. */
    record Round(Expr arg, int places, int at) implements Expr {
    }
}
