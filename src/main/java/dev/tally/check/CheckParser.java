package dev.tally.check;

import dev.tally.model.KeyPath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the check language:
 *
 * <pre>
 * check      = expr op expr            op: = == != &lt; &lt;= &gt; &gt;=
 * expr       = term { (+|-) term }
 * term       = unary { (*|/) unary }
 * unary      = - unary | + unary | primary
 * primary    = number | ( expr ) | sum( expr {, expr} ) | round( expr , digits ) | ref
 * ref        = name { . name } [ [ name { . name } ] | @ name { . name } ]
 * name       = letter-or-_ { letter | digit | _ }  |  `any text, a backquote written twice`
 * </pre>
 */
public final class CheckParser {

    /** The most decimal places {@code round(x, n)} takes. */
    static final int MAX_PLACES = 12;


    /** The longest check accepted, in characters. */
    public static final int MAX_LENGTH = 20_000;
    /** How deep parentheses and unary minus may nest. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private CheckParser(String text) {
        this.text = text;
    }

    private static final java.util.Map<String, Comparison> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    /** Parses a check; the same text (a template's check, in every report) is parsed once. */
    public static Comparison parse(String text) throws CheckSyntaxException {
        Comparison cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        Comparison parsed = parseUncached(text);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, parsed);
        }
        return parsed;
    }

    private static Comparison parseUncached(String text) throws CheckSyntaxException {
        if (text.length() > MAX_LENGTH) {
            throw new CheckSyntaxException("syntax.too-long", 0, String.valueOf(MAX_LENGTH));
        }
        CheckParser p = new CheckParser(text);
        Expr left = p.expr();
        p.skipSpace();
        int opAt = p.pos;
        Op op = p.op();
        if (op == null) {
            throw p.unexpected(p.pos < text.length() ? "syntax.expected-operator" : "syntax.no-comparison");
        }
        p.misspelledOperator(opAt);
        Expr right = p.expr();
        p.skipSpace();
        if (p.pos < text.length()) {
            if (p.op() != null) {
                throw new CheckSyntaxException("syntax.two-comparisons", opAt);
            }
            throw p.unexpected("syntax.unexpected");
        }
        return new Comparison(left, op, right, text);
    }

    /** Parses a reference alone, as written in a {@code tally:} macro target ({@code id.row@column}). */
    public static Expr.Ref parseRef(String text) throws CheckSyntaxException {
        CheckParser p = new CheckParser(text);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new CheckSyntaxException("syntax.empty", 0);
        }
        if (!p.startsName()) {
            throw p.unexpected("syntax.unexpected");
        }
        Expr.Ref ref = p.ref();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.unexpected("syntax.unexpected");
        }
        return ref;
    }

    private Expr expr() throws CheckSyntaxException {
        Expr left = term();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                int at = pos;
                char op = text.charAt(pos++);
                if (op == '+' && peek('-')) {
                    // x +- 0.1 reads as x + (-0.1): a tolerance written so would pass or fail for the wrong
                    // reason (trial U, 8)
                    throw new CheckSyntaxException("syntax.plus-minus", at);
                }
                left = new Expr.Binary(op, left, term(), at);
            } else {
                return left;
            }
        }
    }

    private Expr term() throws CheckSyntaxException {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                int at = pos;
                char op = text.charAt(pos++);
                left = new Expr.Binary(op, left, unary(), at);
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws CheckSyntaxException {
        skipSpace();
        if (peek('-')) {
            int at = pos++;
            enter(at);
            Expr e = new Expr.Negate(unary(), at);
            depth--;
            return e;
        }
        if (peek('+')) { // as a data block may write +5, a check may too
            int at = pos++;
            enter(at);
            Expr e = unary();
            depth--;
            return e;
        }
        return primary();
    }

    private Expr primary() throws CheckSyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw new CheckSyntaxException("syntax.end", pos);
        }
        char c = text.charAt(pos);
        if (c == '(') {
            int at = pos++;
            enter(at);
            Expr inner = expr();
            expect(')', at);
            depth--;
            return inner;
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (startsName()) {
            int save = pos;
            String name = text.charAt(pos) == '`' ? null : name();
            skipSpace();
            if ("sum".equals(name) && peek('(')) {
                int at = save;
                pos++;
                enter(at);
                List<Expr> args = new ArrayList<>();
                skipSpace();
                if (peek(')')) {
                    throw new CheckSyntaxException("syntax.empty-sum", pos);
                }
                args.add(expr());
                skipSpace();
                while (peek(',')) {
                    pos++;
                    args.add(expr());
                    skipSpace();
                }
                expect(')', at);
                depth--;
                return new Expr.Sum(args, at);
            }
            if ("round".equals(name) && peek('(')) {
                // round(x, n): a printed ratio or share (33.3) checked against the exact one (trial Q, 5; S, 9)
                int at = save;
                pos++;
                enter(at);
                Expr arg = expr();
                skipSpace();
                if (!peek(',')) {
                    throw new CheckSyntaxException("syntax.round-places", pos);
                }
                pos++;
                skipSpace();
                int digitsAt = pos;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    pos++;
                }
                if (pos == digitsAt || pos - digitsAt > 2 || Integer.parseInt(text, digitsAt, pos, 10) > MAX_PLACES
                        || pos < text.length() && (text.charAt(pos) == '.' || Character.isLetter(text.charAt(pos)))) {
                    // round(x, 1.5) or round(x, 2a): the places, not a missing bracket (trial U, 11)
                    throw new CheckSyntaxException("syntax.round-places", digitsAt);
                }
                int places = Integer.parseInt(text, digitsAt, pos, 10);
                skipSpace();
                expect(')', at);
                depth--;
                return new Expr.Round(arg, places, at);
            }
            if (name != null && peek('(')) {
                // max(...), SUM(...): a function the language does not have, not a name followed by a stray bracket
                throw new CheckSyntaxException("syntax.unknown-function", save, name);
            }
            pos = save;
            return ref();
        }
        throw unexpected("syntax.unexpected");
    }

    private Expr.Ref ref() throws CheckSyntaxException {
        int start = pos;
        KeyPath path = path();
        KeyPath column = null;
        int save = pos;
        skipSpace();
        if (peek('[')) {
            int open = pos++;
            skipSpace();
            column = path();
            skipSpace();
            expect(']', open);
        } else if (peek('@')) {
            pos++;
            skipSpace();
            column = path();
        } else {
            pos = save;
        }
        return new Expr.Ref(path, column, text.substring(start, pos).strip(), start);
    }

    private KeyPath path() throws CheckSyntaxException {
        List<String> keys = new ArrayList<>();
        keys.add(nameOrQuoted());
        while (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            keys.add(nameOrQuoted());
        }
        return new KeyPath(keys);
    }

    private String nameOrQuoted() throws CheckSyntaxException {
        if (pos < text.length() && text.charAt(pos) == '`') {
            int open = pos++;
            // a backquote in the key is written twice (`c``d` is the key c`d)
            StringBuilder key = new StringBuilder();
            while (true) {
                int close = text.indexOf('`', pos);
                if (close < 0) {
                    throw new CheckSyntaxException("syntax.unclosed-quote", open);
                }
                key.append(text, pos, close);
                if (close + 1 < text.length() && text.charAt(close + 1) == '`') {
                    key.append('`');
                    pos = close + 2;
                    continue;
                }
                pos = close + 1;
                break;
            }
            if (key.length() == 0) {
                throw new CheckSyntaxException("syntax.empty-name", open);
            }
            return key.toString();
        }
        if (!startsName()) {
            throw unexpected("syntax.expected-name");
        }
        return name();
    }

    private boolean startsName() {
        if (pos >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(pos);
        return cp == '`' || cp == '_' || Character.isLetter(cp);
    }

    private String name() {
        int start = pos;
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (pos > start ? dev.tally.model.KeyPath.isNamePart(cp) : cp == '_' || Character.isLetter(cp)) {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private Expr number() throws CheckSyntaxException {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos < text.length() - 1 && text.charAt(pos) == '.' && text.charAt(pos + 1) >= '0'
                && text.charAt(pos + 1) <= '9') {
            pos++;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
        }
        if (pos - start > 60) {
            throw new CheckSyntaxException("syntax.number-too-long", start);
        }
        if (pos < text.length() && (Character.isLetter(text.codePointAt(pos)) || text.charAt(pos) == '_')) {
            // 1e3, 1_000, 0x10: a number as programs write it, not a name (trial M, 8)
            String rest = text.substring(start);
            if (rest.matches("(?s)([0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+|[0-9]+(_[0-9]+)+|0[xXoObB][0-9a-fA-F]+)"
                    + "([^\\p{L}\\p{N}_].*)?")) {
                throw new CheckSyntaxException("syntax.number-form", start);
            }
            throw new CheckSyntaxException("syntax.name-starts-with-digit", start);
        }
        return new Expr.Number(new BigDecimal(text.substring(start, pos)), start);
    }

    private Op op() {
        if (pos >= text.length()) {
            return null;
        }
        String rest = text.substring(pos, Math.min(pos + 2, text.length()));
        Op op = null;
        int len = 2;
        if (rest.startsWith("==")) {
            op = Op.EQ;
        } else if (rest.startsWith("!=")) {
            op = Op.NE;
        } else if (rest.startsWith("<=")) {
            op = Op.LE;
        } else if (rest.startsWith(">=")) {
            op = Op.GE;
        } else {
            len = 1;
            switch (rest.charAt(0)) {
                case '=' -> op = Op.EQ;
                case '<' -> op = Op.LT;
                case '>' -> op = Op.GT;
                default -> {
                }
            }
        }
        if (op != null) {
            pos += len;
        }
        return op;
    }

    private void enter(int at) throws CheckSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new CheckSyntaxException("syntax.too-deep", at, String.valueOf(MAX_DEPTH));
        }
    }

    /** {@code =<}, {@code =>} and {@code <>}, spellings of other languages: said as such, with ours. */
    private void misspelledOperator(int opAt) throws CheckSyntaxException {
        String written = text.substring(opAt, Math.min(opAt + 2, text.length()));
        String ours = switch (written) {
            case "=<" -> "<=";
            case "=>" -> ">=";
            case "<>" -> "!=";
            default -> null;
        };
        if (ours != null) {
            throw new CheckSyntaxException("syntax.operator-spelling", opAt, ours, written);
        }
    }

    private void expect(char c, int openedAt) throws CheckSyntaxException {
        skipSpace();
        if (!peek(c) && pos < text.length()) {
            CheckSyntaxException hint = hint();
            if (hint != null) {
                throw hint;
            }
        }
        if (!peek(c)) {
            throw new CheckSyntaxException(pos >= text.length() ? "syntax.unclosed" : "syntax.expected-close",
                    pos >= text.length() ? openedAt : pos, String.valueOf(c), found());
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "";
        }
        return new String(Character.toChars(text.codePointAt(pos)));
    }

    private CheckSyntaxException unexpected(String code) {
        CheckSyntaxException hint = hint();
        return hint != null ? hint : new CheckSyntaxException(code, pos, found());
    }

    /**
     * A character typed where its ASCII twin was meant, as a Chinese input method gives it ({@code ＝ ＋ １０ （ ，}),
     * or a sign of typesetting ({@code ≥ × −}), or a thousands separator in a number ({@code 1,234}): the error
     * says what to write instead. Null for any other character.
     */
    private CheckSyntaxException hint() {
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if ((c == ',' || c == '\uFF0C') && pos > 0 && isAsciiDigit(text.charAt(pos - 1))
                && threeDigits(pos + 1)) {
            return new CheckSyntaxException("syntax.thousands", pos, found());
        }
        if (c == '"' || c == '\'') {
            // an ASCII quote is no look-alike: a name is written bare, or in backquotes (trial AG, 10)
            return new CheckSyntaxException("syntax.quoted-name", pos, found());
        }
        String ascii = lookAlike(c);
        return ascii == null ? null : new CheckSyntaxException("syntax.look-alike", pos, ascii, found());
    }

    private boolean threeDigits(int at) {
        return at + 3 <= text.length() && isAsciiDigit(text.charAt(at)) && isAsciiDigit(text.charAt(at + 1))
                && isAsciiDigit(text.charAt(at + 2)) && (at + 3 == text.length() || !isAsciiDigit(text.charAt(at + 3)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What to write for a character that stands for one of the language's own, or null. */
    static String lookAlike(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') { // the full-width forms of ASCII ! to ~
            return String.valueOf((char) (c - 0xFEE0));
        }
        return switch (c) {
            case '\u2265', '\u2A7E' -> ">="; // ≥ ⩾
            case '\u2264', '\u2A7D' -> "<="; // ≤ ⩽
            case '\u2260' -> "!=";            // ≠
            case '\u00D7', '\u2715' -> "*";   // × ✕
            case '\u00F7', '\u2215' -> "/";   // ÷ ∕
            case '\u2212', '\u2013', '\u2014', '\uFE63' -> "-"; // − – — ﹣
            case '\u3001' -> ",";             // 、
            case '\u3002' -> ".";             // 。
            case '\u3010', '\u3014' -> "[";   // 【 〔
            case '\u3011', '\u3015' -> "]";   // 】 〕
            case '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '\u300C', '\u300D' -> "`"; // quotes: names are quoted in backquotes
            default -> null;
        };
    }
}
