package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.run.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tally checks the lines an include selects, so they must be the lines Asciidoctor renders. Each case here is
 * run through Asciidoctor itself and through {@link IncludeExpander}, and the two must agree line for line.
 */
class IncludeSelectionTest {

    /** Thirteen lines: l1 to l13, with tag a around 2 to 8, b inside it around 4 to 6, and c around 10 to 12. */
    private static final String PARTIAL = """
            l1
            // tag::a[]
            l3
            // tag::b[]
            l5
            // end::b[]
            l7
            // end::a[]
            l9
            // tag::c[]
            l11
            // end::c[]
            l13
            """;

    @TempDir
    static Path root;

    @BeforeAll
    static void start() {
        Fixture.write(root.resolve("_p.adoc"), PARTIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "lines=1..3", "lines=3", "lines=2..-1", "lines=\"2..4,8\"", "lines=2;5..6", "lines=0;3",
        "lines=2..-1;10", "lines=5..", "lines=abc", "lines=4..2", "lines=", "lines=12..40", "lines=1..3,tag=a",
        "tag=a", "tag=b", "tag=!a", "tag=!", "tags=a;c", "tags=\"a,c\"", "tags=**", "tags=*", "tags=**;!b",
        "tags=*;!b", "tags=!b", "tags=a;!b", "tag=missing", "tags=b;*", "tags=!*", "tags=**;!*", "tags=!a;!c",
        "tags='c, a'", "opts=optional,lines=2"
    })
    void selectsWhatAsciidoctorSelects(String attributes) {
        Path report = Fixture.write(root.resolve("r.adoc"), "....\ninclude::_p.adoc[" + attributes + "]\n....\n");
        List<SourceLine> lines = new IncludeExpander(root, new Diagnostics()).expand(report);
        List<String> ours = lines.subList(1, lines.size() - 1).stream().map(SourceLine::text).toList();
        assertEquals(AsciidoctorOracle.firstBlock(report, root), String.join("\n", ours), attributes);
    }

    @Test
    void selectedLinesKeepTheirOwnLineNumbers() {
        Path report = Fixture.write(root.resolve("n.adoc"), "include::_p.adoc[tags=a;c]\n");
        List<SourceLine> lines = new IncludeExpander(root, new Diagnostics()).expand(report);
        Path partial = root.resolve("_p.adoc").toAbsolutePath().normalize();
        assertEquals(List.of(3, 5, 7, 11), lines.stream().map(l -> l.location().line()).toList());
        assertTrue(lines.stream().allMatch(l -> l.location().file().equals(partial)));
    }

    @Test
    void aTagNotFoundIsAWarningAtTheInclude() {
        Path report = Fixture.write(root.resolve("m.adoc"), "= M\n\ninclude::_p.adoc[tags=a;nosuch]\n");
        Diagnostics d = new Diagnostics();
        new IncludeExpander(root, d).expand(report);
        assertEquals(1, d.size(), () -> d.list().toString());
        Diagnostic missing = d.list().get(0);
        assertEquals("include.tag-missing", missing.code());
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals(new Location(report.toAbsolutePath().normalize(), 3), missing.location());
        assertEquals(List.of("_p.adoc", "nosuch"), missing.args());
    }

    @Test
    void anUnclosedTagIsAWarningWhereItOpens() {
        Path partial = Fixture.write(root.resolve("_open.adoc"), "x\n// tag::rates[]\ny\n");
        Path report = Fixture.write(root.resolve("u.adoc"), "include::_open.adoc[tag=rates]\n");
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = new IncludeExpander(root, d).expand(report);
        assertEquals(List.of("y"), lines.stream().map(SourceLine::text).toList());
        assertEquals(1, d.size(), () -> d.list().toString());
        assertEquals("include.tag-unclosed", d.list().get(0).code());
        assertEquals(new Location(partial.toAbsolutePath().normalize(), 2), d.list().get(0).location());
    }

    @Test
    void aMissingOptionalIncludeIsSkippedAndStillWatched() {
        Path report = Fixture.write(root.resolve("o.adoc"), "a\ninclude::_later.adoc[opts=optional]\nb\n");
        Diagnostics d = new Diagnostics();
        IncludeExpander expander = new IncludeExpander(root, d);
        List<SourceLine> lines = expander.expand(report);
        assertEquals(0, d.size(), () -> d.list().toString());
        assertEquals(List.of("a", "b"), lines.stream().map(SourceLine::text).toList());
        assertEquals(false, expander.incomplete());
        assertTrue(expander.included().contains(root.resolve("_later.adoc").toAbsolutePath().normalize()),
                "the file that may appear later is watched by the incremental index");
    }

    /**
     * Asciidoctor's regular expression for tag lines takes time in the square of a long line's length where it
     * fails (14 s for a line of 100,000 characters); Tally reads such a line in one pass. The timeout is a guard
     * against a hang, not a measure of speed.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aLongLineOfTagLookalikesIsReadInOnePass() {
        String hostile = "tag::".repeat(200_000) + "[]x";
        Path partial = Fixture.write(root.resolve("_long.adoc"), hostile + "\n// tag::t[]\nkept\n// end::t[]\n");
        Path report = Fixture.write(root.resolve("long.adoc"), "include::_long.adoc[tag=t]\n");
        List<SourceLine> lines = new IncludeExpander(root, new Diagnostics()).expand(report);
        assertEquals(List.of("kept"), lines.stream().map(SourceLine::text).toList());
        assertEquals(null, IncludeSelection.directive(hostile));
        assertEquals("a[]b", IncludeSelection.directive("x tag::a[]b[] y").tag());
        assertEquals(null, IncludeSelection.directive("xtag::a[]"));
        assertEquals(null, IncludeSelection.directive("tag::a[]\tb"));
        assertTrue(IncludeSelection.directive("// end::a[]").end());
        assertTrue(partial.toFile().isFile());
    }

    /** Many ranges over a long file: one walk over both (it was every range for every line). */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
    void manyRangesOverALongFileAreOneWalk() {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 300_000; i++) {
            file.append(i).append('\n');
        }
        Fixture.write(root.resolve("_many.adoc"), file.toString());
        StringBuilder wanted = new StringBuilder();
        for (int i = 1; i < 1400; i += 2) { // the attribute list stays under 4,000 characters
            wanted.append(wanted.length() == 0 ? "" : ";").append(i);
        }
        Path report = Fixture.write(root.resolve("many.adoc"), "include::_many.adoc[lines=" + wanted + ";299999..]\n");
        List<String> got = new IncludeExpander(root, new Diagnostics()).expand(report).stream().map(SourceLine::text)
                .toList();
        assertEquals(702, got.size());
        assertEquals(List.of("1", "3", "5"), got.subList(0, 3));
        assertEquals(List.of("1399", "299999", "300000"), got.subList(got.size() - 3, got.size()));
    }

    @Test
    void attributeListsAreReadAsAsciidoctorReadsThem() {
        assertEquals(java.util.Map.of("lines", "1..3,7", "tag", "x"),
                IncludeSelection.named("lines=\"1..3,7\", tag=x"));
        assertEquals(java.util.Map.of("tags", "a;b", "opts", "optional"),
                IncludeSelection.named("leveloffset, tags = a;b,opts='optional'"));
        assertEquals(-1, IncludeSelection.toI(" -1x"));
        assertEquals(0, IncludeSelection.toI("abc"));
        assertEquals(1000, IncludeSelection.toI("1_000"));
    }
}
