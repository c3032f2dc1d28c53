package dev.tally.read;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers from YAML scalar text exactly, as decimals. Only plain scalars of the form
 * {@code -12}, {@code 0}, {@code 3.25} are numbers; YAML 1.1's other readings ({@code yes}, {@code 0x1F},
 * {@code 1_000}, {@code .inf}, octal {@code 012}) are not, and a problem code says why.
 */
public final class NumberText {

    /** The longest number accepted, in characters. */
    public static final int MAX_LENGTH = 60;

    /**
     * A number with a short unit after it, as pasted with its unit ({@code 236人次}, {@code 4场}, {@code 12%}, {@code 236 people}: a word of letters, trial AG, 6); group 1
     * the number. A cell or figure so written is said to be one; a values block keeps it as text, and a figure of it
     * is warned of.
     */
    public static final java.util.regex.Pattern WITH_UNIT =
            java.util.regex.Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*(?:[\\p{IsHan}%％‰]{1,4}|[a-zA-Z]{1,12})");

    /** A number with a currency sign before it, as printed: {@code £139,500}, {@code $ 12.50}, {@code ￥3,000}. */
    private static final java.util.regex.Pattern CURRENCY =
            java.util.regex.Pattern.compile("[+-]?[$€£¥￥]\\s?[0-9][0-9,]*(?:\\.[0-9]+)?");

    private NumberText() {
    }

    /** A number, or the reason (a message code) the text is not one. */
    public record Result(BigDecimal value, String problem) {

        public boolean ok() {
            return value != null;
        }
    }

