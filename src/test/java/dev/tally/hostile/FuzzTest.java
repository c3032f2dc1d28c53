package dev.tally.hostile;

import dev.tally.check.CheckParser;
import dev.tally.check.CheckSyntaxException;
import dev.tally.check.Comparison;
import dev.tally.check.DocumentScope;
import dev.tally.check.EvalException;
import dev.tally.check.Evaluator;
import dev.tally.check.Expr;
import dev.tally.check.Scope;
import dev.tally.check.TableScope;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.read.ReportReader;
import dev.tally.read.SourceLine;
import dev.tally.read.StrictYaml;
import dev.tally.read.TextFile;
import dev.tally.read.YNode;
import dev.tally.template.Templates;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.opentest4j.AssertionFailedError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Fuzzing with jqwik. Whatever the input, the reader and the checker give diagnostics, never an exception:
 *
 * <ol>
 * <li>arbitrary text, AsciiDoc-and-YAML soup, and mutations of a real report (the bundled
 *     {@code examples/src/reports/2024/qingshan.adoc}, with its include, its previous report and its template)
 *     through the whole reader and checker ({@link dev.tally.run.Tally} over a temporary project): the result is a
 *     RunResult, the control report next to it is still checked, no error lacks a line, nothing is written
 *     outside the project, and nothing takes longer than {@link #LIMIT}; once more with the integrity pass on,
 *     as {@code tally:check} runs by default;</li>
 * <li>arbitrary text and check-language soup through {@link CheckParser#parse}: a Comparison or a
 *     CheckSyntaxException with an offset inside the text; a Comparison evaluates over a small document scope and a
 *     table scope to an outcome or an EvalException;</li>
 * <li>arbitrary text and YAML soup through {@link StrictYaml}: a node, or a diagnostic at a line of the block
 *     (or nothing at all for a stream that holds no document, as SnakeYAML itself reads it).</li>
 * </ol>
 *
 * <p>The suite runs a few hundred tries of each from a fixed seed (about 10 s in all on an idle two-core machine). {@link FuzzTries} says
 * how to run a long fuzz on purpose.
 */
@AddLifecycleHook(FuzzTries.class)
class FuzzTest {

    /** Per try: the whole reader and checker on a small project. A safety net against hangs. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    private static final Map<String, Crash> CRASHES = new ConcurrentHashMap<>();

    /** One kind of crash found in a collecting long run: how often, and the shortest input that caused it. */
    record Crash(String signature, long count, String input, String detail) {
    }

    private Path root;
    private Sandbox sandbox;
    private Templates templates;

    @BeforeProperty
    void setUp() throws IOException {
        root = Files.createTempDirectory("tally-fuzz");
        sandbox = new Sandbox(root);
        templates = new Templates(sandbox.project);
        sandbox.report("_p.adoc", "[data#p]\n----\nn: 1\n----\n");
        sandbox.projectFile("t.yaml", "name: t\ntables:\n  t:\n    columns: [a, b]\n    rows: [x, y]\n    checks: [a >= b]\n");
        Path examples = examples();
        if (examples != null) {
            copy(examples.resolve("2024/qingshan.adoc"), sandbox.reports.resolve("2024/qingshan.adoc"));
            copy(examples.resolve("2023/qingshan.adoc"), sandbox.reports.resolve("2023/qingshan.adoc"));
            copy(examples.resolve("_contact.adoc"), sandbox.reports.resolve("_contact.adoc"));
        }
    }

    @AfterProperty
    void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The crashes a collecting run found, cleared; printed and turned into a failure by {@link FuzzTries}. */
    static List<Crash> takeCrashes() {
        List<Crash> list = CRASHES.values().stream().sorted(Comparator.comparing(Crash::signature)).toList();
        CRASHES.clear();
        return list;
    }

    // ================================================================ (1) the whole reader and checker

    @Property(tries = 200)
    void anyTextAsAReportGivesDiagnosticsNeverAnException(@ForAll("reportText") String text) {
        guard(text, () -> {
            sandbox.report("r.adoc", text);
            checkRun();
        });
    }

    @Property(tries = 100)
    void anyBytesAsAReportGiveDiagnosticsNeverAnException(@ForAll("reportBytes") byte[] bytes) {
        guard(new String(bytes, StandardCharsets.ISO_8859_1), () -> {
            sandbox.reportBytes("r.adoc", bytes);
            checkRun();
        });
    }

    @Property(tries = 200)
    void aMutatedRealReportGivesDiagnosticsNeverAnException(@ForAll("mutations") List<Mutation> mutations) {
        byte[] original = realReport();
        byte[] mutated = Mutation.applyAll(original, mutations);
        guard(new String(mutated, StandardCharsets.UTF_8) + "\n[mutations: " + mutations + "]", () -> {
            sandbox.reportBytes("2024/qingshan.adoc", mutated);
            checkRun();
        });
    }

    @Property(tries = 200)
    void anyYamlAsADataBlockGivesDiagnosticsNeverAnException(@ForAll("blockYaml") String yaml) {
        String text = "= R\n\n[data#v]\n----\n" + yaml + "\n----\n\n[data#t]\n----\n" + yaml + "\n----\n\n"
                + "tally:v.a[1] tally:t.x@a[1]\n\n[checks]\n----\n- v.a = 1\n- t.x = t.y\n----\n";
        guard(text, () -> {
            sandbox.report("r.adoc", text);
            checkRun();
        });
    }

    /** The same soup with the integrity pass on, as tally:check runs by default. */
    @Property(tries = 60)
    void anyTextAsAReportThroughTheIntegrityPassGivesDiagnosticsNeverAnException(@ForAll("reportText") String text) {
        guard(text, () -> {
            sandbox.withIntegrity().report("r.adoc", text);
            checkRun();
        });
    }

    private void checkRun() {
        Sandbox.Outcome o = sandbox.run(LIMIT, templates);
        for (Diagnostic d : o.result.diagnostics()) {
            if (d.severity() == Severity.ERROR && d.location().line() < 1) {
                throw new AssertionFailedError("an error without a line: " + d);
            }
        }
    }

    // ================================================================ (2) the check language

    @Property(tries = 5000)
    void anyTextAsACheckParsesOrIsASyntaxErrorAndEvaluatesOrIsAnEvalError(@ForAll("checkText") String text) {
        guard(text, () -> {
            Comparison c;
            try {
                c = CheckParser.parse(text);
            } catch (CheckSyntaxException e) {
                offsetInside(e.offset(), text, e.code());
                net.jqwik.api.statistics.Statistics.collect("syntax error");
                return;
            }
            for (Scope scope : Scopes.all()) {
                try {
                    Evaluator.Outcome outcome = Evaluator.compare(c, scope);
                    outcome.failures().forEach(f -> {
                        f.left().show();
                        f.right().show();
                    });
                    net.jqwik.api.statistics.Statistics.collect("evaluated");
                } catch (EvalException e) {
                    net.jqwik.api.statistics.Statistics.collect("eval error");
                    if (e.offset() < -1 || e.offset() > text.length()) {
                        throw new AssertionFailedError("EvalException " + e.code() + " at offset " + e.offset()
                                + " outside the check (length " + text.length() + ")");
                    }
                }
            }
        });
    }

    @Provide
    Arbitrary<String> figureTarget() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, checkText()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(REFS).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(REFS)));
    }

    @Property(tries = 1500)
    void anyTextAsAFigureTargetIsAReferenceOrASyntaxError(@ForAll("figureTarget") String text) {
        guard(text, () -> {
            Expr.Ref ref;
            try {
                ref = CheckParser.parseRef(text);
            } catch (CheckSyntaxException e) {
                offsetInside(e.offset(), text, e.code());
                return;
            }
            try {
                Scopes.document().resolve(ref, false);
            } catch (EvalException e) {
                // an unknown name, a whole row, ...: reported as a diagnostic by the checker
            }
        });
    }

    private static void offsetInside(int offset, String text, String code) {
        if (offset < 0 || offset > text.length()) {
            throw new AssertionFailedError("CheckSyntaxException " + code + " at offset " + offset
                    + " outside the check (length " + text.length() + ")");
        }
    }

    // ================================================================ (3) strict YAML

    @Property(tries = 1000)
    void anyTextAsYamlIsANodeOrADiagnostic(@ForAll("yamlText") String text) {
        guard(text, () -> {
            Path file = Path.of("fuzz.adoc").toAbsolutePath();
            List<SourceLine> all = TextFile.split(text, file);
            List<SourceLine> lines = new ArrayList<>();
            for (SourceLine l : all) {
                lines.add(new SourceLine(l.text(), new Location(file, l.location().line() + 10)));
            }
            Location blockAt = new Location(file, 9);
            Diagnostics diagnostics = new Diagnostics();
            YNode node = Sandbox.bounded(LIMIT, "StrictYaml.read", () -> new StrictYaml(diagnostics).read(lines, blockAt));
            int last = 10 + Math.max(lines.size(), 1);
            for (Diagnostic d : diagnostics.list()) {
                if (d.location().line() < 9 || d.location().line() > last) {
                    throw new AssertionFailedError("a diagnostic outside the block (lines 9.." + last + "): " + d);
                }
                d.message();
            }
            if (node != null) {
                walk(node, last);
            } else if (diagnostics.size() == 0 && !noDocument(lines)) {
                throw new AssertionFailedError("no node and no diagnostic, yet SnakeYAML finds a document");
            }
        });
    }

    private static void walk(YNode node, int last) {
        if (node == null) {
            throw new AssertionFailedError("a null node inside a node returned without diagnostic");
        }
        if (node.location().line() < 9 || node.location().line() > last) {
            throw new AssertionFailedError("a node outside the block: " + node.location());
        }
        if (node instanceof YNode.Sequence s) {
            s.items().forEach(i -> walk(i, last));
        } else if (node instanceof YNode.Mapping m) {
            m.entries().forEach(e -> {
                walk(e.key(), last);
                walk(e.value(), last);
            });
        }
    }

    /**
     * Whether permissive SnakeYAML reads the lines as a stream without any document (blank, comments only). As in
     * StrictYaml, NEL, LS and PS are not line breaks (the report's lines are the lines).
     */
    private static boolean noDocument(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text().replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' '))
                .append('\n'));
        try {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(true);
            o.setTagInspector(t -> true);
            return new Yaml(o).compose(new StringReader(sb.toString())) == null;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    // ================================================================ guarding one try

    private void guard(String input, Runnable body) {
        try {
            body.run();
        } catch (Throwable t) {
            String signature = signature(t);
            if (FuzzTries.collect()) {
                CRASHES.merge(signature, new Crash(signature, 1, input, detail(t)),
                        (a, b) -> new Crash(a.signature(), a.count() + 1,
                                b.input().length() < a.input().length() ? b.input() : a.input(),
                                b.input().length() < a.input().length() ? b.detail() : a.detail()));
                return;
            }
            throw new AssertionFailedError("crash (" + signature + ") on input " + escape(input, 4000) + "\n" + detail(t), t);
        }
    }

    /** What kind of crash: the exception and the first frame in Tally, or the first words of the failure. */
    static String signature(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof AssertionError) {
            String m = String.valueOf(root.getMessage());
            m = m.replaceAll("/[^\\s:]*", "<path>").replaceAll("[0-9]+", "N");
            int cut = m.indexOf('\n');
            m = cut > 0 ? m.substring(0, cut) : m;
            return "failed: " + (m.length() > 100 ? m.substring(0, 100) : m);
        }
        for (StackTraceElement e : root.getStackTrace()) {
            if (e.getClassName().startsWith("dev.tally.") && !e.getClassName().startsWith("dev.tally.hostile.")) {
                return root.getClass().getSimpleName() + " at " + e.getClassName().replace("dev.tally.", "") + "."
                        + e.getMethodName() + ":" + e.getLineNumber();
            }
        }
        return root.getClass().getSimpleName();
    }

    private static String detail(Throwable t) {
        String s = String.valueOf(t.getMessage());
        return s.length() > 1500 ? s.substring(0, 1500) + "…" : s;
    }

    /** The input as a Java string literal, so that it can be pasted into a test. */
    static String escape(String s, int max) {
        StringBuilder sb = new StringBuilder("\"");
        int i = 0;
        for (; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7E && (c < 0x4E00 || c > 0x9FFF)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(i < s.length() ? "\"…(" + s.length() + " chars)" : "\"").toString();
    }

    // ================================================================ generators

    /** Pieces of AsciiDoc and YAML, as whole lines and as fragments, that steer text into Tally's code paths. */
    static final List<String> ADOC = List.of(
            "= R\n", "== 一、总体情况\n", "=== （一）\n", "[data#v]\n", "[data,id=t]\n", "[data#t]\n", "[data]\n",
            "[checks]\n", "----\n", "-----\n", "....\n", "////\n", "--\n", "|===\n", "====\n", ".标题\n",
            ":tally-previous: r.adoc\n", ":tally-previous: control.adoc\n", ":tally-previous: ../r.adoc\n",
            ":tally-previous: 2024/qingshan.adoc\n", ":tally-template: gov-info-disclosure-2021\n",
            ":tally-template: ../../t.yaml\n", ":tally-template: t.yaml\n", ":tally-template:\n",
            "include::r.adoc[]\n", "include::_p.adoc[]\n", "include::control.adoc[]\n", "include::../x.adoc[]\n",
            "include::{a}.adoc[]\n", "include::_p.adoc[lines=1]\n", ":a: r\n", ":a: _p\n", ":!a:\n",
            "tally:v.a[1]", "tally:t.x@a[]", "tally:t.x@a[3]", "tally:previous.v.a[2]", "tally:c.a[1]",
            "tally:p.n[1]", "\\tally:v.a[1]", "a: 1\n", "b: x\n", "a: 2\n", "columns: [a, b]\n",
            "columns: [a, {g: [x, y]}]\n", "rows:\n", "  x: [1, 2]\n", "  y: [1, 2, 3]\n", "  g:\n",
            "    p: [0, 0]\n", "checks:\n", "  - a = b\n", "- v.a = 1\n", "- t.x = t.y\n", "- t.a >= 0\n",
            "- {check: a = b, severity: warning}\n", "- v.a = previous.v.a\n", "labels: {x: X}\n",
            "cells: count\n", "unit: 万元\n", "&a ", "*a", "!!set ", "!!java.util.Date ", "[", "]", "{", "}",
            ",", ": ", "- ", "  ", "\t", "'", "\"", "#", "`", "\n", "\n", "\n", "\r", "\r\n", "\uFEFF", "\u2028",
            "\u0085", "\u0000", "１２", "1,234", ".nan", "-0", "0.1", "99999999999999999999999999999999999999999",
            "中文", "\\", "sum(", ")", "@", "//", "// 注释\n", "+\n", "ifdef::x[]\n", "endif::[]\n",
            "include::", ":tally-previous: ", ":tally-template: ", "tally:", "../", "/", "_p.adoc", ".yaml", "[]\n",
            "{a}", "\u001b", "\u00a0", "\u3000");

    @Provide
    Arbitrary<String> reportText() {
        Arbitrary<String> soup = Arbitraries.of(ADOC).list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> mixed = Combinators.combine(soup, Arbitraries.strings().all().ofMaxLength(20), soup)
                .as((a, b, c) -> a + b + c);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').withChars("\n\r\t").ofMaxLength(300)),
                net.jqwik.api.Tuple.of(6, soup),
                net.jqwik.api.Tuple.of(2, mixed));
    }

    @Provide
    Arbitrary<byte[]> reportBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> soupWithBytes = Combinators.combine(reportText(), raw, reportText())
                .as((a, b, c) -> concat(a.getBytes(StandardCharsets.UTF_8), b, c.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(raw, soupWithBytes);
    }

    /** Check-language soup, names and shapes of {@link Scopes}, and arbitrary text. */
    static final List<String> CHECK = List.of(
            "v.a", "v.b", "v.z", "v.g", "v.s", "v", "t", "t.x", "t.y", "t.g", "t.g.p", "t.a", "t.h", "t.h.x",
            "a", "b", "h", "h.x", "x", "y", "g", "g.p", "previous.v.a", "previous.t.x", "previous.previous.v.a",
            "`a.b`", "`", "``", "sum(", "sum", ")", "(", "+", "-", "*", "/", "=", "==", "!=", "<", "<=", ">", ">=",
            "[", "]", "@", ",", " ", "  ", "\t", "0", "1", "0.5", "10", "1".repeat(61), "１", "中", ".", "_", "..",
            "t.x[a]", "t.x@a", "t.g[h]", "t.x[h.x]", "[a]", "@a", "1.", ".5", "-(", "!", "\u0000", "\uD800", "😀");

    @Provide
    Arbitrary<String> checkText() {
        Arbitrary<String> soup = Arbitraries.of(CHECK).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(100)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("()+-*/=<>!.[]@`, 0123456789abvtxy").ofMaxLength(60)),
                net.jqwik.api.Tuple.of(2, soup),
                net.jqwik.api.Tuple.of(6, grammarCheck()),
                net.jqwik.api.Tuple.of(2, Combinators.combine(grammarCheck(), Arbitraries.integers().between(0, 1000),
                        Arbitraries.of(CHECK)).as((c, at, junk) -> {
                            int i = Math.min(c.length(), at % (c.length() + 1));
                            return c.substring(0, i) + junk + c.substring(Math.min(c.length(), i + at % 3));
                        })));
    }

    static final List<String> NUMBERS = List.of("0", "1", "2", "2.5", "0.1", "3", "10", "1234567890123456789012345678901234567890",
            "0.0000000000000000000000000000000000000001", "7");
    static final List<String> REFS = List.of("v.a", "v.b", "v.z", "v.c", "v.g.x", "v.g", "v.s", "v", "t", "t.x[a]", "t.x@a",
            "t.g[h]", "t.g@h.x", "t.x[h.x]", "t.x", "t.a", "t.h", "t.h.x", "t.g", "a", "b", "x", "y", "g", "h", "h.x", "g.p",
            "previous.v.a", "previous.t.x", "previous.previous.v.a", "`a`", "`h`.`x`", "nope.x", "sum");

    /** Checks that follow the grammar: numbers and names of {@link Scopes}, nested up to a few levels. */
    static Arbitrary<String> grammarCheck() {
        Arbitrary<String> atom = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(NUMBERS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(REFS)));
        Arbitrary<String> expr = Arbitraries.recursive(() -> atom, e -> Arbitraries.oneOf(
                e.map(x -> "(" + x + ")"),
                e.map(x -> "-" + x),
                e.map(x -> "sum(" + x + ")"),
                Combinators.combine(e, e).as((x, y) -> "sum(" + x + ", " + y + ")"),
                Combinators.combine(e, Arbitraries.of(" + ", " - ", " * ", " / ", "+", "-"), e).as((x, op, y) -> x + op + y)),
                0, 4);
        return Combinators.combine(expr, Arbitraries.of(" = ", " == ", " != ", " < ", " <= ", " > ", " >= "), expr)
                .as((l, op, r) -> l + op + r);
    }

    static final List<String> YAML = List.of(
            "a", "b", "x", "rows", "columns", "checks", "labels", "cells", "unit", ":", ": ", "- ", "-", "\n", "\n",
            "\n", "  ", "    ", "[", "]", "{", "}", ",", ", ", "&x ", "*x", "&y ", "*y", "!!set ", "!foo ", "!!str ",
            "!!int ", "!!java.lang.Runtime ", "? ", "'", "\"", "# c", "|", ">", "|-\n", "---", "...", "~", "null",
            "1", "-1", "0.5", "1e3", "0x1F", "012", ".nan", "-.inf", "１２", "1,234", "count", "amount", "\t",
            "%YAML 1.1\n", "%TAG !e! tag:e,2000:\n", "<<: ", "<<: *x", "x = y", "a + b", "sum(a)", "`a.b`",
            "\u2028", "\u0085", "\uFEFF", "\u0000", "中文", "\r", "\\", "\"\\u0000\"", "'\\x'", "[a, {g: [x, y]}]",
            "[1, 2]", "{a: 1}", "&x [1, 2]", "&x {a: 1}");

    @Provide
    Arbitrary<String> yamlText() {
        Arbitrary<String> soup = Arbitraries.of(YAML).list().ofMaxSize(50).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(6, soup),
                net.jqwik.api.Tuple.of(3, tableYaml()));
    }

    @Provide
    Arbitrary<String> blockYaml() {
        Arbitrary<String> soup = Arbitraries.of(YAML).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, soup), net.jqwik.api.Tuple.of(5, tableYaml()));
    }

    static final List<String> KEYS = List.of("a", "b", "c", "x", "y", "g", "h", "总计", "`a`", "1.属于", "a.b", "previous",
            "'q'", "\"d\"", "~", "?", "-", "a b", "");
    static final List<String> CELLS = List.of("1", "0", "-1", "2.5", "10", "0.1", "１２", "1,234", ".nan", "~", "''", "x",
            "[1]", "{a: 1}", "*x", "&x 1", "null", "\"3\"", "-0", "1e2", "0x1", "007",
            "99999999999999999999999999999999999999999999999999999999999999999");
    static final List<String> CHECKS_IN_TABLE = List.of("a = b", "a + b = c", "g = a", "x = y", "x[a] = 1", "x@a >= 0",
            "g.x = g.y", "sum(a, b) = c", "a / b = 1", "a = b + ", "previous.t.x = x", "{check: a = b, message: m}",
            "{check: a = b, severity: note}", "{chek: a}", "'`a` = 1'", "v.a = a");

    /** Tables: columns with groups, rows with groups, cells good and bad, a few checks; all shapes go. */
    static Arbitrary<String> tableYaml() {
        Arbitrary<String> key = Arbitraries.of(KEYS);
        Arbitrary<String> column = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, key),
                net.jqwik.api.Tuple.of(1, Combinators.combine(key, key.list().ofMinSize(0).ofMaxSize(3))
                        .as((g, cs) -> "{" + g + ": [" + String.join(", ", cs) + "]}")));
        Arbitrary<String> columns = column.list().ofMaxSize(4).map(cs -> "columns: [" + String.join(", ", cs) + "]\n");
        Arbitrary<String> cells = Arbitraries.of(CELLS).list().ofMaxSize(5).map(cs -> "[" + String.join(", ", cs) + "]");
        Arbitrary<String> leafRow = Combinators.combine(key, cells).as((k, c) -> "  " + k + ": " + c + "\n");
        Arbitrary<String> groupRow = Combinators.combine(key, Combinators.combine(key, cells).as((k, c) -> "    " + k + ": " + c + "\n")
                .list().ofMaxSize(3)).as((g, rs) -> "  " + g + ":\n" + String.join("", rs));
        Arbitrary<String> rows = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, leafRow), net.jqwik.api.Tuple.of(1, groupRow))
                .list().ofMaxSize(4).map(rs -> "rows:\n" + String.join("", rs));
        Arbitrary<String> checks = Arbitraries.of(CHECKS_IN_TABLE).list().ofMaxSize(3)
                .map(cs -> cs.isEmpty() ? "" : "checks:\n" + cs.stream().map(c -> "  - " + c + "\n").reduce("", String::concat));
        Arbitrary<String> extra = Arbitraries.of("", "", "", "cells: count\n", "cells: amount\n", "cells: x\n", "unit: 万元\n",
                "labels: {x: X, a: A}\n", "labels: [x]\n", "unit: [1]\n", "other: 1\n");
        return Combinators.combine(columns, rows, checks, extra).as((c, r, ch, e) -> c + r + ch + e);
    }

    // ================================================================ mutations of a real report

    /** One edit of a file's bytes or lines; positions are fractions of the current length. */
    record Mutation(int kind, double at, double to, int length, String payload, int octet) {

        static final List<String> POOL = Stream.concat(ADOC.stream(), Stream.of(
                ":", "-", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\t",
                "\r", "\n", "=", "+", "/", ".", "~", "１", "，", "----", "====", "include::../_contact.adoc[]",
                "include::qingshan.adoc[]", ":tally-previous: ../2024/qingshan.adoc", ":tally-previous: qingshan.adoc",
                ":tally-previous: ../../../pom.xml", ":tally-template: ../../../pom.xml",
                ":tally-template: gov-info-disclosure-2019", "include::../2023/qingshan.adoc[]")).toList();

        @Override
        public String toString() {
            return switch (kind) {
                case 0 -> "insert byte " + octet + " at " + at;
                case 1 -> "insert " + escape(payload, 60) + " at " + at;
                case 2 -> "delete " + length + " bytes at " + at;
                case 3 -> "copy " + length + " bytes at " + at + " to " + to;
                case 4 -> "replace a byte at " + at + " with " + escape(payload, 60);
                case 5 -> "duplicate the line at " + at;
                case 6 -> "delete the line at " + at;
                case 7 -> "insert the line " + escape(payload, 60) + " at " + at;
                default -> "swap the lines at " + at + " and " + to;
            };
        }

        static byte[] applyAll(byte[] original, List<Mutation> mutations) {
            byte[] b = original;
            for (Mutation m : mutations) {
                b = m.apply(b);
            }
            return b;
        }

        byte[] apply(byte[] b) {
            int n = b.length;
            int p = (int) Math.min(n, Math.floor(at * (n + 1)));
            int q = (int) Math.min(n, Math.floor(to * (n + 1)));
            byte[] load = payload.getBytes(StandardCharsets.UTF_8);
            return switch (kind) {
                case 0 -> splice(b, p, p, new byte[] {(byte) octet});
                case 1 -> splice(b, p, p, load);
                case 2 -> splice(b, p, Math.min(n, p + length), new byte[0]);
                case 3 -> splice(b, q, q, java.util.Arrays.copyOfRange(b, p, Math.min(n, p + length)));
                case 4 -> splice(b, p, Math.min(n, p + 1), load);
                default -> lines(b);
            };
        }

        private byte[] lines(byte[] b) {
            List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
            int i = (int) Math.min(lines.size() - 1, Math.floor(at * lines.size()));
            int j = (int) Math.min(lines.size() - 1, Math.floor(to * lines.size()));
            switch (kind) {
                case 5 -> lines.add(i, lines.get(i));
                case 6 -> lines.remove(i);
                case 7 -> lines.add(i, new String(payload.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                default -> {
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
            }
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }

        private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
            byte[] out = new byte[b.length - (to - from) + insert.length];
            System.arraycopy(b, 0, out, 0, from);
            System.arraycopy(insert, 0, out, from, insert.length);
            System.arraycopy(b, to, out, from + insert.length, b.length - to);
            return out;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.integers().between(0, 8),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 200),
                Arbitraries.of(Mutation.POOL),
                Arbitraries.integers().between(0, 255)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    private static byte[] realReport() {
        Path examples = examples();
        if (examples == null) {
            return "= R\n\n[data#v]\n----\na: 1\n----\n".getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(examples.resolve("2024/qingshan.adoc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled examples' reports, found from Maven's base directory or the working directory. */
    static Path examples() {
        for (String base : new String[] {System.getProperty("basedir"), ""}) {
            if (base == null) {
                continue;
            }
            Path p = Path.of(base).toAbsolutePath().resolve("examples/src/reports");
            if (Files.isRegularFile(p.resolve("2024/qingshan.adoc"))) {
                return p;
            }
        }
        return null;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ================================================================ a small scope for evaluating checks

    /** A small report, read once: a values block and a table with groups, as the scope of fuzzed checks. */
    static final class Scopes {
        private static List<Scope> all;
        private static DocumentScope document;

        static synchronized List<Scope> all() {
            if (all == null) {
                init();
            }
            return all;
        }

        static synchronized DocumentScope document() {
            all();
            return document;
        }

        private static void init() {
            try {
                Path dir = Files.createTempDirectory("tally-fuzz-scope");
                Path file = dir.resolve("s.adoc");
                Files.writeString(file, "= S\n\n[data#v]\n----\na: 1\nb: 0\nz: 0\nc: 2.5\ng:\n  x: 1\n  y: 2\ns: text\n----\n\n"
                        + "[data#t]\n----\ncolumns: [a, b, {h: [x, y]}]\nrows:\n  x: [1, 0, 2, 3]\n  y: [2, 1, 0, 0]\n"
                        + "  g:\n    p: [1, 1, 1, 1]\n    q: [0, 0, 0, 0]\n  a: [5, 5, 5, 5]\n----\n", StandardCharsets.UTF_8);
                ReportReader.Reading reading = new ReportReader(dir, dev.tally.read.TemplateProvider.NONE).read(file);
                Report report = reading.report();
                if (report == null || !reading.diagnostics().list().isEmpty()) {
                    throw new IllegalStateException("the scope report does not read cleanly: " + reading.diagnostics().list());
                }
                document = new DocumentScope(report, report);
                all = List.of(document, new DocumentScope(report, null), new TableScope((Table) report.block("t"), document));
                Files.delete(file);
                Files.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
