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

    private static void collect(Expr e, List<Expr.Ref> out) {
        if (e instanceof Expr.Ref r) {
            out.add(r);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e instanceof Expr.Sum s) {
            s.args().forEach(a -> collect(a, out));
        }
    }

    public boolean usesPrevious() {
        return refs().stream().anyMatch(Expr.Ref::isPrevious);
    }
}
