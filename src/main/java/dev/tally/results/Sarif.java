package dev.tally.results;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.run.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's diagnostics as a SARIF 2.1.0 log, the format GitHub code scanning (and other CI and IDE tools)
 * read to annotate source lines. One run; one rule per diagnostic code used, its id the code
 * ({@code check.failed}, {@code template.missing-table}, ...); one result per diagnostic, located at its
 * file, relative to the base directory under the {@code %SRCROOT%} base id, and its line.
 */
public final class Sarif {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    public static final String TOOL_NAME = "Tally";
    public static final String INFORMATION_URI = "https://tally.dev";
    static final String SRCROOT = "%SRCROOT%";

    private Sarif() {
    }

    /**
     * @param run the run to write
     * @param baseDir the directory file paths are relative to; for GitHub code scanning, the repository's root
     * @param toolVersion the plugin's version
     * @return the SARIF log, JSON text ending with a line break
     */
    public static String write(RunResult run, Path baseDir, String toolVersion) {
        ResultPaths paths = new ResultPaths(baseDir);
        // a problem of a file several reports share (a template, a partial) is one result, as the build counts it
        // once (trial S, 12): code scanning would show it once a report otherwise
        List<Diagnostic> diagnostics = run.diagnostics().stream().distinct().toList();
        Map<String, Integer> ruleIndex = new TreeMap<>();
        for (Diagnostic d : diagnostics) {
            ruleIndex.put(rule(d), 0);
        }
        List<String> rules = new ArrayList<>(ruleIndex.keySet());
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i), i);
        }

        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.field("$schema", SCHEMA);
        w.field("version", VERSION);
        w.name("runs").beginArray().beginObject();

        w.name("tool").beginObject().name("driver").beginObject();
        w.field("name", TOOL_NAME);
        w.field("informationUri", INFORMATION_URI);
        if (toolVersion != null && !toolVersion.isBlank()) {
            w.field("version", toolVersion);
        }
        w.name("rules").beginArray();
        for (String code : rules) {
            w.beginObject();
            w.field("id", code);
            w.name("shortDescription").beginObject().field("text", gist(code)).endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject().endObject();

        w.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject()
                .field("uri", baseUri(paths.base())).endObject().endObject();

        w.name("results").beginArray();
        for (Diagnostic d : diagnostics) {
            w.beginObject();
            w.field("ruleId", rule(d));
            w.field("ruleIndex", ruleIndex.get(rule(d)));
            w.field("level", level(d.severity()));
            w.name("message").beginObject().field("text", d.message(Locale.ROOT)).endObject();
            if (Diagnostic.ACCEPTED.equals(d.code())) {
                // accepted as published (a baseline lists it): code scanning shows it as dismissed, not as an alert
                w.name("suppressions").beginArray().beginObject().field("kind", "external")
                        .field("justification", "accepted as published: listed in the baseline (tally.baseline)")
                        .endObject().endArray();
            }
            Location loc = d.location();
            if (loc != null && loc.file() != null) {
                w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
                w.name("artifactLocation").beginObject();
                if (paths.isBelowBase(loc.file())) {
                    w.field("uri", ResultPaths.uriPath(paths.relative(loc.file())));
                    w.field("uriBaseId", SRCROOT);
                } else {
                    w.field("uri", loc.file().toAbsolutePath().normalize().toUri().toASCIIString());
                }
                w.endObject();
                if (loc.line() > 0) {
                    w.name("region").beginObject().field("startLine", loc.line()).endObject();
                }
                w.endObject().endObject().endArray();
            }
            w.endObject();
        }
        w.endArray();

        w.endObject().endArray();
        w.endObject();
        return w.toString();
    }

    /** The rule of a problem: its code, or for a problem accepted as published the original's code. */
    private static String rule(Diagnostic d) {
        return Diagnostic.ACCEPTED.equals(d.code()) && !d.args().isEmpty() ? d.args().get(0) : d.code();
    }

    /** SARIF's level for a severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /** The base directory as an absolute {@code file:} URI ending with {@code /}, as SARIF requires. */
    static String baseUri(Path base) {
        String uri = base.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static final char MARK = '\u0002';

    /**
     * A rule's short description: the gist of its English message pattern, placeholders shown as an
     * ellipsis and parts that are only placeholders left out ({@code check failed in …, row …} for
     * {@code check failed in {0}, row {1}: {2}: ...}); the code itself when it has no message.
     */
    static String gist(String code) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            marks.add(String.valueOf(MARK));
        }
        String text = Messages.format(Locale.ROOT, code, marks);
        if (text.startsWith(code)) {
            return code;
        }
        List<String> kept = new ArrayList<>();
        for (String part : text.split(": ")) {
            String bare = part.replace(String.valueOf(MARK), "");
            if (bare.codePoints().anyMatch(Character::isLetter)) {
                kept.add(part);
            }
        }
        String gist = String.join(": ", kept)
                .replaceAll(MARK + "+", "\u2026")
                .replaceAll("\\s+", " ")
                .strip();
        return gist.isEmpty() ? code : gist;
    }
}
