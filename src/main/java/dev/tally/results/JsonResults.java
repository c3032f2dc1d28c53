package dev.tally.results;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run as Tally's own JSON ({@code tally-results.json}), written deterministically, and read back so that
 * the site can reuse a check run. Paths are relative to the base directory with {@code /} (absolute for files
 * outside it); {@code args} are the message arguments exactly as the diagnostic holds them and {@code message}
 * the English text.
 *
 * <pre>
 * {"tool": "tally", "version": "0.1.0", "reportsDirectory": "src/reports",
 *  "summary": {"reports": 7, "checks": 120, "errors": 7, "warnings": 0, "accepted": 0},
 *  "reports": [{"file": "src/reports/2017/shendang.adoc", "title": "...", "checks": 2, "errors": 1, "warnings": 0,
 *    "diagnostics": [{"file": "...", "line": 41, "severity": "ERROR", "code": "check.failed", "args": [...], "message": "..."}],
 *    "outcomes": [{"scope": null, "check": "...", "file": "...", "line": 41, "status": "FAILED", "failures": 1},
 *                 {..., "status": "SKIPPED", "failures": 0, "reason": "skip.no-previous", "message": "..."}]}]}
 * </pre>
 */
public final class JsonResults {

    public static final String TOOL = "tally";

    private JsonResults() {
    }

    /** Writes the run without a tool version ({@code "version": null}). */
    public static String write(RunResult run, Path baseDir) {
        return write(run, baseDir, null);
    }

    /**
     * @param run the run to write
     * @param baseDir the directory paths are written relative to (the project's base directory)
     * @param toolVersion the plugin's version, or null
     * @return JSON text ending with a line break
     */
    public static String write(RunResult run, Path baseDir, String toolVersion) {
        java.io.StringWriter text = new java.io.StringWriter();
        write(run, baseDir, toolVersion, text);
        return text.toString();
    }

