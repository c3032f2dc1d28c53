/*
 * BrowserCheck: opens Tally's generated Maven site in headless Chromium and checks that what matters is
 * really visible (tables, Chinese text, charts, problem notices), not merely present in the HTML.
 *
 *   java src/test/browser/BrowserCheck.java <siteDir> <outDir>
 *
 * <siteDir> is examples/target/site or examples/target/site/tally. Full-page screenshots go to <outDir>.
 * Talks the Chrome DevTools Protocol over java.net.http.WebSocket on loopback; JDK only, no dependencies.
 * Chromium: $CHROMIUM, else /usr/bin/chromium, /usr/bin/chromium-browser, `chromium` on PATH.
 * Prints one PASS/FAIL line per check and finally "BrowserCheck: N passed, M failed".
 * Exit status: 0 all passed, 1 something failed, 2 usage error or no chromium.
 * Set BROWSERCHECK_VERBOSE=1 to print the measured values on PASS lines too.
 *
 * This file is pure ASCII on purpose (JDK 17 reads sources in the platform charset): Chinese strings are
 * written as Unicode escapes.
 */

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class BrowserCheck {

    static final long PAGE_TIMEOUT_MS = 30_000;
    static final long TOTAL_TIMEOUT_MS = 120_000;
    static final int VIEWPORT_WIDTH = 1280;
    static final int VIEWPORT_HEIGHT = 900;
    static final int MAX_SHOT_HEIGHT = 16_000;

    static PrintStream out;
    static final boolean VERBOSE = "1".equals(System.getenv("BROWSERCHECK_VERBOSE"));
    static final Object LOCK = new Object();
    static volatile Process chrome;
    static volatile Path tempRoot;
    static volatile Cdp cdp;
    static boolean cleaned, finished;
    static int passed, failed;

    // ------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) {
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (args.length != 2) {
            out.println("usage: java src/test/browser/BrowserCheck.java <siteDir> <outDir>");
            System.exit(2);
        }
        Path site = Paths.get(args[0]).toAbsolutePath().normalize();
        if (Files.isRegularFile(site.resolve("tally").resolve("index.html"))) site = site.resolve("tally");
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            out.println("BrowserCheck: no index.html in " + args[0] + " or its tally/ folder");
            System.exit(2);
        }
        Path outDir = Paths.get(args[1]).toAbsolutePath().normalize();
        String exe = findChromium();
        if (exe == null) {
            out.println("BrowserCheck: no chromium found");
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserCheck::cleanup, "browsercheck-cleanup"));
        long start = System.nanoTime();
        Thread watchdog = new Thread(() -> watchdog(start), "browsercheck-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            Files.createDirectories(outDir);
            run(exe, site, outDir, start);
        } catch (Exception e) {
            result("BrowserCheck", "run", false, describe(e));
        } finally {
            long t0 = System.nanoTime();
            cleanup();
            if (VERBOSE) System.err.printf(Locale.ROOT, "BrowserCheck: cleanup took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        int f;
        synchronized (LOCK) {
            if (VERBOSE) System.err.printf(Locale.ROOT, "BrowserCheck: took %.1f s%n", (System.nanoTime() - start) / 1e9);
            out.println("BrowserCheck: " + passed + " passed, " + failed + " failed");
            f = failed;
            finished = true;
        }
        System.exit(f == 0 ? 0 : 1);
    }

    /** Last resort if something blocks beyond every bounded wait: report, kill chromium, exit. */
    static void watchdog(long start) {
        long until = start + TimeUnit.MILLISECONDS.toNanos(TOTAL_TIMEOUT_MS + 15_000);
        try {
            long left;
            while ((left = until - System.nanoTime()) > 0) TimeUnit.NANOSECONDS.sleep(left);
        } catch (InterruptedException e) {
            return;
        }
        synchronized (LOCK) {
            if (finished) return;
            finished = true;
            failed++;
            out.println("FAIL BrowserCheck: finished in time (still running " + (TOTAL_TIMEOUT_MS / 1000 + 15) + " s after start)");
            out.println("BrowserCheck: " + passed + " passed, " + failed + " failed");
            out.flush();
        }
        cleanup();
        Runtime.getRuntime().halt(1);
    }

    static void result(String page, String what, boolean ok, String detail) {
        synchronized (LOCK) {
            if (ok) passed++; else failed++;
            String d = detail == null || detail.isEmpty() ? "" : " (" + detail + ")";
            out.println((ok ? "PASS " : "FAIL ") + page + ": " + what + (ok && !VERBOSE ? "" : d));
        }
    }

    static String findChromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            String found = env.contains("/") ? (Files.isExecutable(Paths.get(env)) ? env : null) : onPath(env);
            if (found != null) return found;
            System.err.println("BrowserCheck: $CHROMIUM=" + env + " is not executable; trying the defaults");
        }
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Paths.get(p))) return p;
        }
        return onPath("chromium");
    }

    static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Paths.get(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    // --------------------------------------------------------------------------------------------- browser

    static void run(String exe, Path site, Path outDir, long start) throws Exception {
        Deadline total = new Deadline(start, TOTAL_TIMEOUT_MS);
        List<PageSpec> pages = pages();
        String ws;
        try {
            ws = launch(exe, total.min(PAGE_TIMEOUT_MS));
            if (VERBOSE) System.err.printf(Locale.ROOT, "BrowserCheck: chromium up after %.1f s%n", (System.nanoTime() - start) / 1e9);
            Cdp c = new Cdp();
            URI uri = URI.create(ws);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            c.ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, c).get(total.min(PAGE_TIMEOUT_MS).remaining(), TimeUnit.MILLISECONDS);
            cdp = c;
        } catch (Exception e) {
            String why = "chromium did not start: " + describe(e);
            for (PageSpec p : pages) failAll(p, why);
            return;
        }
        for (PageSpec p : pages) {
            if (total.expired()) {
                failAll(p, "overall " + TOTAL_TIMEOUT_MS / 1000 + " s timeout reached before this page");
                continue;
            }
            long t0 = System.nanoTime();
            checkPage(p, site, outDir, total.min(PAGE_TIMEOUT_MS));
            if (VERBOSE) System.err.printf(Locale.ROOT, "BrowserCheck: %s took %.1f s%n", p.path, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Starts chromium and returns the DevTools WebSocket URL it prints on stderr. */
    static String launch(String exe, Deadline d) throws Exception {
        Path root = Files.createTempDirectory("browsercheck-");
        tempRoot = root;
        Path profile = Files.createDirectory(root.resolve("profile"));
        // chromium's own temporary files (e.g. its singleton socket folder) go here too: a killed chromium
        // cannot remove them itself
        Path tmp = Files.createDirectory(root.resolve("tmp"));
        List<String> cmd = List.of(exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "about:blank");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("TMPDIR", tmp.toString());
        Process p;
        synchronized (LOCK) {
            if (cleaned) throw new IllegalStateException("shutting down");
            p = pb.start();
            chrome = p;
        }
        CompletableFuture<String> url = new CompletableFuture<>();
        Deque<String> tail = new ArrayDeque<>();
        Pattern devtools = Pattern.compile("DevTools listening on (ws://\\S+)");
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!url.isDone()) {
                        Matcher m = devtools.matcher(line);
                        if (m.find()) url.complete(m.group(1));
                        synchronized (tail) {
                            tail.addLast(line);
                            if (tail.size() > 8) tail.removeFirst();
                        }
                    }
                }
            } catch (IOException ignored) {
                // stream closed when chromium goes away
            }
            synchronized (tail) {
                url.completeExceptionally(new IOException("chromium closed stderr without a DevTools URL; last lines: "
                        + String.join(" | ", tail)));
            }
        }, "browsercheck-stderr");
        reader.setDaemon(true);
        reader.start();
        p.onExit().thenRun(() -> {
            synchronized (tail) {
                url.completeExceptionally(new IOException("chromium exited with " + p.exitValue() + "; last lines: "
                        + String.join(" | ", tail)));
            }
        });
        String ws;
        try {
            ws = url.get(d.remaining(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no 'DevTools listening on' line from chromium within the time limit");
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
        String host = URI.create(ws).getHost();
        if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host) || "::1".equals(host))) {
            throw new IOException("refusing non-loopback DevTools endpoint " + ws);
        }
        return ws;
    }

    static void cleanup() {
        synchronized (LOCK) {
            if (cleaned) return;
            cleaned = true;
        }
        Cdp c = cdp;
        if (c != null && c.ws != null) {
            try {
                c.ws.abort();
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
        Process p = chrome;
        if (p != null) {
            List<ProcessHandle> family = new ArrayList<>();
            try {
                p.descendants().forEach(family::add);
            } catch (RuntimeException ignored) {
                // process table not readable: the main process is still killed below
            }
            p.destroyForcibly();
            family.forEach(ProcessHandle::destroyForcibly);
            family.add(p.toHandle());
            try {
                CompletableFuture.allOf(family.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort; the profile folder is deleted anyway
            }
        }
        Path dir = tempRoot;
        if (dir != null) deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 2 && Files.exists(dir); attempt++) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(q -> {
                    try {
                        Files.deleteIfExists(q);
                    } catch (IOException ignored) {
                        // retried once
                    }
                });
            } catch (IOException | RuntimeException ignored) {
                // retried once
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ pages

    static void checkPage(PageSpec spec, Path site, Path outDir, Deadline d) {
        Path file = site.resolve(spec.path);
        if (!Files.isRegularFile(file)) {
            failAll(spec, "file " + file + " does not exist");
            return;
        }
        String url = file.toUri().toASCIIString();
        Cdp c = cdp;
        Map<String, Object> facts = null;
        String problem = null;
        String session = null;
        String target = null;
        String shot = spec.path.replace('/', '_') + ".png";
        Outcome shotOutcome = new Outcome(false, "not taken: the page's time limit was used up");
        try {
            target = str(c.call(null, "Target.createTarget", map("url", "about:blank"), d).get("targetId"));
            session = str(c.call(null, "Target.attachToTarget", map("targetId", target, "flatten", true), d).get("sessionId"));
            c.call(session, "Page.enable", map(), d);
            c.call(session, "Emulation.setDeviceMetricsOverride", map("width", VIEWPORT_WIDTH, "height", VIEWPORT_HEIGHT,
                    "deviceScaleFactor", 1, "mobile", false), d);
            CompletableFuture<Map<String, Object>> load = c.once(session, "Page.loadEventFired");
            Map<String, Object> nav = c.call(session, "Page.navigate", map("url", url), d);
            if (nav.get("errorText") != null && !str(nav.get("errorText")).isEmpty()) {
                c.cancel(load);
                throw new IOException("navigation failed: " + nav.get("errorText"));
            }
            while (true) {
                await(load, d, "Page.loadEventFired");
                // a stale load event (of about:blank) must not count: confirm the document really is ours
                load = c.once(session, "Page.loadEventFired");
                String state = evaluate(c, session, "document.readyState + '|' + location.href", d);
                if (state.equals("complete|" + url)) {
                    c.cancel(load);
                    break;
                }
            }
            String js = "(async (N) => {\n" + COMMON_JS + spec.js + "\n})(" + Json.write(spec.needles) + ")";
            facts = Json.obj(Json.parse(evaluate(c, session, js, d)));
            if (facts.get("error") != null) problem = "page script failed: " + facts.get("error");
            if (spec.fonts) {
                facts.put("platformFonts", "h1: " + platformFonts(c, session, "h1", d) + "; table row header: "
                        + platformFonts(c, session, "table.tally-table#tally-applications tbody th", d));
            }
        } catch (Exception e) {
            problem = describe(e);
        }
        if (session != null && !d.expired()) {
            shotOutcome = screenshot(c, session, outDir.resolve(shot), d);
        }
        if (target != null && !c.closed()) {
            try {
                // own small budget: after a page timeout d is used up, and a hung page should not linger
                c.call(null, "Target.closeTarget", map("targetId", target), new Deadline(System.nanoTime(), 5_000));
            } catch (Exception ignored) {
                // the browser is killed at the end anyway
            }
        }
        for (Check ch : spec.checks) {
            if (problem != null || facts == null) {
                result(spec.path, ch.what, false, problem == null ? "no facts" : problem);
                continue;
            }
            Outcome o;
            try {
                o = ch.body.run(facts);
            } catch (Exception e) {
                o = new Outcome(false, "facts missing or malformed: " + describe(e));
            }
            result(spec.path, ch.what, o.ok, o.detail);
        }
        result(spec.path, "full-page screenshot " + shot, shotOutcome.ok, shotOutcome.detail);
    }

    static void failAll(PageSpec spec, String why) {
        for (Check ch : spec.checks) result(spec.path, ch.what, false, why);
        result(spec.path, "full-page screenshot " + spec.path.replace('/', '_') + ".png", false, why);
    }

    static String evaluate(Cdp c, String session, String expression, Deadline d) throws Exception {
        Map<String, Object> r = c.call(session, "Runtime.evaluate", map("expression", expression,
                "returnByValue", true, "awaitPromise", true), d);
        if (r.get("exceptionDetails") != null) {
            Map<String, Object> ex = Json.obj(r.get("exceptionDetails"));
            Object e = ex.get("exception");
            String text = e != null && Json.obj(e).get("description") != null ? str(Json.obj(e).get("description")) : str(ex.get("text"));
            throw new IOException("JavaScript threw: " + text);
        }
        Object value = Json.obj(r.get("result")).get("value");
        if (!(value instanceof String)) throw new IOException("JavaScript returned " + Json.write(value) + ", not a string");
        return (String) value;
    }

    /** The platform fonts Chromium really used to draw the text of the first element matching selector. */
    static Object platformFonts(Cdp c, String session, String selector, Deadline d) {
        try {
            c.call(session, "DOM.enable", map(), d);
            c.call(session, "CSS.enable", map(), d);
            Object root = Json.obj(c.call(session, "DOM.getDocument", map("depth", 0), d).get("root")).get("nodeId");
            Object node = c.call(session, "DOM.querySelector", map("nodeId", root, "selector", selector), d).get("nodeId");
            List<Object> fonts = Json.list(c.call(session, "CSS.getPlatformFontsForNode", map("nodeId", node), d).get("fonts"));
            return fonts.stream().map(f -> Json.obj(f).get("familyName") + " x" + num(Json.obj(f).get("glyphCount")).intValue())
                    .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? "(none)" : s));
        } catch (Exception e) {
            return "unknown (" + describe(e) + ")";
        }
    }

    static Outcome screenshot(Cdp c, String session, Path file, Deadline d) {
        try {
            Map<String, Object> m = c.call(session, "Page.getLayoutMetrics", map(), d);
            Map<String, Object> size = Json.obj(m.get(m.containsKey("cssContentSize") ? "cssContentSize" : "contentSize"));
            // at least the viewport width: the content width excludes the vertical scrollbar
            int w = Math.max(VIEWPORT_WIDTH, (int) Math.ceil(num(size.get("width")).doubleValue()));
            int h = Math.max(1, (int) Math.ceil(num(size.get("height")).doubleValue()));
            boolean cut = h > MAX_SHOT_HEIGHT;
            h = Math.min(h, MAX_SHOT_HEIGHT);
            Map<String, Object> r = c.call(session, "Page.captureScreenshot", map("format", "png", "captureBeyondViewport", true,
                    "clip", map("x", 0, "y", 0, "width", w, "height", h, "scale", 1)), d);
            byte[] png = Base64.getDecoder().decode(str(r.get("data")));
            if (png.length < 24 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
                return new Outcome(false, "Chromium returned " + png.length + " bytes that are not a PNG");
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, png);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int pw = readInt(png, 16), ph = readInt(png, 20);
            return new Outcome(true, file + ", " + pw + "x" + ph + " px" + (cut ? ", cut at " + MAX_SHOT_HEIGHT + " px" : ""));
        } catch (Exception e) {
            return new Outcome(false, describe(e));
        }
    }

    static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    // ------------------------------------------------------------------------------------------------ checks

    record Outcome(boolean ok, String detail) {}

    interface Body {
        Outcome run(Map<String, Object> facts) throws Exception;
    }

    record Check(String what, Body body) {}

    record PageSpec(String path, Map<String, Object> needles, String js, boolean fonts, List<Check> checks) {}

    static Outcome outcome(boolean ok, String detail) {
        return new Outcome(ok, detail);
    }

    // Chinese needles (Unicode escapes, see the header comment)
    static final String QINGSHAN_2024 = "\u9752\u5c71\u9547" + "2024" + "\u5e74\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u5de5\u4f5c\u5e74\u5ea6\u62a5\u544a";
    static final String LEGAL_PERSONS = "\u6cd5\u4eba\u6216\u5176\u4ed6\u7ec4\u7ec7";      // faren huo qita zuzhi
    static final String BUSINESSES = "\u5546\u4e1a\u4f01\u4e1a";                               // shangye qiye
    static final String NEW_APPLICATIONS = "\u4e00\u3001\u672c\u5e74\u65b0\u6536\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\u6570\u91cf";

    static List<PageSpec> pages() {
        List<PageSpec> pages = new ArrayList<>();

        pages.add(new PageSpec("index.html", map("title", QINGSHAN_2024), INDEX_JS, false, List.of(
                new Check("a visible table with >= 7 visible report links", f -> {
                    List<Object> tables = Json.list(f.get("tables"));
                    int best = -1;
                    List<String> notes = new ArrayList<>();
                    for (Object o : tables) {
                        Map<String, Object> t = Json.obj(o);
                        int links = num(t.get("links")).intValue();
                        if (t.get("why") == null) best = Math.max(best, links);
                        notes.add(t.get("desc") + ": " + (t.get("why") == null ? "visible" : t.get("why")) + ", "
                                + links + "/" + num(t.get("linksTotal")).intValue() + " links visible");
                    }
                    return outcome(best >= 7, tables.isEmpty() ? "no table at all" : String.join("; ", notes));
                }),
                new Check("the text " + QINGSHAN_2024 + " is visible", f -> textOutcome(f.get("title"))))));

        pages.add(new PageSpec("2024/qingshan.html", map("group", LEGAL_PERSONS, "biz", BUSINESSES, "row", NEW_APPLICATIONS,
                "fig", "295"), QINGSHAN_JS, true, List.of(
                new Check("six visible table.tally-table", f -> {
                    Map<String, Object> t = Json.obj(f.get("tables"));
                    int visible = num(t.get("visible")).intValue(), all = num(t.get("total")).intValue();
                    return outcome(visible == 6 && all == 6, visible + " of " + all + " visible " + t.get("ids")
                            + (Json.list(t.get("why")).isEmpty() ? "" : ", hidden: " + t.get("why")));
                }),
                new Check("header " + LEGAL_PERSONS + " is visible, wider than " + BUSINESSES + " and spans its sub-columns", f -> {
                    if (f.get("group") == null) return outcome(false, "no th with text " + LEGAL_PERSONS + " in a table.tally-table");
                    Map<String, Object> g = Json.obj(f.get("group"));
                    double w = num(g.get("w")).doubleValue(), bw = num(g.get("bizW")).doubleValue();
                    int span = num(g.get("colspan")).intValue(), under = num(g.get("under")).intValue();
                    double dl = Math.abs(num(g.get("gL")).doubleValue() - num(g.get("uL")).doubleValue());
                    double dr = Math.abs(num(g.get("gR")).doubleValue() - num(g.get("uR")).doubleValue());
                    boolean ok = g.get("why") == null && g.get("bizWhy") == null && w > bw && span >= 2 && under == span
                            && dl <= 2 && dr <= 2;
                    String edges = under == 0 ? "" : String.format(Locale.ROOT, ", edges off by %.1f/%.1f px", dl, dr);
                    return outcome(ok, String.format(Locale.ROOT, "table #%s; %s %s, %.1f px wide, colspan %d; %s %s, %.1f px wide;"
                                    + " %d header cells below it%s", g.get("table"), LEGAL_PERSONS,
                            vis(g.get("why")), w, span, BUSINESSES, vis(g.get("bizWhy")), bw, under, edges));
                }),
                new Check("row header " + NEW_APPLICATIONS + " is visible", f -> {
                    Map<String, Object> r = Json.obj(f.get("rowHeader"));
                    int found = num(r.get("found")).intValue(), visible = num(r.get("visible")).intValue();
                    return outcome(visible >= 1, found == 0 ? "no tbody th with that text"
                            : visible + " of " + found + " visible" + (r.get("why") == null ? "" : ", " + r.get("why")));
                }),
                new Check("numeric cells are right-aligned", f -> {
                    Map<String, Object> n = Json.obj(f.get("nums"));
                    int total = num(n.get("total")).intValue(), visible = num(n.get("visible")).intValue();
                    List<Object> align = Json.list(n.get("badAlign")), geom = Json.list(n.get("badGeom"));
                    boolean ok = total > 0 && visible == total && align.isEmpty() && geom.isEmpty();
                    return outcome(ok, visible + " of " + total + " td.num visible"
                            + (n.get("why") == null ? "" : " (first hidden: " + n.get("why") + ")")
                            + (visible == 0 ? "" : align.isEmpty() ? ", all text-align right/end" : ", not right-aligned: " + align)
                            + (visible == 0 ? "" : geom.isEmpty() ? ", text flush right" : ", text not at the right edge: " + geom));
                }),
                new Check("a visible .tally-figure with text 295", f -> {
                    Map<String, Object> r = Json.obj(f.get("figure"));
                    int found = num(r.get("found")).intValue(), visible = num(r.get("visible")).intValue();
                    return outcome(visible >= 1, found == 0 ? "no .tally-figure with text 295"
                            : visible + " of " + found + " visible" + (r.get("why") == null ? "" : ", " + r.get("why")));
                }),
                new Check("Chinese glyphs render (width per character, ink, not the missing-glyph box)", f -> {
                    List<String> bad = new ArrayList<>(), info = new ArrayList<>();
                    for (Object o : Json.list(f.get("glyphs"))) {
                        Map<String, Object> g = Json.obj(o);
                        double size = num(g.get("fontSize")).doubleValue(), minW = num(g.get("minW")).doubleValue();
                        int n = num(g.get("nHan")).intValue(), chars = num(g.get("nChars")).intValue();
                        int distinct = num(g.get("distinct")).intValue();
                        String subject = str(g.get("desc"));
                        List<String> why = new ArrayList<>();
                        if (g.get("why") != null) why.add("not visible: " + g.get("why"));
                        if (n == 0) why.add("no Chinese characters");
                        if (size < 12) why.add("font size " + size + " px < 12 px");
                        if (n > 0 && !(minW > 8 && minW >= 0.75 * size)) {
                            why.add(String.format(Locale.ROOT, "narrowest Chinese character %.1f px at font size %.1f px", minW, size));
                        }
                        if (!str(g.get("inkless")).isEmpty()) why.add("drawn without ink: " + g.get("inkless"));
                        if (!str(g.get("tofu")).isEmpty()) why.add("drawn as the missing-glyph box: " + g.get("tofu"));
                        if (distinct != chars) why.add(chars + " different characters drawn as only " + distinct + " different glyphs");
                        if (!why.isEmpty()) bad.add(subject + ": " + String.join(", ", why));
                        info.add(String.format(Locale.ROOT, "%s: %d Chinese characters, %.1f-%.1f px wide at %.1f px, %d/%d distinct glyphs",
                                subject, n, minW, num(g.get("maxW")).doubleValue(), size, distinct, chars));
                    }
                    if (info.isEmpty()) return outcome(false, "no Chinese text element measured");
                    String fonts = "; fonts used for " + f.get("platformFonts") + "; document.fonts.check Noto Sans CJK SC: " + f.get("fontsCheck");
                    return outcome(bad.isEmpty(), (bad.isEmpty() ? String.join("; ", info) : String.join("; ", bad)) + fonts);
                }),
                new Check("no visible raw tally: macro or [data# text", f -> macroOutcome(f)))));

        pages.add(new PageSpec("2024/qingshan.charts.html", map("years", List.of("2023", "2024")), CHARTS_JS, false, List.of(
                new Check(">= 4 visible svg charts in figure.tally-chart, each >= 300 px wide", f -> {
                    List<Object> charts = Json.list(f.get("charts"));
                    List<String> bad = new ArrayList<>();
                    int good = 0;
                    for (Object o : charts) {
                        Map<String, Object> ch = Json.obj(o);
                        double w = num(ch.get("w")).doubleValue();
                        if (ch.get("svgWhy") == null && w >= 300) good++;
                        else bad.add(ch.get("label") + ": " + (ch.get("svgWhy") == null ? String.format(Locale.ROOT, "%.0f px wide", w) : ch.get("svgWhy")));
                    }
                    return outcome(good >= 4 && bad.isEmpty(), good + " of " + charts.size() + " figure.tally-chart have a visible svg >= 300 px wide ("
                            + num(f.get("svgTotal")).intValue() + " svg on the page)" + (bad.isEmpty() ? "" : "; " + few(bad)));
                }),
                new Check("every chart shows visible <text> 2023 and 2024", f -> {
                    List<Object> charts = Json.list(f.get("charts"));
                    List<String> bad = new ArrayList<>();
                    for (Object o : charts) {
                        Map<String, Object> ch = Json.obj(o);
                        if (num(ch.get("y2023")).intValue() < 1 || num(ch.get("y2024")).intValue() < 1) {
                            bad.add(ch.get("label") + ": 2023 x" + num(ch.get("y2023")).intValue() + ", 2024 x" + num(ch.get("y2024")).intValue()
                                    + (ch.get("textWhy") == null ? "" : " (" + ch.get("textWhy") + ")"));
                        }
                    }
                    return outcome(!charts.isEmpty() && bad.isEmpty(), charts.isEmpty() ? "no figure.tally-chart" : charts.size() + " charts" + (bad.isEmpty() ? "" : "; " + few(bad)));
                }),
                new Check("every figcaption is visible", f -> {
                    List<Object> charts = Json.list(f.get("charts"));
                    List<String> bad = new ArrayList<>();
                    for (Object o : charts) {
                        Map<String, Object> ch = Json.obj(o);
                        if (ch.get("capWhy") != null || str(ch.get("cap")).isEmpty()) {
                            bad.add(ch.get("label") + ": " + (ch.get("capWhy") == null ? "empty" : ch.get("capWhy")));
                        }
                    }
                    return outcome(!charts.isEmpty() && bad.isEmpty(), charts.isEmpty() ? "no figure.tally-chart" : charts.size() + " figcaptions" + (bad.isEmpty() ? "" : "; " + few(bad)));
                }))));

        pages.add(new PageSpec("2017/shendang.html", map("mismatch", "170 != 169"), SHENDANG_JS, false, List.of(
                new Check("a visible .tally-notice above the h1 containing 170 != 169", f -> {
                    if (f.get("notice") == null) return outcome(false, "no .tally-notice");
                    Map<String, Object> n = Json.obj(f.get("notice"));
                    double top = num(n.get("top")).doubleValue();
                    Object h1Top = n.get("h1Top");
                    boolean above = h1Top != null && top < num(h1Top).doubleValue();
                    boolean firstScreen = top < num(n.get("viewportH")).doubleValue();
                    Outcome text = textOutcome(n.get("text"));
                    boolean ok = n.get("why") == null && above && firstScreen && text.ok;
                    return outcome(ok, String.format(Locale.ROOT, "notice %s, top %.0f px, h1 top %s, text: %s", vis(n.get("why")), top,
                            h1Top == null ? "(no h1)" : String.format(Locale.ROOT, "%.0f px", num(h1Top).doubleValue()), text.detail));
                }),
                new Check("the notice is red", f -> {
                    if (f.get("notice") == null) return outcome(false, "no .tally-notice");
                    Map<String, Object> n = Json.obj(f.get("notice"));
                    String color = str(n.get("border"));
                    int[] rgb = rgb(color);
                    boolean ok = rgb != null && rgb[0] >= 150 && rgb[1] <= 120 && rgb[2] <= 120;
                    return outcome(ok, "border-left-color " + color + ", background " + n.get("bg"));
                }),
                new Check("no visible raw tally: macro or [data# text", f -> macroOutcome(f)))));

        pages.add(new PageSpec("checks.html", map("loc", "line 41"), CHECKS_JS, false, List.of(
                new Check("visible table rows containing line 41", f -> {
                    Map<String, Object> r = Json.obj(f.get("items"));
                    int found = num(r.get("found")).intValue(), visible = num(r.get("visible")).intValue();
                    Outcome text = textOutcome(r.get("text"));
                    return outcome(visible >= 1 && text.ok, found == 0 ? "no tr containing it"
                            : visible + " of " + found + " tr visible" + (r.get("why") == null ? "" : " (" + r.get("why") + ")") + ", text: " + text.detail);
                }))));
        return pages;
    }

    static Outcome textOutcome(Object o) {
        Map<String, Object> t = Json.obj(o);
        int found = num(t.get("found")).intValue(), visible = num(t.get("visible")).intValue();
        if (found == 0) return outcome(false, "text not found");
        return outcome(visible >= 1, visible + " of " + found + " occurrences visible" + (visible == 0 ? ": " + t.get("why") : ""));
    }

    static Outcome macroOutcome(Map<String, Object> f) {
        Map<String, Object> m = Json.obj(f.get("macros"));
        List<Object> shown = Json.list(m.get("visible"));
        return outcome(shown.isEmpty(), shown.isEmpty() ? num(m.get("hidden")).intValue() + " hidden occurrences, none visible" : "visible: " + shown);
    }

    /** The first three items and how many more: keeps FAIL lines readable when every chart fails alike. */
    static String few(List<String> items) {
        String head = items.stream().limit(3).collect(Collectors.joining("; "));
        return items.size() > 3 ? head + "; and " + (items.size() - 3) + " more" : head;
    }

    static String vis(Object why) {
        return why == null ? "visible" : "NOT visible: " + why;
    }

    static int[] rgb(String css) {
        Matcher m = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)").matcher(css == null ? "" : css);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))} : null;
    }

    // ------------------------------------------------------------------------------------------- JavaScript

    /*
     * Shared helpers. H.hidden(el[, rect]) returns null when el is visible, else the reason: visible means
     * computed display is not none and opacity not 0 on el and its ancestors, visibility is visible, the box
     * (or the given rect) has non-zero size, lies inside the page's scroll extent and is not clipped away by an
     * ancestor's overflow.
     */
    static final String COMMON_JS = """
            await document.fonts.ready;
            const H = {};
            H.desc = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/ +/).join('.') : '');
            H.docW = () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
            H.docH = () => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);
            H.hidden = (el, rect) => {
              if (!el) return 'missing';
              if (!el.isConnected) return 'not in the document';
              const cs = getComputedStyle(el);
              for (let a = el; a; a = a.parentElement) {
                const s = a === el ? cs : getComputedStyle(a);
                if (s.display === 'none') return 'display:none on ' + H.desc(a);
                if (parseFloat(s.opacity) === 0) return 'opacity:0 on ' + H.desc(a);
              }
              if (cs.visibility !== 'visible') return 'visibility:' + cs.visibility + ' on ' + H.desc(el);
              const r = rect || el.getBoundingClientRect();
              if (!(r.width > 0 && r.height > 0)) return 'zero-size box ' + r.width + 'x' + r.height + ' of ' + H.desc(el);
              const x0 = r.left + scrollX, y0 = r.top + scrollY, x1 = r.right + scrollX, y1 = r.bottom + scrollY;
              if (x1 <= 0 || y1 <= 0 || x0 >= H.docW() || y0 >= H.docH()) {
                return 'outside the page (' + Math.round(x0) + ',' + Math.round(y0) + ') ' + H.desc(el);
              }
              for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
                const s = getComputedStyle(a);
                const cx = s.overflowX !== 'visible', cy = s.overflowY !== 'visible';
                if (!cx && !cy) continue;
                const q = a.getBoundingClientRect();
                if ((cx && (r.right <= q.left || r.left >= q.right)) || (cy && (r.bottom <= q.top || r.top >= q.bottom))) {
                  return 'clipped away by the overflow of ' + H.desc(a);
                }
              }
              return null;
            };
            H.rect = el => { const r = el.getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; };
            H.count = (els) => {
              const o = {found: els.length, visible: 0, why: null};
              for (const e of els) { const w = H.hidden(e); if (!w) o.visible++; else if (!o.why) o.why = w; }
              return o;
            };
            H.textVisible = (needle, root) => {
              const o = {found: 0, visible: 0, why: null};
              const w = document.createTreeWalker(root || document.body, NodeFilter.SHOW_TEXT);
              for (let n; (n = w.nextNode());) {
                let i = n.data.indexOf(needle);
                if (i < 0) continue;
                o.found++;
                const rg = document.createRange(); rg.setStart(n, i); rg.setEnd(n, i + needle.length);
                const why = H.hidden(n.parentElement, rg.getBoundingClientRect());
                if (!why) o.visible++; else if (!o.why) o.why = why;
              }
              if (!o.found) o.why = 'text not found';
              return o;
            };
            H.macros = () => {
              const o = {visible: [], hidden: 0};
              const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n; (n = w.nextNode());) {
                for (const needle of ['tally:', '[data#']) {
                  const i = n.data.indexOf(needle);
                  if (i < 0) continue;
                  const rg = document.createRange(); rg.setStart(n, i); rg.setEnd(n, i + needle.length);
                  if (H.hidden(n.parentElement, rg.getBoundingClientRect())) o.hidden++;
                  else if (o.visible.length < 5) o.visible.push(H.desc(n.parentElement) + ': ' + n.data.trim().slice(0, 80));
                }
              }
              return o;
            };
            H.han = ch => /\\p{Script=Han}/u.test(ch);
            H.glyphs = el => {
              const o = {desc: el ? H.desc(el) : 'missing', why: H.hidden(el), nHan: 0, minW: 0, maxW: 0, nChars: 0, distinct: 0, inkless: '', tofu: ''};
              if (!el) return o;
              const cs = getComputedStyle(el);
              o.fontSize = parseFloat(cs.fontSize);
              o.fontFamily = cs.fontFamily;
              const widths = [];
              const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let n; (n = w.nextNode());) {
                let i = 0;
                for (const ch of n.data) {
                  if (H.han(ch)) {
                    const rg = document.createRange(); rg.setStart(n, i); rg.setEnd(n, i + ch.length);
                    widths.push(rg.getBoundingClientRect().width);
                  }
                  i += ch.length;
                }
              }
              o.nHan = widths.length;
              o.minW = widths.length ? Math.min(...widths) : 0;
              o.maxW = widths.length ? Math.max(...widths) : 0;
              const font = cs.fontStyle + ' ' + cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily;
              const size = Math.ceil(o.fontSize * 2) + 4;
              const sig = ch => {
                const c = document.createElement('canvas'); c.width = size; c.height = size;
                const g = c.getContext('2d', {willReadFrequently: true});
                g.font = font; g.textBaseline = 'top'; g.fillStyle = '#000'; g.fillText(ch, 2, 2);
                const d = g.getImageData(0, 0, size, size).data;
                let ink = 0, h = 0;
                for (let i = 3; i < d.length; i += 4) { if (d[i]) ink++; h = (Math.imul(h, 31) + d[i]) | 0; }
                return {ink, key: ink + ':' + h};
              };
              const chars = [...new Set([...el.textContent].filter(H.han))].slice(0, 32);
              const notdef = sig(String.fromCodePoint(0x10FFFD));
              const sigs = chars.map(sig);
              o.nChars = chars.length;
              o.inkless = chars.filter((c, i) => sigs[i].ink === 0).join('');
              o.tofu = chars.filter((c, i) => sigs[i].ink > 0 && sigs[i].key === notdef.key).join('');
              o.distinct = new Set(sigs.map(s => s.key)).size;
              return o;
            };
            const f = {href: location.href};
            try {
            """;

    static final String END_JS = """
            } catch (e) {
              f.error = String(e && e.stack || e);
            }
            return JSON.stringify(f);
            """;

    static final String INDEX_JS = """
            f.tables = [...document.querySelectorAll('table')].map(t => {
              const links = [...t.querySelectorAll('a[href]')];
              return {desc: H.desc(t), why: H.hidden(t), links: links.filter(a => !H.hidden(a)).length, linksTotal: links.length};
            });
            f.title = H.textVisible(N.title);
            """ + END_JS;

    static final String QINGSHAN_JS = """
            const tables = [...document.querySelectorAll('table.tally-table')];
            f.tables = {total: tables.length, visible: tables.filter(t => !H.hidden(t)).length,
                        why: tables.map(t => H.hidden(t)).filter(Boolean).slice(0, 3), ids: tables.map(t => t.id).join(',')};
            const ths = [...document.querySelectorAll('table.tally-table th')];
            const grp = ths.find(th => th.textContent.trim() === N.group);
            if (grp) {
              const t = grp.closest('table');
              const biz = [...t.querySelectorAll('th')].find(th => th.textContent.trim() === N.biz);
              const gr = grp.getBoundingClientRect();
              const next = grp.parentElement.nextElementSibling;
              const under = next ? [...next.cells].map(c => c.getBoundingClientRect())
                  .filter(r => r.width > 0 && r.left + r.width / 2 > gr.left && r.left + r.width / 2 < gr.right) : [];
              f.group = {table: t.id, why: H.hidden(grp), w: gr.width, colspan: grp.colSpan,
                         bizWhy: biz ? H.hidden(biz) : 'missing', bizW: biz ? biz.getBoundingClientRect().width : 0,
                         under: under.length, gL: gr.left, gR: gr.right,
                         uL: under.length ? Math.min(...under.map(r => r.left)) : -1e9,
                         uR: under.length ? Math.max(...under.map(r => r.right)) : -1e9};
            }
            f.rowHeader = H.count([...document.querySelectorAll('table.tally-table tbody th')].filter(th => th.textContent.trim() === N.row));
            const nums = [...document.querySelectorAll('table.tally-table td.num')].filter(td => !td.classList.contains('missing'));
            f.nums = {total: nums.length, visible: 0, why: null, badAlign: [], badGeom: []};
            for (const td of nums) {
              const why = H.hidden(td);
              if (why) { if (!f.nums.why) f.nums.why = why; continue; }
              f.nums.visible++;
              const id = (td.closest('table').id || '?') + '[' + td.parentElement.rowIndex + ',' + td.cellIndex + ']';
              const cs = getComputedStyle(td);
              if (!(cs.textAlign === 'right' || cs.textAlign === 'end')) {
                if (f.nums.badAlign.length < 5) f.nums.badAlign.push(id + ' text-align:' + cs.textAlign);
                continue;
              }
              if (!td.textContent.trim()) continue;
              const rg = document.createRange(); rg.selectNodeContents(td);
              const tr = rg.getBoundingClientRect(), cr = td.getBoundingClientRect();
              const right = cr.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
              if (Math.abs(tr.right - right) > 2 && f.nums.badGeom.length < 5) {
                f.nums.badGeom.push(id + ' text ends at ' + tr.right.toFixed(1) + ', content box at ' + right.toFixed(1));
              }
            }
            f.figure = H.count([...document.querySelectorAll('.tally-figure')].filter(e => e.textContent.trim() === N.fig));
            f.glyphs = [H.glyphs(document.querySelector('h1')),
                        H.glyphs([...document.querySelectorAll('table.tally-table tbody th')].find(th => th.textContent.trim() === N.row))];
            f.fontsCheck = document.fonts.check('16px "Noto Sans CJK SC"');
            f.macros = H.macros();
            """ + END_JS;

    static final String CHARTS_JS = """
            f.svgTotal = document.querySelectorAll('svg').length;
            f.charts = [...document.querySelectorAll('figure.tally-chart')].map(fig => {
              const svg = fig.querySelector('svg'), cap = fig.querySelector('figcaption');
              const texts = svg ? [...svg.querySelectorAll('text')] : [];
              const o = {label: svg ? (svg.getAttribute('aria-label') || H.desc(svg)) : H.desc(fig),
                         svgWhy: svg ? H.hidden(svg) : 'no svg', w: svg ? svg.getBoundingClientRect().width : 0,
                         capWhy: cap ? H.hidden(cap) : 'no figcaption', cap: cap ? cap.textContent.trim() : '', textWhy: null};
              for (const y of N.years) {
                const c = H.count(texts.filter(t => t.textContent.trim() === y));
                o['y' + y] = c.visible;
                if (!c.visible && !o.textWhy) o.textWhy = y + ': ' + c.why;
              }
              return o;
            });
            """ + END_JS;

    static final String SHENDANG_JS = """
            const n = document.querySelector('.tally-notice'), h1 = document.querySelector('h1');
            if (n) {
              const s = getComputedStyle(n);
              f.notice = {why: H.hidden(n), top: H.rect(n).y, h1Top: h1 && !H.hidden(h1) ? H.rect(h1).y : null,
                          viewportH: innerHeight, text: H.textVisible(N.mismatch, n),
                          border: s.borderLeftColor, bg: s.backgroundColor};
            }
            f.macros = H.macros();
            """ + END_JS;

    static final String CHECKS_JS = """
            const lis = [...document.querySelectorAll('tr')].filter(tr => tr.textContent.includes(N.loc));
            f.items = H.count(lis);
            f.items.text = H.textVisible(N.loc);
            """ + END_JS;

    // ---------------------------------------------------------------------------------------------- DevTools

    /** Remaining time until a fixed point. */
    record Deadline(long until) {
        Deadline(long startNanos, long ms) {
            this(startNanos + TimeUnit.MILLISECONDS.toNanos(ms));
        }

        Deadline min(long ms) {
            return new Deadline(Math.min(until, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms)));
        }

        boolean expired() {
            return until - System.nanoTime() <= 0;
        }

        long remaining() {
            return Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()));
        }
    }

    static <T> T await(CompletableFuture<T> f, Deadline d, String what) throws Exception {
        if (d.expired()) throw new TimeoutException("time limit reached before " + what);
        try {
            return f.get(d.remaining(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting for " + what);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /** A minimal CDP client: commands with ids, flattened sessions, one-shot event waiters. */
    static final class Cdp implements WebSocket.Listener {
        record Pending(String session, String method, CompletableFuture<Map<String, Object>> future) {}

        record Waiter(String session, String method, CompletableFuture<Map<String, Object>> future) {}

        final AtomicInteger ids = new AtomicInteger();
        final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
        final List<Waiter> waiters = new CopyOnWriteArrayList<>();
        final StringBuilder buf = new StringBuilder();
        volatile WebSocket ws;
        volatile Throwable closedBecause;

        boolean closed() {
            return closedBecause != null;
        }

        Map<String, Object> call(String session, String method, Map<String, Object> params, Deadline d) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
            pending.put(id, new Pending(session, method, f));
            if (closedBecause != null) f.completeExceptionally(new IOException("DevTools connection closed: " + closedBecause.getMessage()));
            Map<String, Object> msg = map("id", id, "method", method, "params", params);
            if (session != null) msg.put("sessionId", session);
            try {
                synchronized (this) {
                    await(ws.sendText(Json.write(msg), true), d, "sending " + method);
                }
                return await(f, d, method);
            } finally {
                pending.remove(id);
            }
        }

        CompletableFuture<Map<String, Object>> once(String session, String method) {
            CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
            waiters.add(new Waiter(session, method, f));
            if (closedBecause != null) f.completeExceptionally(new IOException("DevTools connection closed"));
            return f;
        }

        void cancel(CompletableFuture<Map<String, Object>> f) {
            waiters.removeIf(w -> w.future == f);
            f.cancel(false);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
                String text = buf.toString();
                buf.setLength(0);
                try {
                    dispatch(text);
                } catch (RuntimeException e) {
                    failEverything(new IOException("bad DevTools message: " + e));
                }
            }
            webSocket.request(1);
            return null;
        }

        void dispatch(String text) {
            Map<String, Object> m = Json.obj(Json.parse(text));
            Object id = m.get("id");
            if (id != null) {
                Pending p = pending.get(num(id).intValue());
                if (p == null) return;
                if (m.get("error") != null) p.future.completeExceptionally(new IOException(p.method + " failed: " + Json.write(m.get("error"))));
                else p.future.complete(m.get("result") == null ? new LinkedHashMap<>() : Json.obj(m.get("result")));
                return;
            }
            String method = str(m.get("method"));
            String session = m.get("sessionId") == null ? null : str(m.get("sessionId"));
            Map<String, Object> params = m.get("params") == null ? new LinkedHashMap<>() : Json.obj(m.get("params"));
            if ("Inspector.targetCrashed".equals(method) || "Target.detachedFromTarget".equals(method)) {
                String gone = "Target.detachedFromTarget".equals(method) ? str(params.get("sessionId")) : session;
                IOException e = new IOException(method + " (the page's renderer went away)");
                for (Waiter w : waiters) if (Objects.equals(w.session, gone)) { waiters.remove(w); w.future.completeExceptionally(e); }
                for (Pending p : pending.values()) if (Objects.equals(p.session, gone)) p.future.completeExceptionally(e);
                return;
            }
            for (Waiter w : waiters) {
                if (Objects.equals(w.session, session) && w.method.equals(method)) {
                    waiters.remove(w);
                    w.future.complete(params);
                }
            }
        }

        void failEverything(Throwable why) {
            closedBecause = why;
            for (Pending p : pending.values()) p.future.completeExceptionally(why);
            for (Waiter w : waiters) w.future.completeExceptionally(why);
            waiters.clear();
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failEverything(new IOException("DevTools connection closed (" + statusCode + " " + reason + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failEverything(error);
        }
    }

    // --------------------------------------------------------------------------------------------------- JSON

    /** Just enough JSON: objects become LinkedHashMap, arrays ArrayList, numbers Double. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            j.space();
            Object v = j.value();
            j.space();
            if (j.i != text.length()) throw j.error("trailing characters");
            return v;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i);
        }

        void space() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
        }

        Object value() {
            if (i >= s.length()) throw error("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (peek('}')) return m;
                    while (true) {
                        space();
                        if (i >= s.length() || s.charAt(i) != '"') throw error("expected a key");
                        String k = string();
                        space();
                        expect(':');
                        space();
                        m.put(k, value());
                        space();
                        if (peek('}')) return m;
                        expect(',');
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (peek(']')) return l;
                    while (true) {
                        space();
                        l.add(value());
                        space();
                        if (peek(']')) return l;
                        expect(',');
                    }
                }
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    if (start == i) throw error("unexpected character '" + c + "'");
                    return Double.valueOf(s.substring(start, i));
                }
            }
        }

        boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
        }

        Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) throw error("bad literal");
            i += word.length();
            return v;
        }

        String string() {
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u':
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: b.append(e);
                }
            }
        }

        static String write(Object o) {
            StringBuilder b = new StringBuilder();
            write(b, o);
            return b.toString();
        }

        static void write(StringBuilder b, Object o) {
            if (o == null) {
                b.append("null");
            } else if (o instanceof String) {
                String s = (String) o;
                b.append('"');
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    if (c == '"' || c == '\\') b.append('\\').append(c);
                    else if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
                b.append('"');
            } else if (o instanceof Double || o instanceof Float) {
                double d = ((Number) o).doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) b.append((long) d);
                else b.append(d);
            } else if (o instanceof Number || o instanceof Boolean) {
                b.append(o);
            } else if (o instanceof Map) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    write(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (o instanceof List) {
                b.append('[');
                boolean first = true;
                for (Object v : (List<?>) o) {
                    if (!first) b.append(',');
                    first = false;
                    write(b, v);
                }
                b.append(']');
            } else {
                write(b, String.valueOf(o));
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> obj(Object o) {
            if (!(o instanceof Map)) throw new IllegalArgumentException("expected a JSON object, got " + write(o));
            return (Map<String, Object>) o;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object o) {
            if (!(o instanceof List)) throw new IllegalArgumentException("expected a JSON array, got " + write(o));
            return (List<Object>) o;
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], kv[k + 1]);
        return m;
    }

    static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    static Number num(Object o) {
        if (o instanceof Number) return (Number) o;
        throw new IllegalArgumentException("expected a number, got " + Json.write(o));
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
