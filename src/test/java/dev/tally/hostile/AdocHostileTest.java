package dev.tally.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.tally.hostile.Sandbox.lineOf;

/** Broken AsciiDoc structure around data blocks: blocks that never close, and blocks that swallow others. */
class AdocHostileTest {

    @TempDir
    Path tmp;

    private Sandbox.Outcome runOne(String text) {
        Sandbox s = new Sandbox(tmp);
        s.report("r.adoc", text);
        return s.run().hostile("r.adoc");
    }

    @Test
    void anUnterminatedDataBlockIsAnErrorAtTheBlock() {
        String r = "= R\n\ntally:v.a[1]\n\n[data#v]\n----\na: 1\nb: 2\n\n== 二、下一节\n\n更多文字。\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[data#v]"), "is not closed");
    }

    @Test
    void anUnterminatedDataBlockAtTheVeryEndWithoutANewline() {
        String r = "= R\n\n[data#v]\n----\na: 1";
        runOne(r).has("ERROR", "src/reports/r.adoc", 3, "is not closed");
    }

    @Test
    void anUnterminatedChecksBlockIsAnErrorAtTheBlock() {
        String r = "= R\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", lineOf(r, "[checks]"), "is not closed");
    }

    @Test
    void aDataBlockClosedByALongerDelimiterIsUnterminated() {
        String r = "= R\n\n[data#v]\n----\na: 1\n-----\n\ntally:v.a[2]\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", 3, "is not closed");
    }

    /**
     * Chosen behaviour: a data block opened in a partial and closed in the report that includes it is read as
     * Asciidoctor reads it (includes are expanded first), and each line keeps its own file and line. It is most
     * likely a mistake, so it is a warning.
     */
    @Test
    void aDataBlockOpenedInAPartialAndClosedInTheReport() {
        Sandbox s = new Sandbox(tmp);
        s.report("_open.adoc", "[data#v]\n----\na: 1\n");
        s.report("r.adoc", "= R\n\ninclude::_open.adoc[]\na: 2\n----\n\ntally:v.a[1]\n");
        s.run().hostile("r.adoc")
                .only("r.adoc", "ERROR src/reports/r.adoc:4: duplicate key a (first at line 3)",
                        "NOTE src/reports/r.adoc:7: checks and figures not run (1), the first here: data of this "
                                + "report that they use could not be read or is missing (see the report's errors)")
                .only("_open.adoc", "WARNING src/reports/_open.adoc:1: the [data] block opened here is closed by"
                        + " another include or file (r.adoc, line 5); is an include cutting it short?");
    }

    /**
     * Trial E, F13: {@code lines=} that cuts a data block in half. Tally reads the lines Asciidoctor renders, so in both the
     * block runs on into the report until the next {@code ----}, over a {@code [checks]} line that cannot be part
     * of it: Tally says so, as an error, at the block's opening line in the partial, and asks about the include.
     */
    @Test
    void anIncludeWhoseLinesCutADataBlockLeavesItUnterminated() {
        Sandbox s = new Sandbox(tmp);
        s.report("_rates.adoc", "[data#rates]\n----\nbase: 3\ntop: 5\n----\n");
        s.report("r.adoc", "= R\n\ninclude::_rates.adoc[lines=1..3]\n\n[checks]\n----\n- rates.base < 4\n----\n");
        s.run().hostile("r.adoc")
                .has("ERROR", "src/reports/_rates.adoc", 1, "not closed in its file: r.adoc, line 5 ([checks])")
                .has("ERROR", "src/reports/_rates.adoc", 1, "is an include cutting it short?");
    }

    /** Trial H, 6: a block opened by one include of a partial and closed by another include of the same one. */
    @Test
    void aBlockCutByTwoIncludesOfOnePartialIsAWarning() {
        Sandbox s = new Sandbox(tmp);
        s.report("_shared.adoc", "intro\n[data#rates]\n----\nbase: 3\ntop: 5\n----\n");
        s.report("r.adoc", "= R\n\ninclude::_shared.adoc[lines=2..4]\n\ninclude::_shared.adoc[lines=6]\n");
        s.run().hostile("r.adoc")
                .has("WARNING", "src/reports/_shared.adoc", 2, "closed by another include or file (_shared.adoc, line 6)");
    }

    /** The same cut by a tag: only the tagged lines are read, and only they are checked. */
    @Test
    void anIncludeOfATaggedRegionReadsOnlyThatRegion() {
        Sandbox s = new Sandbox(tmp);
        s.report("_rates.adoc", "[data#rates]\n----\n# tag::base[]\nbase: 3\n# end::base[]\ntop: [5\n----\n");
        s.report("r.adoc", "= R\n\n[data#v]\n----\ninclude::_rates.adoc[tag=base]\n----\n\ntally:v.base[3]\n");
        s.run().only("r.adoc");
    }

    /**
     * An unterminated comment block hides the rest of the file, data blocks and figures included. Asciidoctor
     * warns about it; Tally must say so too, or the hidden figures go unchecked without a word.
     */
    @Test
    void anUnterminatedCommentBlockThatHidesDataIsReported() {
        String r = "= R\n\n////\n草稿，待删除\n\n[data#v]\n----\na: 1\n----\n\ntally:v.a[2]\n";
        runOne(r).hasAt("src/reports/r.adoc", 3);
    }

    /**
     * An unterminated plain listing is closed by the next {@code ----} (here a data block's opening), as in
     * Asciidoctor; everything after it shifts by one block, and the last listing never closes, so the data block
     * and the checks are lost. Asciidoctor warns about the unterminated block; Tally must say something too,
     * or nothing at all is checked without a word.
     */
    @Test
    void anUnterminatedListingBeforeADataBlockIsReported() {
        String r = "= R\n\n----\nsome listing\n\n[data#v]\n----\na: 1\n----\n\n[checks]\n----\n- v.a = 2\n----\n";
        runOne(r);
    }

    @Test
    void aDataStyleOnAnOpenBlockIsAnError() {
        String r = "= R\n\n[data#v]\n--\na: 1\n--\n";
        runOne(r).has("ERROR", "src/reports/r.adoc", 3, "must be a listing block");
    }

    @Test
    void twoDataBlocksWithTheSameIdAcrossAnIncludeAreAnErrorAtTheSecond() {
        Sandbox s = new Sandbox(tmp);
        s.report("_v.adoc", "[data#v]\n----\na: 1\n----\n");
        s.report("r.adoc", "= R\n\n[data#v]\n----\na: 2\n----\n\ninclude::_v.adoc[]\n");
        s.run().hostile("r.adoc").has("ERROR", "src/reports/_v.adoc", 1, "duplicate block id v (first used at r.adoc:3)");
    }
}
