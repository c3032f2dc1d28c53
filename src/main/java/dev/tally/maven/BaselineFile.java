package dev.tally.maven;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.diagnostic.Messages;
import dev.tally.run.Baseline;
import dev.tally.run.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The goals' side of the baseline ({@code tally.baseline}, {@link Baseline}): reading and writing its file, and what
 * the log says about it. The matching is the core's.
 */
final class BaselineFile {

    private BaselineFile() {
    }

    /** The baseline's text, or null when there is no such file. */
    static String read(File baseline, Locale lang) throws MojoExecutionException {
        if (baseline == null || !baseline.isFile()) {
            return null;
        }
        try {
            String text = Files.readString(baseline.toPath(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new MojoExecutionException(CheckMojo.t(lang, "mojo.baseline-unreadable", baseline.getPath(),
                    e instanceof java.nio.charset.MalformedInputException ? "it is not UTF-8"
                            : String.valueOf(e.getMessage())), e);
        }
    }

    /** A short stand-in for a text, for the check index's settings: "none" for no text. */
    static String fingerprint(String text) {
        if (text == null) {
            return "none";
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            return text.length() + ":" + text.hashCode();
        }
    }

    /** The run with the baseline {@code text} applied (paths from the module's directory); null without one. */
    static Baseline.Applied apply(File basedir, File baseline, String text, RunResult run) {
        if (text == null) {
            return null;
        }
        DiagnosticFormatter paths = new DiagnosticFormatter(basedir.toPath(), Locale.ROOT);
        return Baseline.parse(text, baseline.toPath().toAbsolutePath().normalize()).apply(run, paths::relative);
    }

    /**
     * How many problems the baseline accepted; and each entry naming no report of the module (an entry the run no
     * longer finds is a warning of the report it names: printed, counted and in the result files with it).
     */
    static void tell(Baseline.Applied applied, File baseline, Path pathsBase, boolean failOnWarning, Locale lang,
            Log log) {
        DiagnosticFormatter shown = new DiagnosticFormatter(pathsBase, lang);
        if (applied.accepted() > 0) {
            log.info(CheckMojo.t(lang, "mojo.baseline-accepted", Messages.count(lang, applied.accepted(), "problem"),
                    shown.relative(baseline.toPath())));
        }
        for (Diagnostic d : applied.unplaced()) {
            if (failOnWarning) {
                log.error(shown.format(d)); // as the reports' warnings then are: seen under -q
            } else {
                log.warn(shown.format(d));
            }
        }
    }

    /**
     * Writes every error and warning found as the baseline, and says what it accepts that the file did not (each a
     * warning: a new mistake accepted unseen is what a reviewer must not miss), and what it no longer lists.
     *
     * @param severalModules whether the build has several modules, which must not share one file
     */
    static void write(RunResult result, File basedir, File baseline, Path pathsBase, String module,
            boolean severalModules, Locale lang, Log log) throws MojoExecutionException {
        if (severalModules && !baseline.toPath().toAbsolutePath().normalize()
                .startsWith(basedir.toPath().toAbsolutePath().normalize())) {
            // one file for several modules: each would write it over the others' (trial AK, 1)
            throw new MojoExecutionException(CheckMojo.t(lang, "mojo.baseline-shared",
                    new DiagnosticFormatter(pathsBase, lang).relative(baseline.toPath()), module));
        }
        DiagnosticFormatter paths = new DiagnosticFormatter(basedir.toPath(), Locale.ROOT);
        String text = Baseline.write(result, paths::relative);
        String before;
        try {
            before = read(baseline, lang);
        } catch (MojoExecutionException e) {
            before = null; // unreadable: written anew
        }
        for (String entry : Baseline.added(before, text)) {
            log.warn(CheckMojo.ofModule(lang, module, CheckMojo.t(lang, "mojo.baseline-added", entry)));
        }
        for (String entry : Baseline.added(text, before)) {
            log.info(CheckMojo.ofModule(lang, module, CheckMojo.t(lang, "mojo.baseline-removed", entry)));
        }
        int size = Baseline.parse(text, null).size();
        if (before == null && size == 0) {
            // a module whose reports have no problem needs no baseline (trial AK)
            log.info(CheckMojo.ofModule(lang, module, CheckMojo.t(lang, "mojo.baseline-nothing")));
            return;
        }
        try {
            Path file = baseline.toPath().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Tally: cannot write the baseline " + baseline + " (tally.baseline): "
                    + e.getMessage(), e);
        }
        log.info(CheckMojo.t(lang, "mojo.baseline-written", Messages.count(lang, size, "problem"),
                new DiagnosticFormatter(pathsBase, lang).relative(baseline.toPath())));
    }
}
