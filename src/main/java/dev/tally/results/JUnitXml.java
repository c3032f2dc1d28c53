package dev.tally.results;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A run as the Ant/Surefire JUnit XML that CI test tabs read: one test suite per report
 * ({@code tally.<report path>}), one test case per check (its class name the report's path as a dotted name,
 * {@code tally.2024.qingshan}) (a failed check fails, an invalid one is an error,
 * a skipped one is skipped), and one test case {@code read} per report that fails when the report has errors
 * that are not a check's (it could not be read, a block is broken, a template's table is missing), so a
 * broken report shows as a failed test too. Test cases carry {@code file} and {@code line} attributes, which
 * several CI reporters use to annotate the source line.
 */
public final class JUnitXml {

    /** The name of each report's extra test case for reading and shape errors. */
    public static final String READ = "read";


    private JUnitXml() {
    }

    /**
     * @param run the run to write
     * @param baseDir the directory report paths are relative to (the project's base directory)
     * @return the XML document, UTF-8 declared, ending with a line break
     */
    public static String write(RunResult run, Path baseDir) {
        java.io.StringWriter text = new java.io.StringWriter();
        write(run, baseDir, text);
        return text.toString();
    }

    /**
     * Writes the XML document to {@code to} a test suite at a time, never holding it whole.
     *
     * @throws java.io.UncheckedIOException when {@code to} fails
     */
    public static void write(RunResult run, Path baseDir, java.io.Writer to) {
        write(run, baseDir, to, false);
    }

