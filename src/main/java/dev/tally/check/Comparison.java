package dev.tally.check;

import java.util.ArrayList;
import java.util.List;

/** A parsed check: two expressions and a comparison. */
public record Comparison(Expr left, Op op, Expr right, String text) {

    /** Every reference in the check, left to right. */
    public List<Expr.Ref> refs() {
        List<Expr.Ref> out = new ArrayList<>();
        collect(left, out);
        collect(right, out);
        return out;
    }

    /** Depth-first, left to right, with an explicit stack: long flat sums are deep trees. */
    private static void collect(Expr root, List<Expr.Ref> out) {
        java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (e instanceof Expr.Ref r) {
                out.add(r);
            } else if (e instanceof Expr.Negate n) {
                stack.push(n.operand());
            } else if (e instanceof Expr.Round r) {
                stack.push(r.arg());
            } else if (e instanceof Expr.Binary b) {
                stack.push(b.right());
                stack.push(b.left());
            } else if (e instanceof Expr.Sum s) {
                for (int i = s.args().size() - 1; i >= 0; i--) {
                    stack.push(s.args().get(i));
                }
            }
        }
    }

    public boolean usesPrevious() {
        return refs().stream().anyMatch(Expr.Ref::isPrevious);
    }
}
