package dev.tally.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number: the check language's arithmetic, so that {@code a / 3 * 3 = a} holds. Figures
 * come in as decimals and are shown as decimals: exactly when the fraction terminates, else to 34
 * significant digits (for display only; comparisons stay exact).
 */
public final class Exact implements Comparable<Exact> {

    public static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;
    /** The decimal this number was made from, as written ({@code 1.50}), or null for a result of arithmetic. */
    private final BigDecimal written;
    /** For the value of a place of a series divided by zero, where the zero is; null for a number. */
    private final Evaluator.ByZero byZero;

    private Exact(BigInteger num, BigInteger den) {
        this(num, den, null);
    }

    private Exact(BigInteger num, BigInteger den, BigDecimal written) {
        this(num, den, written, null);
    }

    private Exact(BigInteger num, BigInteger den, BigDecimal written, Evaluator.ByZero byZero) {
        this.num = num;
        this.den = den;
        this.written = written;
        this.byZero = byZero;
    }

    /**
     * The value of one place of a series where a division by zero happened, never computed with: the evaluator
     * carries it through and reports the place, naming the divisor's table and row or column.
     */
    static Exact undefined(Evaluator.ByZero at) {
        return new Exact(BigInteger.ZERO, BigInteger.ONE, null, at);
    }

    /** Whether this is the value of a place divided by zero (see {@link #undefined}). */
    boolean isUndefined() {
        return byZero != null;
    }

    /** Where the zero divisor of an {@linkplain #isUndefined() undefined} place is; null for a number. */
    Evaluator.ByZero byZero() {
        return byZero;
    }

    /** The decimal as a number that is shown as written: {@code 1.50} stays {@code 1.50}. */
    public static Exact of(BigDecimal d) {
        if (d == null) {
            return null;
        }
        if (d.scale() <= 0) {
            return new Exact(d.toBigIntegerExact(), BigInteger.ONE, d);
        }
        return normal(d.unscaledValue(), BigInteger.TEN.pow(d.scale()), d);
    }

    /**
     * The decimal as a result of arithmetic (a sum of cells or of a group's values), shown as one: {@code 3.30} is
     * shown {@code 3.3}.
     */
    public static Exact sum(BigDecimal d) {
        Exact written = of(d);
        return written == null ? null : new Exact(written.num, written.den);
    }

    /** The largest fraction kept, in bits of numerator and denominator together (about 1,200 digits). */
    public static final int MAX_BITS = 4_096;

    private static Exact normal(BigInteger num, BigInteger den) {
        return normal(num, den, null);
    }

    private static Exact normal(BigInteger num, BigInteger den, BigDecimal written) {
        if (num.bitLength() + den.bitLength() > MAX_BITS * 2) {
            throw new TooComplex();
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (den.equals(BigInteger.ONE)) {
            return new Exact(num, den, written);
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Exact(num, num.signum() == 0 ? BigInteger.ONE : den, written);
    }

    /** A computation whose exact result would exceed {@link #MAX_BITS}. */
    public static final class TooComplex extends ArithmeticException {
        TooComplex() {
            super("too complex");
        }
    }

    public Exact add(Exact o) {
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) {
            return new Exact(num.add(o.num), BigInteger.ONE);
        }
        if (den.bitLength() + o.den.bitLength() > MAX_BITS) {
            throw new TooComplex();
        }
        return normal(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Exact subtract(Exact o) {
        return add(o.negate());
    }

    public Exact multiply(Exact o) {
        if (num.bitLength() + o.num.bitLength() + den.bitLength() + o.den.bitLength() > MAX_BITS * 2) {
            throw new TooComplex();
        }
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) {
            return new Exact(num.multiply(o.num), BigInteger.ONE);
        }
        return normal(num.multiply(o.num), den.multiply(o.den));
    }

    /** @throws ArithmeticException on division by zero */
    public Exact divide(Exact o) {
        if (o.num.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return normal(num.multiply(o.den), den.multiply(o.num));
    }

    /** Rounded half up (half away from zero) to {@code places} decimal places: 1/3 to 2 places is 0.33. */
    public Exact round(int places) {
        if (isUndefined()) {
            return this;
        }
        return of(new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), places,
                java.math.RoundingMode.HALF_UP));
    }

    public Exact negate() {
        return new Exact(num.negate(), den);
    }

    public int signum() {
        return num.signum();
    }

    @Override
    public int compareTo(Exact o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exact e && num.equals(e.num) && den.equals(e.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    /** The value as a decimal: exact when it terminates, else rounded to 34 significant digits. */
    public BigDecimal toBigDecimal() {
        BigDecimal n = new BigDecimal(num);
        if (den.equals(BigInteger.ONE)) {
            return n;
        }
        try {
            return n.divide(new BigDecimal(den));
        } catch (ArithmeticException nonTerminating) {
            return n.divide(new BigDecimal(den), MathContext.DECIMAL128);
        }
    }

    /**
     * As written, for a number made from a decimal ({@code 1.50}, {@code 100.00}: the data's own figures); a
     * result of arithmetic as people write it: no exponent, no trailing zeros, and a fraction that does not
     * terminate ends in "…".
     */
    public String show() {
        return show(34);
    }

    /**
     * As {@link #show()}, a fraction that does not terminate cut (not rounded) after {@code significant} digits,
     * or after its whole part where that is longer: the digits shown are the value's own, and "…" says more
     * follow. Two values that differ in a later digit are shown with more ({@link #showApart}).
     */
    public String show(int significant) {
        if (written != null) {
            return written.toPlainString();
        }
        if (den.equals(BigInteger.ONE)) {
            return Evaluator.show(new BigDecimal(num));
        }
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        try {
            return Evaluator.show(n.divide(d));
        } catch (ArithmeticException nonTerminating) {
            int whole = num.abs().divide(den).toString().length();
            int scale = Math.max(significant - whole, 0);
            if (num.abs().compareTo(den) < 0) { // 0.000123…: the zeros after the point are not significant
                scale = significant + (den.toString().length() - num.abs().toString().length());
            }
            return Evaluator.show(n.divide(d, scale, java.math.RoundingMode.DOWN)) + "…";
        }
    }

    /**
     * Both values shown so that they can be told apart: with more digits where they would show alike
     * ({@code 0.333…} against {@code 0.333…} when one is a third and the other a little more).
     */
    public static String[] showApart(Exact a, Exact b) {
        String x = a.show();
        String y = b.show();
        // alike also where one is cut and the other ends there (1/3 against 0.333… written to 34 digits: trial AF)
        for (int digits = 50; uncut(x).equals(uncut(y)) && a.compareTo(b) != 0 && digits <= 1_000;
                digits += digits / 2) {
            x = a.show(digits);
            y = b.show(digits);
        }
        return new String[] {x, y};
    }

    /** A number as shown, without the mark of a cut ({@code …}). */
    private static String uncut(String shown) {
        return shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1) : shown;
    }

    @Override
    public String toString() {
        return show();
    }
}
