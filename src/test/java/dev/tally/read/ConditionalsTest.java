package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.run.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Trial H, 1: a data block in a region Asciidoctor leaves out ({@code ifdef::never[]}) was checked, and its
 * figure published. Each case here goes through Asciidoctor itself (with the attributes Tally renders with) and
 * through {@link IncludeExpander}, and the lines must agree.
 */
class ConditionalsTest {

    @TempDir
    static Path root;

    private static final String HEAD = "= R\n:a: 1\n:b:\n:n: 5\n:s: text\n:Mixed: yes\n\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "ifdef::a[]\nx\nendif::[]", "ifdef::zz[]\nx\nendif::[]", "ifndef::zz[]\nx\nendif::zz[]",
        "ifdef::a,zz[]\nx\nendif::[]", "ifdef::a+zz[]\nx\nendif::[]", "ifndef::a,zz[]\nx\nendif::[]",
        "ifndef::a+zz[]\nx\nendif::[]", "ifndef::a+b[]\nx\nendif::[]", "ifdef::a[one line]\nafter",
        "ifdef::zz[one line]\nafter", "ifeval::[{n} > 3]\nx\nendif::[]", "ifeval::[{n} < 3]\nx\nendif::[]",
        "ifeval::[\"{s}\" == \"text\"]\nx\nendif::[]", "ifeval::['{s}' == 'text']\nx\nendif::[]",
        "ifeval::[{n} == 5.0]\nx\nendif::[]", "ifeval::[{zz} == 1]\nx\nendif::[]", "ifeval::[{n} >= 5]\nx\nendif::[]",
        "ifeval::[true == true]\nx\nendif::[]", "ifeval::[2 > 1.5]\nx\nendif::[]", "ifeval::[\"a\" < \"b\"]\nx\nendif::[]",
        "ifeval::[\"1\" == 1]\nx\nendif::[]", "ifeval::[true < false]\nx\nendif::[]",
        "ifdef::zz[]\nifdef::a[]\ny\nendif::[]\nz\nendif::[]\nw", "ifdef::a[]\nifdef::zz[inline]\nk\nendif::a[]",
        "ifdef::backend-html5[]\nh\nendif::[]", "ifdef::embedded[]\ne\nendif::[]", "ifndef::embedded[]\ne\nendif::[]",
        "\\ifdef::a[]\nq", "ifdef::mixed[]\nupper\nendif::[]", "ifdef::A[]\nupper\nendif::[]",
        "ifdef::zz[]\nifeval::[1 == 1]\nhidden\nendif::[]\nendif::[]\nshown",
        "ifdef::zz[]\n\\ifdef::a[]\nendif::[]\nshown",
        // the attributes Asciidoctor sets from the document and the clock (trial AF, 2)
        "ifdef::docdir[]\nd\nendif::[]", "ifdef::user-home[]\nu\nendif::[]", "ifndef::docname[]\nn\nendif::[]",
        "ifeval::[{localyear} > 2000]\ny\nendif::[]", "ifeval::[{docyear} < 2000]\ny\nendif::[]"
    })
    void leavesOutWhatAsciidoctorLeavesOut(String body) {
        Path report = Fixture.write(root.resolve("r.adoc"), HEAD + "....\n" + body + "\n....\n");
        List<SourceLine> lines = new IncludeExpander(root, new Diagnostics()).expand(report);
        List<String> texts = lines.stream().map(SourceLine::text).toList();
        List<String> ours = texts.subList(texts.indexOf("....") + 1, texts.lastIndexOf("...."));
        assertEquals(AsciidoctorOracle.firstBlock(report, root), String.join("\n", ours), body);
    }

    @Test
    void aDataBlockInARegionLeftOutIsNotRead() {
        Path project = root.resolve("p");
        Fixture.report(project, "cond.adoc", """
                = R
                :n: 170

                ifdef::never[]
                [data#v]
                ----
                x: 1
                ----
                endif::[]
                ifndef::never[]
                [data#v]
                ----
                x: 2
                ----
                endif::[]

                In all tally:v.x[2] items.
                """);
        var result = Fixture.run(project);
        assertEquals(List.of(), Fixture.printed(result, project));
        assertEquals(1, result.checksRun());
    }

    @Test
    void directivesThatDoNotPairAreReported() {
        Path project = root.resolve("q");
        Fixture.report(project, "r.adoc", "= R\n\nendif::[]\nifdef::a[]\nifdef::b[]\nx\nendif::a[]\n");
        List<String> printed = Fixture.printed(Fixture.run(project), project);
        assertEquals(List.of(
                "ERROR src/reports/r.adoc:3: endif::[] closes nothing: no ifdef, ifndef or ifeval is open",
                "WARNING src/reports/r.adoc:4: ifdef::a[] is not closed: no endif::[] before the end of the report,"
                        + " so the rest of it is left out where the condition does not hold",
                "WARNING src/reports/r.adoc:5: ifdef::b[] is not closed: no endif::[] before the end of the report,"
                        + " so the rest of it is left out where the condition does not hold",
                "ERROR src/reports/r.adoc:7: endif::a[] closes another condition than the one open; expected endif::b[]"),
                printed);
    }
}