    /** {@code [+-]?(0|[1-9][0-9]*)(\.[0-9]+)?}, without a regex: this runs for every cell. */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        if (digits == 0 || (digits > 1 && s.charAt(start) == '0')) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        i++;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == n;
    }

    /**
     * The value of a text {@link #isPlainDecimal} accepts. A whole number of up to 18 digits, nearly every cell, is
     * summed up by hand: BigDecimal's own parsing costs a cold JVM, which interprets it for every cell, several
     * times as much. The value and its scale (0) are what {@code new BigDecimal(text)} gives.
     */
    static BigDecimal plainDecimal(String text) {
        int n = text.length();
        int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (n - i <= 18) {
            long v = 0;
            for (int k = i; k < n; k++) {
                char c = text.charAt(k);
                if (c == '.') {
                    v = -1; // a decimal: BigDecimal's way
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (v >= 0) {
                return BigDecimal.valueOf(text.charAt(0) == '-' ? -v : v);
            }
        }
        return new BigDecimal(text.charAt(0) == '+' ? text.substring(1) : text);
    }

    public static Result parse(YNode.Scalar scalar) {
        if (scalar.isNull()) {
            return new Result(null, "value.empty");
        }
        if (!scalar.plain()) {
            String text = scalar.text().strip();
            if (isPlainDecimal(text)) {
                return new Result(null, "value.quoted");
            }
            // "1,234" in quotes: the same hint as without them; "" is as empty as [1, , 3] (trial M, 14)
            String problem = parse(text).problem();
            return new Result(null, problem == null ? "value.text" : problem);
        }
        return parse(scalar.text());
    }

    /** A character that shows as nothing or as a plain space: zero-width and no-break spaces, marks, the BOM. */
    static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * A figure as the text prints it ({@code tally:PATH[EXPECTED]}), where presentation is the writer's: thousands
     * grouped by commas ({@code 12,480}, {@code 1，234}) or spaces ({@code 12 480}), full-width digits
     * ({@code １３８９}) and a typographic minus ({@code −3.5}) are read as the number they show. What is not a
     * number gives the reason, as for a cell.
     */
    public static Result parseFigure(String raw) {
        String text = raw.strip();
        Result plain = parse(text);
        if (plain.ok() || text.length() > MAX_LENGTH) {
            return plain;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (i == 0 && (c == '\u2212' || c == '\uFE63' || c == '\uFF0D')) {
                b.append('-');
            } else if (c == '\u00A0' || c == '\u2009' || c == '\u202F') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        String shown = b.toString();
        if (shown.matches("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[+-]?[0-9]{1,3}( [0-9]{3})+(\\.[0-9]+)?")) {
            shown = shown.replace(",", "").replace(" ", "");
        }
        return parse(shown);
    }

    /** What a published table writes for nil: a dash of any kind, two of them, or a slash. */
    private static final java.util.regex.Pattern DASH =
            java.util.regex.Pattern.compile("[-\u2212\u2013\u2014\uFE63\uFF0D/\uFF0F]|--|\u2014\u2014");

    public static Result parse(String raw) {
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            boolean numeric = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '+');
            return new Result(null, numeric ? "value.too-long" : "value.text");
        }
        if (isPlainDecimal(text)) {
            return new Result(plainDecimal(text), null);
        }
        if (text.isEmpty()) {
            return new Result(null, "value.empty");
        }
        if ((text.indexOf('，') > 0 || text.indexOf('、') > 0)
                && text.matches("[0-9０-９.．]+([，、][0-9０-９.．]+)+")
                && !text.matches("[0-9０-９]{1,3}(，[0-9０-９]{3})+([.．][0-9０-９]+)?")) {
            // a row typed with a Chinese input method: its commas separate nothing for YAML (trial R, 6)
            return new Result(null, "value.fullwidth-commas");
        }
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９') || text.indexOf('．') >= 0) {
            return new Result(null, "value.fullwidth");
        }
        // pasted from a word processor or a web page (trial L, 10): what cannot be seen is named
        if (text.chars().anyMatch(NumberText::invisible) && text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            String rest = text.chars().filter(c -> !invisible(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return new Result(null, parse(rest).value() != null ? "value.invisible" : "value.text");
        }
        if (text.matches("[\u2212\u2013\u2014\uFE63\uFF0D][0-9.]+")) {
            return new Result(null, "value.minus");
        }
        if (text.matches("[+-]?[0-9]{1,3}([,，][0-9]{3})+(\\.[0-9]+)?")) {
            return new Result(null, "value.grouped");
        }
        if (text.matches("[+-]?[0-9]{1,3}( [0-9]{3})+(\\.[0-9]+)?")) {
            return new Result(null, "value.grouped");
        }
        if (text.matches("[+-]?[0-9]+([,，][0-9]+)+(\\.[0-9]+)?")) {
            return new Result(null, "value.comma");
        }
        if (text.matches("[+-]?[0-9][0-9_]*_[0-9_]*(\\.[0-9_]+)?")) {
            return new Result(null, "value.underscore");
        }
        if (text.matches("[+-]?0[0-9]+(\\.[0-9]+)?")) {
            return new Result(null, "value.leading-zero");
        }
        if (text.matches("(?i)[+-]?(\\.inf|\\.nan|inf|infinity|nan)")) {
            return new Result(null, "value.not-finite");
        }
        if (text.matches("(?i)[+-]?0x[0-9a-f]+|[+-]?0o[0-7]+|[+-]?0b[01]+")) {
            return new Result(null, "value.radix");
        }
        if (text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            return new Result(null, "value.format");
        }
        if (text.indexOf('\t') > 0 && text.matches("[+-]?[0-9.]+([ ]*\\t\\s*[+-]?[0-9.]+)+")) {
            return new Result(null, "value.tabs"); // [5<TAB>1<TAB>0] pasted from a spreadsheet (trial AE, 5)
        }
        if (DASH.matcher(text).matches()) {
            return new Result(null, "value.dash"); // a dash or slash for nil, as published tables write it (trial AG)
        }
        if (WITH_UNIT.matcher(text).matches()) {
            return new Result(null, "value.unit"); // 3件, 1.25万元 pasted with the figure (trial AE, 8)
        }
        if (CURRENCY.matcher(text).matches()) {
            return new Result(null, "value.currency"); // £139,500 written as printed (trial AL, 10)
        }
        if (CHINESE_NUMERAL.matcher(text).matches()) {
            return new Result(null, "value.chinese-numeral"); // 一 for 1, as a clerk types it (trial AO, 5)
        }
        return new Result(null, "value.text");
    }

    /** A number written in Chinese characters, plain or financial: 一, 十二, 两百, 壹佰零伍. */
    private static final java.util.regex.Pattern CHINESE_NUMERAL =
            java.util.regex.Pattern.compile("[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+");
}
