package dev.tally.results;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any text survives the result files: JSON strings read back the same, XML the same less what XML forbids. */
class EscapingTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("总计", "a", " ", "\"", "\\", "&", "<", ">", "'", "\n", "\r", "\t", "\b", "\f", "\u0000",
                        "\u001f", "\u007f", "\u2028", "\u2029", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFE", "\uFFFF",
                        "\uFFFD", "\uE000", "&amp;", "]]>"),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(20));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 2000, seed = "20261123")
    void jsonStringsReadBackAsWritten(@ForAll("texts") String s) throws Exception {
        StringBuilder out = new StringBuilder();
        JsonWriter.quote(out, s);
        assertEquals(s, JsonParser.parse(out.toString()));
    }

    @Property(tries = 2000, seed = "20261123")
    void xmlTextAndAttributesReadBackWithoutForbiddenCharacters(@ForAll("texts") String s) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><e a=\"");
        JUnitXml.text(xml, s, true);
        xml.append("\">");
        JUnitXml.text(xml, s, false);
        xml.append("</e>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setCoalescing(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        Element e = doc.getDocumentElement();
        StringBuilder allowed = new StringBuilder();
        s.codePoints().filter(JUnitXml::allowed).forEach(allowed::appendCodePoint);
        assertEquals(allowed.toString(), e.getAttribute("a"), "attribute");
        // a parser reads a CR in text as written only when it came as &#13; (a raw CR LF would become LF)
        assertEquals(allowed.toString(), e.getTextContent(), "text");
    }
}