    /**
     * Writes the JSON text to {@code to} as it is made, never holding it whole (tens of megabytes at national
     * scale).
     *
     * @throws java.io.UncheckedIOException when {@code to} fails
     */
    public static void write(RunResult run, Path baseDir, String toolVersion, java.io.Writer to) {
        ResultPaths paths = new ResultPaths(baseDir);
        JsonWriter w = new JsonWriter(to);
        w.beginObject();
        w.field("tool", TOOL);
        w.field("version", toolVersion);
        w.field("reportsDirectory", paths.relative(run.reportsDirectory()));
        w.name("summary").beginObject()
                .field("reports", run.reports().size())
                .field("checks", run.checksRun())
                .field("errors", run.errors())
                .field("warnings", run.warnings())
                .field("accepted", run.accepted())
                .endObject();
        w.name("reports").beginArray();
        for (ReportResult r : run.reports()) {
            w.beginObject();
            w.field("file", paths.relative(r.file()));
            w.field("title", r.title());
            w.field("checks", r.checksRun());
            w.field("errors", r.count(Severity.ERROR));
            w.field("warnings", r.count(Severity.WARNING));
            w.name("diagnostics").beginArray();
            for (Diagnostic d : r.diagnostics()) {
                w.beginObject();
                w.field("file", paths.relative(d.location().file()));
                w.field("line", d.location().line());
                w.field("severity", d.severity().name());
                w.field("code", d.code());
                w.name("args").beginArray();
                for (String a : d.args()) {
                    w.value(a);
                }
                w.endArray();
                w.field("message", d.message(Locale.ROOT));
                w.endObject();
            }
            w.endArray();
            w.name("outcomes").beginArray();
            for (CheckOutcome o : r.outcomes()) {
                w.beginObject();
                w.field("scope", o.scope());
                w.field("check", o.check());
                w.field("file", paths.relative(o.location().file()));
                w.field("line", o.location().line());
                w.field("status", o.status().name());
                w.field("failures", o.failures());
                if (o.reason() != null) {
                    // why it was skipped: a code, with its words for a reader
                    w.field("reason", o.reason());
                    w.field("message", dev.tally.diagnostic.Messages.format(Locale.ROOT, o.reason(), List.of()));
                }
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.finish();
    }

    /**
     * Reads what {@link #write} wrote. Relative paths are resolved against {@code baseDir}; messages are not
     * read but made again from code and arguments (so in any language).
     *
     * @throws IOException when the text is not such JSON (truncated, garbage, a wrong type or value)
     */
    public static Results read(String json, Path baseDir) throws IOException {
        ResultPaths paths = new ResultPaths(baseDir);
        List<Results.ReportEntry> streamed = new ArrayList<>();
        // each report is turned into its entry as soon as it is parsed: 40,000 reports are never a tree at once
        Object root = JsonParser.parse(json, "reports", item -> {
            try {
                streamed.add(report(object(item, "a report"), paths));
            } catch (RuntimeException e) {
                throw new IOException("invalid Tally results: " + e, e);
            }
        });
        try {
            Map<String, Object> top = object(root, "the results");
            String tool = string(top, "tool", false);
            if (!TOOL.equals(tool)) {
                throw new IOException("not Tally results: tool is " + tool);
            }
            String version = string(top, "version", true);
            Path reportsDirectory = paths.resolve(string(top, "reportsDirectory", false));
            list(top, "reports"); // present, and a list
            return new Results(reportsDirectory, version, streamed);
        } catch (RuntimeException e) {
            throw new IOException("invalid Tally results: " + e, e);
        }
    }

    private static Results.ReportEntry report(Map<String, Object> r, ResultPaths paths) throws IOException {
        Path file = paths.resolve(string(r, "file", false));
        String title = string(r, "title", false);
        int checks = integer(r, "checks");
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Object item : list(r, "diagnostics")) {
            Map<String, Object> d = object(item, "a diagnostic");
            Location at = new Location(paths.resolve(string(d, "file", false)), integer(d, "line"));
            Severity severity = severity(string(d, "severity", false));
            String code = string(d, "code", false);
            List<String> args = new ArrayList<>();
            for (Object a : list(d, "args")) {
                if (!(a instanceof String s)) {
                    throw new IOException("a diagnostic's args must be strings, found " + a);
                }
                args.add(s);
            }
            diagnostics.add(new Diagnostic(severity, at, code, args));
        }
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (Object item : list(r, "outcomes")) {
            Map<String, Object> o = object(item, "an outcome");
            outcomes.add(new CheckOutcome(string(o, "scope", true), string(o, "check", false),
                    new Location(paths.resolve(string(o, "file", false)), integer(o, "line")),
                    status(string(o, "status", false)), integer(o, "failures"),
                    o.containsKey("reason") ? string(o, "reason", true) : null));
        }
        return new Results.ReportEntry(file, title, checks, diagnostics, outcomes);
    }

    private static Severity severity(String name) throws IOException {
        for (Severity s : Severity.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IOException("unknown severity " + name);
    }

    private static CheckOutcome.Status status(String name) throws IOException {
        for (CheckOutcome.Status s : CheckOutcome.Status.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IOException("unknown check status " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws IOException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IOException(what + " must be a JSON object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> in, String key) throws IOException {
        Object value = member(in, key);
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IOException(key + " must be a JSON array");
    }

    private static String string(Map<String, Object> in, String key, boolean nullable) throws IOException {
        Object value = member(in, key);
        if (value instanceof String s) {
            return s;
        }
        if (nullable && value == JsonParser.NULL) {
            return null;
        }
        throw new IOException(key + " must be a string" + (nullable ? " or null" : ""));
    }

    private static int integer(Map<String, Object> in, String key) throws IOException {
        Object value = member(in, key);
        if (value instanceof BigDecimal n && n.signum() >= 0 && n.precision() - n.scale() <= 10) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                // falls through
            }
        }
        throw new IOException(key + " must be a whole number, 0 or more, found " + value);
    }

    private static Object member(Map<String, Object> in, String key) throws IOException {
        Object value = in.get(key);
        if (value == null) {
            throw new IOException("missing " + key);
        }
        return value;
    }
}
