package dev.tally.render;

import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Values;
import dev.tally.run.ReportResult;
import dev.tally.run.RunResult;
import dev.tally.run.Tally;
import dev.tally.template.Templates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helpers: the example reports as model objects, and an XML view of rendered fragments. */
final class Examples {

    private Examples() {
    }

    private static RunResult result;

    static Path project() {
        return Path.of(System.getProperty("basedir", ".")).resolve("examples").toAbsolutePath().normalize();
    }

    static synchronized RunResult run() {
        if (result == null) {
            try {
                result = new Tally(project().resolve("src/reports"), new Templates(project())).check();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** The report at a path below src/reports, such as {@code 2024/qingshan.adoc}. */
    static Report report(String relative) {
        Path file = project().resolve("src/reports").resolve(relative).normalize();
        for (ReportResult r : run().reports()) {
            if (r.file().toAbsolutePath().normalize().equals(file)) {
                assertNotNull(r.report(), relative);
                return r.report();
            }
        }
        throw new AssertionError("no report " + relative);
    }

    static Table table(String report, String id) {
        Object b = report(report).block(id);
        assertTrue(b instanceof Table, id + " is not a table in " + report);
        return (Table) b;
    }

    static Values values(String report, String id) {
        Object b = report(report).block(id);
        assertTrue(b instanceof Values, id + " is not a values block in " + report);
        return (Values) b;
    }

    /** Parses a fragment as XML (the renderers promise well-formed output); fails the test if it is not. */
    static Document xml(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(fragment)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + fragment, e);
        }
    }

    static List<Element> elements(Document doc, String localName) {
        NodeList list = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> cellsOf(Element tr) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getLocalName().equals("th") || e.getLocalName().equals("td"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element with this data-key (th), or fails. */
    static Element byKey(Document doc, String element, String key) {
        for (Element e : elements(doc, element)) {
            if (key.equals(e.getAttribute("data-key"))) {
                return e;
            }
        }
        throw new AssertionError("no <" + element + " data-key=\"" + key + "\">");
    }

    static int span(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 1 : Integer.parseInt(v);
    }
}
