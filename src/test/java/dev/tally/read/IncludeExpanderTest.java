package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.run.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IncludeExpanderTest {

    @TempDir
    Path tmp;

    private Path root() {
        return tmp.resolve("reports");
    }

    private Path write(String relative, String text) {
        return Fixture.write(root().resolve(relative), text);
    }

    private List<SourceLine> expand(Path file, Diagnostics d) {
        return new IncludeExpander(root(), d).expand(file);
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    private static Diagnostic only(Diagnostics d) {
        assertEquals(1, d.size(), () -> d.list().toString());
        return d.list().get(0);
    }

    @Test
    void includedLinesKeepTheirOwnFileAndLine() {
        Path part = write("_part.adoc", "p1\np2\n");
        Path report = write("2023/r.adoc", "a\ninclude::../_part.adoc[]\nb\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals(List.of("a", "p1", "p2", "b"), texts(lines));
        assertEquals(new Location(report, 1), lines.get(0).location());
        assertEquals(new Location(part.toAbsolutePath().normalize(), 1), lines.get(1).location());
        assertEquals(new Location(part.toAbsolutePath().normalize(), 2), lines.get(2).location());
        assertEquals(new Location(report, 3), lines.get(3).location());
    }

    @Test
    void nestedIncludesAreExpanded() {
        write("_a.adoc", "a1\ninclude::_b.adoc[]\na3\n");
        Path b = write("_b.adoc", "b1\n");
        Path report = write("r.adoc", "include::_a.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals(List.of("a1", "b1", "a3"), texts(lines));
        assertEquals(1, lines.get(1).location().line());
        assertEquals(b.toAbsolutePath().normalize(), lines.get(1).location().file());
    }

    @Test
    void theSamePartialMayBeIncludedTwice() {
        write("_p.adoc", "p\n");
        Path report = write("r.adoc", "include::_p.adoc[]\ninclude::_p.adoc[]\n");
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("p", "p"), texts(expand(report, d)));
        assertEquals(0, d.size(), () -> d.list().toString());
    }

    @Test
    void aMissingTargetIsAnErrorAtTheIncludeLine() {
        Path report = write("r.adoc", "a\ninclude::_nope.adoc[]\nb\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        Diagnostic diag = only(d);
        assertEquals("include.missing", diag.code());
        assertEquals(new Location(report, 2), diag.location());
        assertEquals(List.of("_nope.adoc"), diag.args());
        assertEquals(List.of("a", "b"), texts(lines));
    }

    @Test
    void dotDotEscapingTheRootIsOutside() {
        Fixture.write(tmp.resolve("secret.adoc"), "secret\n");
        Path report = write("r.adoc", "include::../secret.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals("include.outside", only(d).code());
        assertEquals(1, only(d).location().line());
        assertFalse(texts(lines).contains("secret"));
    }

    @Test
    void dotDotEscapingTheRootIsOutsideEvenWhenTheFileDoesNotExist() {
        Path report = write("r.adoc", "include::../../../../etc/nothing-here.adoc[]\n");
        Diagnostics d = new Diagnostics();
        expand(report, d);
        assertEquals("include.outside", only(d).code());
    }

    @Test
    void dotDotThatStaysInsideTheRootIsFine() {
        write("_p.adoc", "p\n");
        Path report = write("2024/sub/r.adoc", "include::../../_p.adoc[]\n");
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("p"), texts(expand(report, d)));
        assertEquals(0, d.size());
    }

    @Test
    void anAbsolutePathIsOutside() {
        Path inside = write("_p.adoc", "p\n");
        Path report = write("r.adoc", "include::" + inside.toAbsolutePath() + "[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals("include.absolute", only(d).code());
        assertTrue(lines.isEmpty());
    }

    @Test
    void aUrlIsOutside() {
        Path report = write("r.adoc", "include::https://example.com/x.adoc[]\n");
        Diagnostics d = new Diagnostics();
        expand(report, d);
        assertEquals("include.absolute", only(d).code());
    }

    @Test
    void aSymlinkPointingOutsideTheRootIsOutside() throws Exception {
        Path secret = Fixture.write(tmp.resolve("outside/secret.adoc"), "secret\n");
        Files.createDirectories(root());
        Path link = root().resolve("_link.adoc");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        Path report = write("r.adoc", "include::_link.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals("include.link-outside", only(d).code());
        assertFalse(texts(lines).contains("secret"));
    }

    @Test
    void aSymlinkedDirectoryPointingOutsideTheRootIsOutside() throws Exception {
        Fixture.write(tmp.resolve("outside/secret.adoc"), "secret\n");
        Files.createDirectories(root());
        try {
            Files.createSymbolicLink(root().resolve("shared"), tmp.resolve("outside"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        Path report = write("r.adoc", "include::shared/secret.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals("include.link-outside", only(d).code());
        // the link as the repository holds it, not the real path (which would tell the build machine's folders)
        assertEquals("include target shared/secret.adoc leads outside the reports directory through a link (shared → "
                + tmp.resolve("outside") + ")", only(d).message(java.util.Locale.ENGLISH));
        assertFalse(texts(lines).contains("secret"));
    }

    @Test
    void aRecursiveIncludeIsAnError() {
        Path a = write("_a.adoc", "a\ninclude::_b.adoc[]\n");
        Path b = write("_b.adoc", "b\ninclude::_a.adoc[]\n");
        Path report = write("r.adoc", "include::_a.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        Diagnostic diag = only(d);
        assertEquals("include.circle", diag.code());
        assertEquals(new Location(b.toAbsolutePath().normalize(), 2), diag.location());
        // trial L, 9: the circle, not "includes itself"
        assertEquals("include _a.adoc closes a circle of includes: _a.adoc → _b.adoc → _a.adoc",
                diag.message(java.util.Locale.ENGLISH));
        assertEquals(List.of("a", "b"), texts(lines));
        assertNotNull(a);
    }

    @Test
    void aFileIncludingItselfIsRecursive() {
        Path report = write("r.adoc", "x\ninclude::r.adoc[]\n");
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("x"), texts(expand(report, d)));
        assertEquals("include.recursive", only(d).code());
        assertEquals(new Location(report, 2), only(d).location());
    }

    @Test
    void includesInsideACommentBlockAreNotExpanded() {
        write("_p.adoc", "p\n");
        Path report = write("r.adoc", "////\ninclude::_p.adoc[]\ninclude::_missing.adoc[]\n////\nafter\ninclude::_p.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals(List.of("////", "include::_p.adoc[]", "include::_missing.adoc[]", "////", "after", "p"),
                texts(lines));
    }

    @Test
    void aCommentLineIsNotAnInclude() {
        Path report = write("r.adoc", "// include::_missing.adoc[]\n");
        Diagnostics d = new Diagnostics();
        expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
    }

    @Test
    void attributeReferencesInTargetsAreSubstituted() {
        write("parts/_contact.adoc", "contact\n");
        Path report = write("r.adoc", ":partsdir: parts\n\ninclude::{partsdir}/_contact.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals("contact", lines.get(lines.size() - 1).text());
    }

    @Test
    void attributesSetInAnIncludedFileAreSeenAfterIt() {
        write("_attrs.adoc", ":partsdir: parts\n");
        write("parts/_p.adoc", "p\n");
        Path report = write("r.adoc", "include::_attrs.adoc[]\ninclude::{partsdir}/_p.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals("p", lines.get(lines.size() - 1).text());
    }

    @Test
    void anUnknownAttributeInATargetIsAnError() {
        Path report = write("r.adoc", "include::{nowhere}/_p.adoc[]\n");
        Diagnostics d = new Diagnostics();
        expand(report, d);
        assertEquals("include.unknown-attribute", only(d).code());
        assertEquals(1, only(d).location().line());
    }

    /**
     * Trial AQ, 5: includes that fan out (each part including the next twice) to a long line multiply the report
     * within the limit on includes; the expansion is held to a report file's size, said once, and nothing more is read.
     */
    @Test
    void includesThatFanOutAreHeldToAReportsSize() {
        for (int i = 0; i < 12; i++) {
            write("_b" + i + ".adoc", "include::_b" + (i + 1) + ".adoc[]\ninclude::_b" + (i + 1) + ".adoc[]\n");
        }
        write("_b12.adoc", "word ".repeat(20_000) + "\n");
        Path report = write("r.adoc", "= Bomb\n\ninclude::_b0.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals(List.of("include.too-big"), d.list().stream().map(Diagnostic::code).toList());
        long chars = lines.stream().mapToLong(l -> l.text().length()).sum();
        assertTrue(chars <= TextFile.MAX_BYTES, "expanded to " + chars + " characters");
    }

    /**
     * Trial AF: {@code include::{docdir}/…} is Asciidoctor's idiom for a path from the page's folder. Tally does not
     * follow a directory of the build machine: the error gives the same path from the including file.
     */
    @Test
    void anIncludeFromDocdirGivesThePathFromTheIncludingFile() {
        write("2023/parts/_w.adoc", "w\n");
        write("2023/parts/_nested.adoc", "include::{docdir}/common/_c.adoc[]\n");
        Path report = write("2023/r.adoc", "include::{docdir}/parts/_w.adoc[]\ninclude::parts/_nested.adoc[]\n");
        Diagnostics d = new Diagnostics();
        expand(report, d);
        assertEquals(2, d.size(), () -> d.list().toString());
        Diagnostic first = d.list().get(0);
        assertEquals("include.document-attribute", first.code());
        assertEquals(1, first.location().line());
        assertEquals(List.of("docdir", "{docdir}/parts/_w.adoc", "parts/_w.adoc"), first.args());
        // in an included file, {docdir} is still the report's folder: the path goes up from the included file
        assertEquals(List.of("docdir", "{docdir}/common/_c.adoc", "../common/_c.adoc"), d.list().get(1).args());
        assertEquals("_nested.adoc", d.list().get(1).location().file().getFileName().toString());
        // another attribute of the build machine is unknown, as any
        Diagnostics other = new Diagnostics();
        expand(write("h.adoc", "include::{user-home}/_p.adoc[]\n"), other);
        assertEquals("include.unknown-attribute", only(other).code());
    }

    @Test
    void aSubstitutedTargetMustStayInsideTheRoot() {
        Fixture.write(tmp.resolve("secret.adoc"), "secret\n");
        Path report = write("r.adoc", ":up: ..\ninclude::{up}/secret.adoc[]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = expand(report, d);
        assertEquals("include.outside", only(d).code());
        assertFalse(texts(lines).contains("secret"));
    }

    @Test
    void anUnreadableReportGivesNull() {
        Diagnostics d = new Diagnostics();
        assertNull(expand(root().resolve("missing.adoc"), d));
        assertEquals("read.missing", only(d).code());
    }

    @Test
    void includedFilesAreListed() {
        Path p = write("_p.adoc", "p\n");
        Path report = write("r.adoc", "include::_p.adoc[]\n");
        IncludeExpander expander = new IncludeExpander(root(), new Diagnostics());
        expander.expand(report);
        assertEquals(1, expander.included().size());
        assertEquals(p.getFileName(), expander.included().get(0).getFileName());
    }
}