    /**
     * As {@link #write(RunResult, Path, java.io.Writer)}; where warnings fail the build ({@code failOnWarning}),
     * a report's {@code read} test case fails on its warnings that are no check's as well.
     */
    public static void write(RunResult run, Path baseDir, java.io.Writer to, boolean warningsFail) {
        ResultPaths paths = new ResultPaths(baseDir);
        Path reportsDirectory = run.reportsDirectory().toAbsolutePath().normalize();
        String module = module(reportsDirectory, baseDir.toAbsolutePath().normalize());
        List<Suite> suites = run.reports().stream().map(r -> suite(r, reportsDirectory, module, paths, warningsFail))
                .toList();
        StringBuilder out = new StringBuilder(8192);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"tally\"");
        attr(out, "tests", suites.stream().mapToInt(s -> s.cases.size()).sum());
        attr(out, "failures", suites.stream().mapToInt(s -> s.count(Kind.FAILURE)).sum());
        attr(out, "errors", suites.stream().mapToInt(s -> s.count(Kind.ERROR)).sum());
        attr(out, "skipped", suites.stream().mapToInt(s -> s.count(Kind.SKIPPED)).sum());
        attr(out, "time", "0");
        out.append(">\n");
        for (Suite s : suites) {
            out.append("  <testsuite");
            attr(out, "name", "tally." + s.path);
            attr(out, "tests", s.cases.size());
            attr(out, "failures", s.count(Kind.FAILURE));
            attr(out, "errors", s.count(Kind.ERROR));
            attr(out, "skipped", s.count(Kind.SKIPPED));
            attr(out, "time", "0");
            out.append(">\n");
            for (Case c : s.cases) {
                out.append("    <testcase");
                attr(out, "classname", s.className);
                attr(out, "name", c.name);
                attr(out, "file", c.file);
                if (c.line > 0) {
                    attr(out, "line", c.line);
                }
                attr(out, "time", "0");
                if (c.kind == Kind.PASSED) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">\n");
                if (c.kind == Kind.SKIPPED) {
                    out.append("      <skipped");
                    attr(out, "message", c.message);
                    out.append("/>\n");
                } else {
                    out.append(c.kind == Kind.FAILURE ? "      <failure" : "      <error");
                    attr(out, "message", c.message);
                    attr(out, "type", c.type);
                    out.append('>');
                    text(out, c.body, false);
                    out.append(c.kind == Kind.FAILURE ? "</failure>\n" : "</error>\n");
                }
                out.append("    </testcase>\n");
            }
            if (!s.output.isEmpty()) {
                out.append("    <system-out>");
                text(out, s.output, false);
                out.append("</system-out>\n");
            }
            out.append("  </testsuite>\n");
            if (out.length() >= 1 << 16) {
                drain(out, to);
            }
        }
        out.append("</testsuites>\n");
        drain(out, to);
    }

    private static void drain(StringBuilder out, java.io.Writer to) {
        try {
            to.append(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.setLength(0);
    }

    private enum Kind {
        PASSED, FAILURE, ERROR, SKIPPED
    }

    private record Case(String name, String file, int line, Kind kind, String type, String message, String body) {
    }

    /**
     * @param className the report as a dotted class name ({@code tally.2017.shendang} for
     *                  {@code 2017/shendang.adoc} under the reports directory): CI test tabs split a class name at
     *                  its last dot into package and class, which a file path would turn into a class {@code adoc}
     */
    private record Suite(String path, String className, List<Case> cases, String output) {
        int count(Kind kind) {
            return (int) cases.stream().filter(c -> c.kind == kind).count();
        }
    }

    private static Suite suite(ReportResult r, Path reportsDirectory, String module, ResultPaths paths,
            boolean warningsFail) {
        String path = paths.relative(r.file());
        List<Diagnostic> diagnostics = r.diagnostics();
        Found index = new Found(diagnostics);
        boolean[] taken = index.taken;
        List<Case> cases = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (CheckOutcome o : r.outcomes()) {
            String name = o.scope() == null ? o.check() : o.scope() + ": " + o.check();
            // the same check or figure written twice is two test cases a CI server must tell apart (trial S, 11)
            int n = seen.merge(name, 1, Integer::sum);
            if (n > 1) {
                name = name + " (" + n + ")";
            }
            // a template's check is written in the template, not in the project: point at the report instead
            boolean inReports = o.location().file().toAbsolutePath().normalize().startsWith(reportsDirectory);
            String file = inReports ? paths.relative(o.location().file()) : path;
            int line = inReports ? o.location().line() : 0;
            switch (o.status()) {
                case PASSED -> cases.add(new Case(name, file, line, Kind.PASSED, null, null, null));
                case SKIPPED -> cases.add(new Case(name, file, line, Kind.SKIPPED, null, o.reason() == null ? "skipped"
                        : dev.tally.diagnostic.Messages.format(Locale.ROOT, o.reason(), List.of()), null));
                case FAILED -> {
                    List<Diagnostic> found = failuresOf(o, index);
                    String fallback = "check failed" + (o.failures() > 1 ? " in " + o.failures() + " places" : "")
                            + ": " + o.check();
                    // a template's check fails at the report's data: that line, for annotators (trial AH, 8)
                    int at = !inReports && !found.isEmpty() && r.file().equals(found.get(0).location().file())
                            ? found.get(0).location().line() : line;
                    cases.add(problemCase(name, file, at, Kind.FAILURE, found, fallback, "check.failed", paths));
                }
                case INVALID -> {
                    List<Diagnostic> found = problemsOf(o, index);
                    cases.add(problemCase(name, file, line, Kind.ERROR, found, "invalid check: " + o.check(),
                            "check.invalid", paths));
                }
            }
        }
        List<Diagnostic> readErrors = new ArrayList<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            Severity severity = diagnostics.get(i).severity();
            // where warnings fail the build, the test tab shows those that are no check's too (trial S, 2)
            if ((severity == Severity.ERROR || warningsFail && severity == Severity.WARNING) && !taken[i]) {
                readErrors.add(diagnostics.get(i));
            }
        }
        if (readErrors.isEmpty()) {
            cases.add(new Case(READ, path, 0, Kind.PASSED, null, null, null));
        } else {
            cases.add(problemCase(READ, path, 0, Kind.FAILURE, readErrors, null, null, paths));
        }
        StringBuilder output = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            output.append('[').append(d.severity()).append("] ").append(paths.formatter().format(d)).append('\n');
        }
        return new Suite(path, className(r.file(), reportsDirectory, module), List.copyOf(cases), output.toString());
    }

    /**
     * The module a reports directory {@code <module>/src/reports} below the build's top directory belongs to, as
     * a dotted name ({@code finance}, {@code provinces.anhui}), or empty: the same report path in two modules must
     * not make one test class in a CI server's history (trial S, 5).
     */
    static String module(Path reportsDirectory, Path top) {
        if (!reportsDirectory.startsWith(top) || !reportsDirectory.endsWith(Path.of("src", "reports"))) {
            return "";
        }
        Path relative = top.relativize(reportsDirectory);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 2; i++) {
            name.append(name.length() == 0 ? "" : ".").append(relative.getName(i).toString().replace('.', '_'));
        }
        return name.toString();
    }

    /** {@code tally.} and the report's path under the reports directory, folders as packages, without {@code .adoc}. */
    static String className(Path report, Path reportsDirectory) {
        return className(report, reportsDirectory, "");
    }

    /** As {@link #className(Path, Path)}, in a module's package ({@code tally.finance.2025.q1}) where there is one. */
    static String className(Path report, Path reportsDirectory, String module) {
        Path file = report.toAbsolutePath().normalize();
        Path relative = file.startsWith(reportsDirectory) ? reportsDirectory.relativize(file) : file.getFileName();
        StringBuilder name = new StringBuilder(module.isEmpty() ? "tally" : "tally." + module);
        for (int i = 0; i < relative.getNameCount(); i++) {
            String part = relative.getName(i).toString();
            if (i == relative.getNameCount() - 1 && part.endsWith(".adoc")) {
                part = part.substring(0, part.length() - ".adoc".length());
            }
            name.append('.').append(part.replace('.', '_'));
        }
        return name.toString();
    }

    private static Case problemCase(String name, String file, int line, Kind kind, List<Diagnostic> found,
            String fallback, String fallbackType, ResultPaths paths) {
        if (found.isEmpty()) {
            return new Case(name, file, line, kind, fallbackType, fallback, fallback);
        }
        String message = found.get(0).message(Locale.ROOT);
        if (found.size() > 1) {
            message += " (and " + (found.size() - 1) + " more)";
        }
        StringBuilder body = new StringBuilder();
        for (Diagnostic d : found) {
            body.append(paths.formatter().format(d)).append('\n');
        }
        return new Case(name, file, line, kind, found.get(0).code(), message, body.toString());
    }

    private static boolean at(Diagnostic d, Location location) {
        return Objects.equals(d.location(), location);
    }

    /**
     * A report's diagnostics, with where to find them (failures by the check they name, all by their place) and
     * which are taken by a test case already: each check looks among its own, not among all, so that a report of
     * many problems is written in time linear in their number (trial AF, 3).
     */
    private static final class Found {
        final List<Diagnostic> all;
        final boolean[] taken;
        final java.util.Map<String, List<Integer>> failuresByCheck = new java.util.HashMap<>();
        final java.util.Map<Location, List<Integer>> byLocation = new java.util.HashMap<>();

        Found(List<Diagnostic> all) {
            this.all = all;
            this.taken = new boolean[all.size()];
            for (int i = 0; i < all.size(); i++) {
                Diagnostic d = all.get(i);
                String check = CheckOutcome.checkNamedBy(d);
                if (check != null) {
                    failuresByCheck.computeIfAbsent(check, k -> new ArrayList<>()).add(i);
                }
                byLocation.computeIfAbsent(d.location(), k -> new ArrayList<>()).add(i);
            }
        }

        List<Integer> at(Location location) {
            return byLocation.getOrDefault(location, List.of());
        }
    }

    /**
     * The diagnostics of one failed check: the failures that name its text (and its table), those at its
     * location first, as many as it failed; else failures whose message contains its text; else failures at
     * its location. Each diagnostic goes to one check only.
     */
    private static List<Diagnostic> failuresOf(CheckOutcome o, Found found) {
        List<Diagnostic> all = found.all;
        boolean[] taken = found.taken;
        List<Integer> tier = new ArrayList<>();
        for (int i : found.failuresByCheck.getOrDefault(o.check(), List.of())) {
            if (!taken[i] && o.scopeFits(all.get(i))) {
                tier.add(i);
            }
        }
        if (tier.isEmpty()) {
            for (int i = 0; i < all.size(); i++) {
                Diagnostic d = all.get(i);
                if (!taken[i] && CheckOutcome.isFailure(d) && d.message(Locale.ROOT).contains(o.check())) {
                    tier.add(i);
                }
            }
        }
        if (tier.isEmpty()) {
            for (int i : found.at(o.location())) {
                if (!taken[i] && CheckOutcome.isFailure(all.get(i))) {
                    tier.add(i);
                }
            }
        }
        List<Integer> ordered = new ArrayList<>();
        tier.stream().filter(i -> at(all.get(i), o.location())).forEach(ordered::add);
        tier.stream().filter(i -> !at(all.get(i), o.location())).forEach(ordered::add);
        int limit = o.failures() > 0 ? Math.min(o.failures(), ordered.size()) : ordered.size();
        List<Integer> chosen = new ArrayList<>(ordered.subList(0, limit));
        chosen.sort(null);
        return take(chosen, all, taken);
    }

    /** The errors of one invalid check: the non-failure errors at its location that name its text. */
    private static List<Diagnostic> problemsOf(CheckOutcome o, Found found) {
        List<Diagnostic> all = found.all;
        boolean[] taken = found.taken;
        List<Integer> here = found.at(o.location());
        List<Integer> chosen = new ArrayList<>();
        for (int i : here) {
            Diagnostic d = all.get(i);
            if (!taken[i] && !CheckOutcome.isFailure(d) && d.severity() == Severity.ERROR
                    && !d.args().isEmpty() && d.args().get(0).equals(o.check())) {
                chosen.add(i);
            }
        }
        if (chosen.isEmpty()) {
            for (int i : here) {
                Diagnostic d = all.get(i);
                if (!taken[i] && !CheckOutcome.isFailure(d) && d.severity() == Severity.ERROR
                        && d.message(Locale.ROOT).contains(o.check())) {
                    chosen.add(i);
                }
            }
        }
        return take(chosen, all, taken);
    }

    private static List<Diagnostic> take(List<Integer> indexes, List<Diagnostic> all, boolean[] taken) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i : indexes) {
            taken[i] = true;
            out.add(all.get(i));
        }
        return out;
    }

    private static void attr(StringBuilder out, String name, long value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
    }

    private static void attr(StringBuilder out, String name, String value) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        text(out, value, true);
        out.append('"');
    }

    /**
     * Appends XML character data: markup characters escaped, characters XML 1.0 does not allow (most control
     * characters, lone surrogates, U+FFFE and U+FFFF) dropped; in attributes, tabs and line breaks are written
     * as character references so that they survive attribute value normalization.
     */
    static void text(StringBuilder out, String s, boolean attribute) {
        int i = 0;
        int n = s.length();
        int from = 0; // the start of the characters not yet written, which are written as they are
        char[] cs = s.toCharArray(); // as an array: see JsonWriter.quote
        while (i < n) {
            char c = cs[i];
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
                i++;
                continue;
            }
            out.append(s, from, i);
            int cp = Character.codePointAt(cs, i);
            i += Character.charCount(cp);
            from = i;
            if (!allowed(cp)) {
                continue;
            }
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.appendCodePoint(cp);
            }
        }
        if (from == 0) {
            out.append(s);
        } else {
            out.append(s, from, n);
        }
    }

    /** Whether XML 1.0 allows the character: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
