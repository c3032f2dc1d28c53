package dev.tally.hostile;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.DiagnosticFormatter;
import dev.tally.integrity.IntegrityConfig;
import dev.tally.read.TemplateProvider;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A throw-away project for one hostile case, and the invariants every case must keep.
 *
 * <pre>
 * root/                 the test's temporary directory: watched, nothing may appear here but in project/
 *   project/            the Maven project (templates are resolved against it)
 *     src/reports/      reportsDirectory; control.adoc is always there
 *   outside/            files outside the project, for includes and symlinks that try to escape
 * </pre>
 *
 * <p>{@link #run()} checks every report of the project with {@link Tally}, in a pool of its own and under a time
 * limit, and then asserts what every hostile case must keep, whatever it is:
 * <ul>
 * <li>no exception escapes (the stack trace is the failure message);</li>
 * <li>it finishes within the limit (a safety net against hangs, not a benchmark): on a timeout the pool's
 *     threads are stopped so that a runaway does not slow the rest of the suite down;</li>
 * <li>no file appears outside the project: not in the temporary directory around it, not in the working
 *     directory;</li>
 * <li>the control report, which sits next to every hostile one and is plainly wrong, is still checked and its
 *     error still reported;</li>
 * <li>every diagnostic can be printed, in English and in Chinese, and none looks like a leaked exception.</li>
 * </ul>
 */
final class Sandbox {

    /** Generous: the slowest case (a 50 MB report) takes a few seconds on a slow machine. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    static final String CONTROL = "control.adoc";
    static final String CONTROL_TEXT = """
            = Control

            [data#c]
            ----
            a: 1
            ----

            [checks]
            ----
            - c.a = 2
            ----
            """;
    static final String CONTROL_ERROR = "ERROR src/reports/control.adoc:10: check failed: c.a = 2: 1 != 2";

    final Path root;
    final Path project;
    final Path reports;
    final Path outside;
    private IntegrityConfig integrity;

    Sandbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.project = this.root.resolve("project");
        this.reports = project.resolve("src/reports");
        this.outside = this.root.resolve("outside");
        try {
            Files.createDirectories(reports);
            Files.createDirectories(outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report(CONTROL, CONTROL_TEXT);
    }

    /**
     * Runs the integrity pass too (all rules at their defaults), as {@code tally:check} does by default; without
     * this, the run is the numbers-only {@code new Tally(reportsDir, new Templates(projectDir)).check()}.
     */
    Sandbox withIntegrity() {
        integrity = IntegrityConfig.defaults();
        return this;
    }

    /** Writes a report or partial below {@code src/reports}, UTF-8. */
    Path report(String relative, String text) {
        return bytes(reports.resolve(relative), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes below {@code src/reports}. */
    Path reportBytes(String relative, byte[] content) {
        return bytes(reports.resolve(relative), content);
    }

    /** Writes a file relative to the project's base directory (a template file, say). */
    Path projectFile(String relative, String text) {
        return bytes(project.resolve(relative), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file outside the project, where nothing should ever be read from. */
    Path outsideFile(String relative, String text) {
        return bytes(outside.resolve(relative), text.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome run() {
        return run(LIMIT);
    }

    Outcome run(Duration limit) {
        return run(limit, null);
    }

    /** With a template provider shared between runs (the fuzz properties keep one: built-ins load once). */
    Outcome run(Duration limit, TemplateProvider shared) {
        Set<String> aroundBefore = around();
        Set<String> cwdBefore = workingDirectory();
        RunResult result = bounded(limit, "Tally.check() over " + reports, () -> {
            RunResult r = new Tally(reports, shared != null ? shared : new Templates(project), integrity).check();
            printAll(r);
            return r;
        });
        Outcome outcome = new Outcome(this, result);
        if (Boolean.getBoolean("tally.hostile.dump")) {
            System.out.println("---- " + reports + "\n" + outcome.dump());
        }
        Set<String> aroundAfter = around();
        aroundAfter.removeAll(aroundBefore);
        assertEquals(Set.of(), aroundAfter, "files appeared next to the project, outside it");
        Set<String> cwdAfter = workingDirectory();
        cwdAfter.removeAll(cwdBefore);
        assertEquals(Set.of(), cwdAfter, "files appeared in the working directory");
        for (String line : outcome.printed) {
            assertTrue(!line.contains("Exception") && !line.contains("StackOverflowError")
                    && !line.contains("\tat "), () -> "a diagnostic that looks like a leaked exception: " + line);
        }
        assertTrue(outcome.printed.contains(CONTROL_ERROR),
                () -> "the control report next to the hostile one was not checked:\n" + outcome.dump());
        return outcome;
    }

    /** Formats every diagnostic in both languages, as tally:check prints them; must not throw. */
    private void printAll(RunResult r) {
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            DiagnosticFormatter f = new DiagnosticFormatter(project, locale);
            for (Diagnostic d : r.diagnostics()) {
                f.format(d);
            }
        }
    }

    /** Every path below the temporary directory but outside the project. */
    private Set<String> around() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.startsWith(project)).map(Path::toString)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> workingDirectory() {
        try (Stream<Path> s = Files.list(Path.of("").toAbsolutePath())) {
            return s.map(Path::toString).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code work} in a fork-join pool of its own (so that Tally's parallel streams run there too), under
     * {@code limit}. An exception is a failure that carries its stack trace; a timeout is a failure too, after
     * which the pool's threads are stopped: a runaway regular expression does not look at interrupts, and
     * left running it would eat a core for the rest of the suite.
     */
    static <T> T bounded(Duration limit, String what, Callable<T> work) {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(2, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setDaemon(true);
            threads.add(t);
            return t;
        }, null, false);
        try {
            return assertTimeoutPreemptively(limit, () -> {
                try {
                    return pool.submit(work).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw new AssertionFailedError("an exception escaped from " + what + ":\n" + stackTrace(cause),
                            cause);
                }
            }, () -> what + " did not finish within " + limit.toSeconds() + " s");
        } finally {
            pool.shutdownNow();
            boolean done;
            try {
                done = pool.awaitTermination(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                stop(threads);
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(List<Thread> threads) {
        synchronized (threads) {
            for (Thread t : threads) {
                if (t.isAlive()) {
                    try {
                        t.stop();
                    } catch (UnsupportedOperationException newerJdk) {
                        // Java 20+: nothing more can be done; the thread is a daemon and dies with the fork
                    }
                }
            }
        }
    }

    static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** The lines of {@code text} (1-based) that contain {@code marker}; exactly one is expected. */
    static int lineOf(String text, String marker) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                if (found > 0) {
                    throw new IllegalArgumentException("marker " + marker + " is on more than one line");
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no line contains " + marker);
        }
        return found;
    }

    /** What a run found, with assertions on it. Printed lines are {@code SEVERITY path:line: message}. */
    static final class Outcome {
        final Sandbox sandbox;
        final RunResult result;
        final List<String> printed;

        Outcome(Sandbox sandbox, RunResult result) {
            this.sandbox = sandbox;
            this.result = result;
            DiagnosticFormatter f = new DiagnosticFormatter(sandbox.project, Locale.ROOT);
            this.printed = result.diagnostics().stream().map(d -> d.severity() + " " + f.format(d)).toList();
        }

        String dump() {
            return String.join("\n", printed.stream().map(Outcome::clip).toList());
        }

        private static String clip(String s) {
            return s.length() > 400 ? s.substring(0, 400) + "…(" + s.length() + " chars)" : s;
        }

        /** The result of one report, by its path below {@code src/reports}. */
        ReportResult report(String relative) {
            Path file = sandbox.reports.resolve(relative).toAbsolutePath().normalize();
            return result.reports().stream().filter(r -> r.file().equals(file)).findFirst()
                    .orElseThrow(() -> new AssertionFailedError("no result for " + relative + "; reports: "
                            + result.reports().stream().map(ReportResult::file).toList()));
        }

        /**
         * The hostile report was looked at and said so: at least one diagnostic, and every one of its diagnostics
         * names a file and a line (1 or more).
         */
        Outcome hostile(String relative) {
            ReportResult r = report(relative);
            assertTrue(!r.diagnostics().isEmpty(), () -> relative + " gave no diagnostic at all:\n" + dump());
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.location() != null && d.location().file() != null && d.location().line() >= 1,
                        () -> "a diagnostic of " + relative + " without a line: " + clip(d.toString()) + "\n" + dump());
            }
            return this;
        }

        /** Some diagnostic reads {@code SEVERITY file:line: ...fragment...}; file is relative to the project. */
        Outcome has(String severity, String file, int line, String fragment) {
            String prefix = severity + " " + file + ":" + line + ": ";
            assertTrue(printed.stream().anyMatch(p -> p.startsWith(prefix) && p.contains(fragment)),
                    () -> "expected a diagnostic '" + prefix + "…" + fragment + "…', found:\n" + dump());
            return this;
        }

        /** Some diagnostic is at one of the given lines of the file and contains the fragment. */
        Outcome hasAtOneOf(String severity, String file, int[] lines, String fragment) {
            assertTrue(java.util.Arrays.stream(lines).anyMatch(line -> printed.stream().anyMatch(
                            p -> p.startsWith(severity + " " + file + ":" + line + ": ") && p.contains(fragment))),
                    () -> "expected a diagnostic at " + file + " line " + java.util.Arrays.toString(lines) + " with '"
                            + fragment + "', found:\n" + dump());
            return this;
        }

        /** Some error is in a file whose path (relative to the project) starts with the prefix. */
        Outcome hasErrorIn(String prefix) {
            assertTrue(printed.stream().anyMatch(p -> p.startsWith("ERROR " + prefix) && !p.equals(CONTROL_ERROR)),
                    () -> "expected an error in " + prefix + "…, found:\n" + dump());
            return this;
        }

        /** Some diagnostic, of any severity, is at this line of the file (relative to the project). */
        Outcome hasAt(String file, int line) {
            assertTrue(printed.stream().anyMatch(p -> p.substring(p.indexOf(' ') + 1).startsWith(file + ":" + line + ": ")),
                    () -> "expected a diagnostic at " + file + ":" + line + ", found:\n" + dump());
            return this;
        }

        /** The diagnostics of a report (relative to {@code src/reports}) are exactly these printed lines. */
        Outcome only(String relative, String... lines) {
            assertEquals(List.of(lines), of(relative), () -> "the diagnostics of " + relative + ":\n" + dump());
            return this;
        }

        /** Exactly this printed line is among the diagnostics. */
        Outcome hasExactly(String line) {
            assertTrue(printed.contains(line), () -> "expected '" + line + "', found:\n" + dump());
            return this;
        }

        /** No diagnostic of the report contains the fragment. */
        Outcome lacks(String relative, String fragment) {
            ReportResult r = report(relative);
            DiagnosticFormatter f = new DiagnosticFormatter(sandbox.project, Locale.ROOT);
            for (Diagnostic d : r.diagnostics()) {
                String p = f.format(d);
                assertTrue(!p.contains(fragment), () -> "unexpected '" + fragment + "' in: " + clip(p));
            }
            return this;
        }

        /** The printed diagnostics of one report (relative to {@code src/reports}), control excluded. */
        List<String> of(String relative) {
            String prefix = "src/reports/" + relative;
            return printed.stream().filter(p -> p.substring(p.indexOf(' ') + 1).startsWith(prefix)).toList();
        }
    }
}
