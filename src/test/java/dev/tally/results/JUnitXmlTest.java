package dev.tally.results;

import dev.tally.check.CheckOutcome;
import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.run.Fixture;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JUnitXmlTest {

    @TempDir
    Path project;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static Element suite(Document doc, String reportPath) {
        for (Element s : children(doc.getDocumentElement(), "testsuite")) {
            if (s.getAttribute("name").equals("tally." + reportPath)) {
                return s;
            }
        }
        throw new AssertionError("no test suite for " + reportPath);
    }

    static Element testcase(Element suite, String name) {
        List<Element> found = children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals(name)).toList();
        assertEquals(1, found.size(), () -> "test cases named " + name);
        return found.get(0);
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void shendangsFailedCheckIsAFailedTestCaseWithBothValues() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Document doc = parse(JUnitXml.write(run, project));
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        Element suite = suite(doc, ResultsFixture.SHENDANG);
        Element failed = testcase(suite, ResultsFixture.SHENDANG_CHECK);
        // a dotted name, which CI test tabs split into package 2017 and class shendang (not a class "adoc")
        assertEquals("tally.2017.shendang", failed.getAttribute("classname"));
        assertEquals(ResultsFixture.SHENDANG, failed.getAttribute("file"));
        assertEquals("41", failed.getAttribute("line"));
        Element failure = child(failed, "failure");
        assertNotNull(failure);
        String text = failure.getTextContent();
        assertTrue(text.contains("170") && text.contains("169"), text);
        assertTrue(text.contains(ResultsFixture.SHENDANG + ":41: check failed"), text);
        assertTrue(failure.getAttribute("message").contains("170 != 169"), failure.getAttribute("message"));
        assertEquals("check.failed", failure.getAttribute("type"));

        // the same check on the second part's figures passes, and so does every figure
        Element passed = testcase(suite, "detail.total = sum(detail.by_kind)");
        assertTrue(children(passed, "failure").isEmpty() && children(passed, "error").isEmpty()
                && children(passed, "skipped").isEmpty());
        assertTrue(child(testcase(suite, JUnitXml.READ), "failure") == null, "shendang reads cleanly");
        assertEquals(1, attr(suite, "failures"));
        assertEquals(0, attr(suite, "errors"));
    }

    @Test
    void countsMatchTheTestCasesAndTheOutcomes() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Document doc = parse(JUnitXml.write(run, project));
        List<Element> suites = children(doc.getDocumentElement(), "testsuite");
        assertEquals(run.reports().size(), suites.size());
        int allTests = 0;
        int allFailures = 0;
        for (int i = 0; i < suites.size(); i++) {
            Element s = suites.get(i);
            ReportResult r = run.reports().get(i);
            List<Element> cases = children(s, "testcase");
            assertEquals(r.outcomes().size() + 1, cases.size(), s.getAttribute("name"));
            assertEquals(cases.size(), attr(s, "tests"));
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            int passing = 0;
            for (Element c : cases) {
                if (child(c, "failure") != null) {
                    failures++;
                } else if (child(c, "error") != null) {
                    errors++;
                } else if (child(c, "skipped") != null) {
                    skipped++;
                } else {
                    passing++;
                }
            }
            assertEquals(failures, attr(s, "failures"));
            assertEquals(errors, attr(s, "errors"));
            assertEquals(skipped, attr(s, "skipped"));
            long passedOutcomes = r.outcomes().stream().filter(o -> o.status() == CheckOutcome.Status.PASSED).count();
            boolean readFails = r.count(Severity.ERROR) > r.outcomes().stream()
                    .filter(o -> o.status() == CheckOutcome.Status.FAILED).mapToInt(CheckOutcome::failures).sum();
            assertEquals(passedOutcomes + (readFails ? 0 : 1), passing, s.getAttribute("name"));
            assertEquals(attr(s, "tests") - attr(s, "failures") - attr(s, "errors") - attr(s, "skipped"), passing);
            allTests += cases.size();
            allFailures += failures;
        }
        assertEquals(allTests, attr(doc.getDocumentElement(), "tests"));
        assertEquals(allFailures, attr(doc.getDocumentElement(), "failures"));
        // shendang's check and dayu's read
        assertEquals(2, allFailures);
        Element y2024 = suite(doc, "src/reports/2024/qingshan.adoc");
        assertEquals(0, attr(y2024, "failures"));
        assertTrue(attr(y2024, "tests") > 10, () -> y2024.getAttribute("tests"));
    }

    /** Trial S, 2: with failOnWarning, the test tab shows the warnings that failed the build, not a green report. */
    @Test
    void whereWarningsFailTheBuildAReportsReadCaseFailsOnItsWarnings() throws Exception {
        Path file = project.resolve("src/reports/q1.adoc").toAbsolutePath().normalize();
        dev.tally.diagnostic.Diagnostic noTitle = new dev.tally.diagnostic.Diagnostic(Severity.WARNING,
                new dev.tally.diagnostic.Location(file, 1), "report.no-title", List.of());
        RunResult run = new RunResult(project.resolve("src/reports").toAbsolutePath().normalize(),
                List.of(new dev.tally.run.ReportResult(file, "Q1", null, null, List.of(noTitle), 0, List.of())));
        java.io.StringWriter lenient = new java.io.StringWriter();
        JUnitXml.write(run, project, lenient, false);
        assertNull(child(testcase(suite(parse(lenient.toString()), "src/reports/q1.adoc"), JUnitXml.READ), "failure"));
        java.io.StringWriter strict = new java.io.StringWriter();
        JUnitXml.write(run, project, strict, true);
        Element failure = child(testcase(suite(parse(strict.toString()), "src/reports/q1.adoc"), JUnitXml.READ), "failure");
        assertNotNull(failure);
        assertEquals("report.no-title", failure.getAttribute("type"));
    }

    /** Trial S, 11: a figure written twice is two test cases of two names. */
    @Test
    void theSameFigureWrittenTwiceIsTwoTestCasesOfTwoNames() throws Exception {
        Fixture.report(project, "f.adoc", "= F\n\nWe had tally:v.n[3] and again tally:v.n[3].\n\n[data#v]\n----\nn: 3\n----\n");
        Element suite = suite(parse(JUnitXml.write(Fixture.run(project), project)), "src/reports/f.adoc");
        assertNotNull(testcase(suite, "tally:v.n[3]"));
        assertNotNull(testcase(suite, "tally:v.n[3] (2)"));
    }

    @Test
    void classNamesAreDottedPathsUnderTheReportsDirectory() {
        Path reports = project.resolve("src/reports").toAbsolutePath().normalize();
        assertEquals("tally.qingshan", JUnitXml.className(reports.resolve("qingshan.adoc"), reports));
        assertEquals("tally.zhejiang.2024.a_b", JUnitXml.className(reports.resolve("zhejiang/2024/a.b.adoc"), reports));
        // a module's reports are in its package, so that two modules' 2025/q1.adoc are two classes (trial S, 5)
        Path top = project.toAbsolutePath().normalize();
        assertEquals("", JUnitXml.module(reports, top));
        Path finance = top.resolve("finance/src/reports");
        assertEquals("finance", JUnitXml.module(finance, top));
        assertEquals("provinces.an_hui", JUnitXml.module(top.resolve("provinces/an.hui/src/reports"), top));
        assertEquals("", JUnitXml.module(top.resolve("reports"), top));
        assertEquals("tally.finance.2025.q1", JUnitXml.className(finance.resolve("2025/q1.adoc"), finance, "finance"));
    }

    @Test
    void dayusReadTestCaseFailsWithTheSixMissingTables() throws Exception {
        RunResult run = ResultsFixture.examplesRun(project);
        Element suite = suite(parse(JUnitXml.write(run, project)), ResultsFixture.DAYU);
        Element read = testcase(suite, JUnitXml.READ);
        assertEquals("tally.2023.dayu", read.getAttribute("classname"));
        Element failure = child(read, "failure");
        assertNotNull(failure, "dayu's read test case must fail");
        String text = failure.getTextContent();
        assertEquals(6, text.lines().filter(l -> l.contains("missing table")).count(), text);
        for (String id : ResultsFixture.DAYU_MISSING) {
            // at the heading of the section it belongs in
            assertTrue(text.contains(ResultsFixture.DAYU + ":" + ResultsFixture.dayuSectionLine(id) + ": missing table " + id
                    + " ("), id + " in " + text);
        }
        assertEquals("template.missing-table-here", failure.getAttribute("type"));
        // its template checks that name the missing tables are skipped, not failed
        for (Element c : children(suite, "testcase")) {
            if (!c.getAttribute("name").equals(JUnitXml.READ)) {
                assertNull(child(c, "failure"), c.getAttribute("name"));
            }
        }
        assertTrue(attr(suite, "skipped") > 0);
        for (Element c : children(suite, "testcase")) {
            Element skipped = child(c, "skipped");
            assertTrue(skipped == null || skipped.getAttribute("message").startsWith("not run: the report lacks a block"),
                    () -> c.getAttribute("name") + ": " + skipped.getAttribute("message"));
        }
        // template checks point at the report, not at the built-in template's pseudo file
        for (Element c : children(suite, "testcase")) {
            assertTrue(c.getAttribute("file").equals(ResultsFixture.DAYU), c.getAttribute("file"));
        }
    }

    /** Trial AH, 8: a template's failed check is written in no report: its case names the line it fails at. */
    @Test
    void aTemplatesFailedCheckNamesTheLineItFailsAt() throws Exception {
        Fixture.write(project.resolve("templates/t.yaml"), "name: t\ntables:\n  t:\n    columns: [a, b, total]\n"
                + "    rows: [x, y]\n    checks:\n      - total = a + b\n");
        Fixture.report(project, "r.adoc", "= R\n:tally-template: ../../templates/t.yaml\n\n[data#t]\n----\nrows:\n"
                + "  x: [1, 1, 2]\n  y: [1, 1, 3]\n----\n");
        Document doc = parse(JUnitXml.write(Fixture.run(project), project));
        Element failed = testcase(suite(doc, "src/reports/r.adoc"), "t: total = a + b");
        assertNotNull(child(failed, "failure"), () -> failed.getTextContent());
        assertEquals("src/reports/r.adoc", failed.getAttribute("file"));
        assertEquals("8", failed.getAttribute("line"));
    }

    @Test
    void tableChecksAreNamedByTableAndInvalidOrSkippedChecksShowAsSuch() throws Exception {
        Fixture.report(project, "t.adoc", ResultsFixture.TABLE_REPORT);
        RunResult run = Fixture.run(project);
        Document doc = parse(JUnitXml.write(run, project));
        Element suite = suite(doc, "src/reports/t.adoc");
        Element failed = testcase(suite, "applications: 总计 = 自然人 + 法人或其他组织");
        Element failure = child(failed, "failure");
        assertNotNull(failure);
        assertTrue(failure.getTextContent().contains("row 上年结转") && failure.getTextContent().contains("1 != 2"),
                failure.getTextContent());
        assertEquals("check.failed-row", failure.getAttribute("type"));
        assertNull(child(testcase(suite, "applications: 新收[总计] >= 0"), "failure"));

        Element invalid = testcase(suite, "applications.新收[总计] <= 1000 +");
        Element error = child(invalid, "error");
        assertNotNull(error);
        assertTrue(error.getTextContent().contains("invalid check"), error.getTextContent());
        assertEquals("check.invalid-end", error.getAttribute("type"));

        // a skipped check says why (trial Q, 11)
        assertEquals("not run: the report names no previous report (:tally-previous:)",
                child(testcase(suite, "applications.上年结转 = previous.applications.新收"), "skipped").getAttribute("message"));
        // the invalid check's error is its own test case's, so reading is clean
        assertNull(child(testcase(suite, JUnitXml.READ), "failure"));
        assertEquals(5, attr(suite, "tests"));
        assertEquals(1, attr(suite, "failures"));
        assertEquals(1, attr(suite, "errors"));
        assertEquals(1, attr(suite, "skipped"));
        // every problem is also printed in the suite's output
        String out = child(suite, "system-out").getTextContent();
        assertTrue(out.contains("[ERROR] src/reports/t.adoc:9: check failed in applications, row 上年结转"), out);
    }

    @Test
    void everyFailingRowOfATableCheckIsInItsFailure() throws Exception {
        Fixture.report(project, "t.adoc", """
                = T

                [data#t]
                ----
                columns: [a, b, 总计]
                rows:
                  x: [1, 1, 3]
                  y: [1, 1, 2]
                  z: [2, 2, 5]
                checks:
                  - 总计 = a + b
                ----
                """);
        Document doc = parse(JUnitXml.write(Fixture.run(project), project));
        Element failure = child(testcase(suite(doc, "src/reports/t.adoc"), "t: 总计 = a + b"), "failure");
        String text = failure.getTextContent();
        assertTrue(text.contains("row x") && text.contains("row z") && !text.contains("row y"), text);
        assertTrue(failure.getAttribute("message").endsWith("(and 1 more)"), failure.getAttribute("message"));
    }

    @Test
    void aReportThatCannotBeReadIsAFailedReadTestCase() throws Exception {
        Fixture.report(project, "bad.adoc", "= Bad\n\n[data#v]\n----\na: 1\na: 2\n----\n");
        Document doc = parse(JUnitXml.write(Fixture.run(project), project));
        Element failure = child(testcase(suite(doc, "src/reports/bad.adoc"), JUnitXml.READ), "failure");
        assertNotNull(failure);
        assertTrue(failure.getTextContent().contains("duplicate key a"), failure.getTextContent());
    }

    @Test
    void markupIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        Path file = project.resolve("src/reports/r&<'\">.adoc");
        String nasty = "a < b & c > \"d\" 'e' ]]> \u0000\u0001\u0008\u000b\u001f\ud800 \ufffe\uffff ok \ud83d\ude00 tab\there";
        Diagnostic d = new Diagnostic(Severity.ERROR, new Location(file, 3), "check.failed",
                List.of(nasty, "1", "!=", "2", ""));
        CheckOutcome o = new CheckOutcome("t<&>", nasty, new Location(file, 3), CheckOutcome.Status.FAILED, 1);
        Diagnostic read = new Diagnostic(Severity.ERROR, new Location(file, 1), "yaml.syntax", List.of(nasty));
        RunResult run = new RunResult(project.resolve("src/reports"),
                List.of(new ReportResult(file, "r &amp; \"t\"", null, null, List.of(read, d), 1, List.of(o))));
        String xml = JUnitXml.write(run, project);
        Document doc = parse(xml);
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertEquals("tally.src/reports/r&<'\">.adoc", suite.getAttribute("name"));
        String clean = "a < b & c > \"d\" 'e' ]]>   ok \ud83d\ude00 tab\there";
        Element c = children(suite, "testcase").get(0);
        assertEquals("t<&>: " + clean, c.getAttribute("name"));
        // the scope does not match the diagnostic's (a document check's), so it falls back to the message, printed
        // as on the console: control characters as escapes, what XML cannot hold dropped
        String printed = "a < b & c > \"d\" 'e' ]]> \\u0000\\u0001\\u0008\\u000B\\u001F  ok \ud83d\ude00 tab\there";
        assertTrue(child(c, "failure").getTextContent().contains(printed), child(c, "failure").getTextContent());
        assertFalse(xml.contains("\u0000") || xml.contains("\u0001") || xml.contains("\ud800") || xml.contains("\uffff"));
        Element readCase = testcase(suite, JUnitXml.READ);
        assertTrue(child(readCase, "failure").getTextContent().contains("YAML syntax error: " + printed));
        assertTrue(child(readCase, "failure").getAttribute("message").contains("tab\there"));
    }

    @Test
    void noReportsGiveAnEmptyButValidDocument() throws Exception {
        RunResult run = new RunResult(project, List.of());
        Document doc = parse(JUnitXml.write(run, project));
        assertEquals("0", doc.getDocumentElement().getAttribute("tests"));
        assertTrue(children(doc.getDocumentElement(), "testsuite").isEmpty());
    }
}
