package dev.tally.read;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.model.FileReference;
import dev.tally.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdocScannerTest {

    private static final Path FILE = Path.of("r.adoc").toAbsolutePath();

    private final Diagnostics diagnostics = new Diagnostics();

    private AdocSource scan(String text) {
        return new AdocScanner(diagnostics).scan(TextFile.split(text, FILE));
    }

    private static List<String> targets(AdocSource s) {
        return s.macros().stream().map(AdocSource.Macro::target).toList();
    }

    /**
     * Trial AS, 1: a figure whose brackets close on the paragraph's next line (an editor wrapped [12 481] at its
     * space) is one figure to Asciidoctor, so it is one to the check, at the line it starts on; the line break reads
     * as a space. A blank line or a block delimiter between leaves it open: no figure.
     */
    @org.junit.jupiter.api.Test
    void aFigureWhoseBracketsCloseOnTheNextLineIsOneFigure() {
        AdocSource s = scan("""
                = Title

                全年收到申请共计 tally:v.total[12
                481] 件，tally:v.x[1]条。

                另 tally:v.y[3

                4] 件。
                """);
        assertEquals(List.of("v.total", "v.x"), targets(s));
        assertEquals("12 481", s.macros().get(0).expected());
        assertEquals(3, s.macros().get(0).location().line());
        assertEquals(4, s.macros().get(1).location().line());
        assertEquals(-1, AdocScanner.openFigure("tally:v.a[1] and `tally:v.b[2`"));
        assertEquals(0, AdocScanner.openFigure("tally:v.a[1 2"));
    }

    private Diagnostic only() {
        assertEquals(1, diagnostics.size(), () -> diagnostics.list().toString());
        return diagnostics.list().get(0);
    }

    private void noDiagnostics() {
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
    }

    /**
     * Trial AC, 4: a link whose target holds a space is no link (Asciidoctor shows the macro as text): a warning at
     * its line that says how to write it; prose that only says "link:", and a link written as a passthrough, are
     * left alone.
     */
    /**
     * Trial AQ, 3: what puts a report's own HTML into the page as written, script included, is a warning at its line:
     * a passthrough block, an inline passthrough holding a tag, substitutions without special characters, an
     * attribute that breaks out into an event handler, a javascript: address. Text passed through is not.
     */
    @Test
    void rawHtmlThatReachesThePageIsWarnedOf() {
        scan("""
                = R

                ++++
                <div>raw</div>
                ++++

                [subs=none]
                附注 <img src=x onerror=alert(6)>

                [role="x\\" onmouseover=\\"alert(1)"]
                一、总体情况。

                本年度 [.y" onmouseover="alert(2)]#主动公开# 信息。

                link:javascript:alert(3)[点此]

                x +++<b>bold</b>+++ y

                To write a figure's source, pass it through: +++tally:items.total[99]+++.
                """);
        List<Integer> lines = diagnostics.list().stream().filter(d -> d.code().equals("read.raw-html"))
                .map(d -> d.location().line()).toList();
        assertEquals(List.of(3, 7, 10, 13, 15, 17), lines, () -> diagnostics.list().toString());
    }

    @Test
    void aLinkWhoseTargetHoldsASpaceIsSaid() {
        AdocSource s = scan("= R\n\n见 link:附件/my file.pdf[附件一]。\n");
        Diagnostic d = only();
        assertEquals(3, d.location().line());
        assertEquals("link:附件/my file.pdf[…] is no link: Asciidoctor ends the target of a link at the first space and "
                + "shows the macro as text; write link:++附件/my file.pdf++[…] (or the space as %20)", d.message());
        assertEquals(List.of(), s.files());
        Diagnostics other = new Diagnostics();
        AdocSource fine = new AdocScanner(other).scan(TextFile.split(
                "= R\n\nThe link: see [1] and link: the form [2].\n\nlink:++附件/my file.pdf++[附件一]\n", FILE));
        assertEquals(List.of(), other.list());
        assertEquals(1, fine.files().size());
    }

    /** Trial AE, 2: seed 002's portal link, which the page makes into a link to the rest of the sentence. */
    @Test
    void aLinkRunningOnIntoTheTextIsSaid() {
        scan("= R\n\n本年度报告电子版可以从政府门户网站(https://www.zhalantun.gov.cn)下载。如对本年度报告有疑问,请与我们联系。\n");
        Diagnostic d = only();
        assertEquals(3, d.location().line());
        assertEquals("the link https://www.zhalantun.gov.cn runs on into the text after it: Asciidoctor takes everything "
                + "up to the next space as its address (https://www.zhalantun.gov.cn)下载。如对本年度报告有…), a "
                + "dead link on the page; write https://www.zhalantun.gov.cn[] or put a space after it", d.message());
    }

    /** A block image with no blank line before it is printed as text on the page: said at its line, file not sought. */
    @Test
    void aBlockImageInsideAParagraphIsSaid() {
        AdocSource s = scan("= R\n\n本年度公开情况如下图：\nimage::附件/公开情况.png[公开情况]\n\nimage::附件/分布.png[]\n");
        Diagnostic d = only();
        assertEquals(4, d.location().line());
        assertEquals("image::附件/公开情况.png[公开情况] stands inside a paragraph or a plain table cell, so the page shows "
                + "it as text, not as an image: leave a blank line before it (in a table, make the cell an AsciiDoc "
                + "cell, a|)", d.message());
        assertEquals(List.of("附件/分布.png"), s.files().stream().map(FileReference::target).toList());
    }

    /** Trial AB, 1 and 2: the files the page names, each as Asciidoctor reads its macro, with what it resolves by. */
    @Test
    void theFilesThePageNamesAreFoundWithTheirImagesdirAndLine() {
        AdocSource s = scan("""
                = R
                :dir: 附件

                image::附件/图 1.png[图一, 300]

                见 image:seal.png[公章] 与 link:{dir}/统计表.xlsx[统计表]、link:++{dir}/my file.xlsx++[表]、link:{none}/x.pdf[x]。

                :imagesdir: img

                video::intro.mp4[width=640]

                audio::{dir}/讲话.mp3[]

                image::logo.png[标志] link:not-a-link.pdf[]
                """);
        noDiagnostics();
        assertEquals(List.of("image::附件/图 1.png @4 [图一, 300] in null", "image:seal.png @6 [公章] in null",
                "link:附件/统计表.xlsx @6 [统计表] in null", "link:{dir}/my file.xlsx @6 [表] in null",
                "link:{none}/x.pdf @6 [x] in null", "video::intro.mp4 @10 [width=640] in img",
                "audio::附件/讲话.mp3 @12 [] in img", "image::logo.png @14 [标志] link:not-a-link.pdf[] in img"),
                s.files().stream().map(f -> f.asWritten() + " @" + f.location().line() + " [" + f.attributes() + "] in "
                        + f.imagesdir()).toList());
    }

    @Test
    void bothIdSyntaxesFindADataBlock() {
        AdocSource s = scan("""
                [data#first]
                ----
                a: 1
                ----

                [data,id=second]
                ----
                b: 2
                c: 3
                ----

                [data, id="third"]
                ----
                c: 3
                ----
                """);
        noDiagnostics();
        assertEquals(List.of("first", "second", "third"), s.blocks().stream().map(AdocSource.Block::id).toList());
        AdocSource.Block second = s.blocks().get(1);
        assertEquals("data", second.style());
        assertEquals(6, second.location().line());
        assertEquals(List.of("b: 2", "c: 3"), second.content().stream().map(SourceLine::text).toList());
        assertEquals(8, second.content().get(0).location().line());
    }

    @Test
    void anAnchorOrAnIdOnItsOwnAttributeLineNamesTheBlockAsInAsciidoctor() {
        AdocSource s = scan("""
                [[anchored]]
                [data]
                ----
                a: 1
                ----

                [[with_reftext,表一]]
                .标题
                [data]
                ----
                a: 1
                ----

                [#shorthand]
                [data]
                ----
                a: 1
                ----

                [data]
                [#after]
                ----
                a: 1
                ----

                [[overridden]]
                [data#wins]
                ----
                a: 1
                ----
                """);
        noDiagnostics();
        assertEquals(List.of("anchored", "with_reftext", "shorthand", "after", "wins"),
                s.blocks().stream().map(AdocSource.Block::id).toList());
        assertEquals("标题", s.blocks().get(1).title());
    }

    @Test
    void anAnchorBeforeAParagraphIsNoBlock() {
        AdocSource s = scan("[[para]]\n本段没有数据。\n\n[data#t]\n----\na: 1\n----\n");
        noDiagnostics();
        assertEquals(List.of("t"), s.blocks().stream().map(AdocSource.Block::id).toList());
    }

    @Test
    void aRoleOrOptionAfterTheIdIsNotPartOfTheId() {
        AdocSource s = scan("[data#t.wide%autowidth]\n----\na: 1\n----\n");
        noDiagnostics();
        assertEquals("t", s.blocks().get(0).id());
    }

    @Test
    void theTitleLineMayComeBeforeOrAfterTheAttributeLine() {
        AdocSource s = scan("""
                .主动公开政府信息情况
                [data#before]
                ----
                a: 1
                ----

                [data#after]
                .收费情况
                ----
                a: 1
                ----

                [data#none]
                ----
                a: 1
                ----
                """);
        noDiagnostics();
        assertEquals("主动公开政府信息情况", s.blocks().get(0).title());
        assertEquals("收费情况", s.blocks().get(1).title());
        assertNull(s.blocks().get(2).title());
    }

    @Test
    void aTitleDoesNotCarryOverToALaterBlock() {
        AdocSource s = scan(".Title of a paragraph\nSome text.\n\n[data#x]\n----\na: 1\n----\n");
        assertNull(s.blocks().get(0).title());
    }

    @Test
    void checksBlocksAreFound() {
        AdocSource s = scan("""
                [checks]
                ----
                - a.x = 1
                ----
                """);
        noDiagnostics();
        assertEquals(1, s.blocks().size());
        assertEquals("checks", s.blocks().get(0).style());
        assertNull(s.blocks().get(0).id());
        assertEquals("- a.x = 1", s.blocks().get(0).content().get(0).text());
    }

    @Test
    void aListingWithAnotherStyleIsNotADataBlock() {
        AdocSource s = scan("[source,yaml]\n----\na: 1\n----\n\n----\nb: 2\n----\n");
        noDiagnostics();
        assertTrue(s.blocks().isEmpty());
    }

    @Test
    void macrosAreFoundInText() {
        AdocSource s = scan("""
                = Title

                共tally:proactive.total[170]条，其中tally:proactive.by_kind.机构信息[]条。

                * list item tally:a.b@c.d[3]
                """);
        noDiagnostics();
        assertEquals(List.of("proactive.total", "proactive.by_kind.机构信息", "a.b@c.d"), targets(s));
        assertEquals("170", s.macros().get(0).expected());
        assertEquals("", s.macros().get(1).expected());
        assertEquals(3, s.macros().get(0).location().line());
        assertEquals(5, s.macros().get(2).location().line());
    }

    @Test
    void macrosInsideVerbatimAndCommentBlocksAreIgnored() {
        AdocSource s = scan("""
                ----
                tally:listing.x[1]
                ----

                ....
                tally:literal.x[1]
                ....

                ////
                tally:comment.x[1]
                ////

                // tally:line_comment.x[1]

                ====
                tally:example.x[1]
                ====

                ******
                tally:sidebar.x[1]
                ******

                |===
                | tally:table.x[1]
                |===
                """);
        noDiagnostics();
        assertEquals(List.of("example.x", "sidebar.x", "table.x"), targets(s));
    }

    @Test
    void macrosInsideADataBlockAreIgnored() {
        AdocSource s = scan("[data#d]\n----\nnote: tally:d.x[1]\n----\n");
        assertTrue(s.macros().isEmpty());
    }

    @Test
    void macrosInsideInlinePassthroughsAreIgnored() {
        // Asciidoctor prints a passthrough as it is, so these are no figures on the page, and not checked
        AdocSource s = scan("""
                raw +++tally:a.x[1]+++ and ++tally:b.x[1]++ and $$tally:c.x[1]$$ here.
                constrained +tally:d.x[1]+ and pass:[tally:e.x[1]] and pass:q[tally:f.x[1]] too.
                and pass:q,m[tally:g.x[1]], but 1 + tally:h.x[1] + 2 is arithmetic, a+tally:i.x[1]+b is in a word,
                and \\+tally:j.x[1]+ is a passthrough still, ++ unclosed tally:k.x[1]
                """);
        // as Asciidoctor 2 renders them: only h, i and k become figures on the page
        assertEquals(List.of("h.x", "i.x", "k.x"), targets(s));
    }

    @Test
    void anEscapedMacroIsIgnored() {
        AdocSource s = scan("write \\tally:proactive.total[170] to show a figure, like tally:real.x[]\n");
        assertEquals(List.of("real.x"), targets(s));
    }

    @Test
    void sectionsHaveLevelsAndTheDocumentTitleIsNotASection() {
        AdocSource s = scan("""
                = 海盐县沈荡镇人民政府2017年度政府信息公开工作报告
                :tally-year: 2017

                == 一、概述

                text

                === （一）存在问题

                == 二、主动公开政府信息情况 ==
                """);
        assertEquals("海盐县沈荡镇人民政府2017年度政府信息公开工作报告", s.title());
        assertEquals(List.of(1, 2, 1), s.sections().stream().map(AdocSource.Section::level).toList());
        assertEquals(List.of("一、概述", "（一）存在问题", "二、主动公开政府信息情况"),
                s.sections().stream().map(AdocSource.Section::title).toList());
        assertEquals(4, s.sections().get(0).location().line());
    }

    @Test
    void aDocumentWithoutTitle() {
        AdocSource s = scan("== 一、总体情况\n");
        assertNull(s.title());
        assertEquals(1, s.sections().size());
    }

    @Test
    void headingsInsideBlocksAreNotSections() {
        AdocSource s = scan("====\n== not a section\n====\n\n----\n== nor this\n----\n");
        assertTrue(s.sections().isEmpty());
    }

    @Test
    void attributeEntriesAreReadAndCanBeUnset() {
        AdocSource s = scan("""
                = T
                :tally-year: 2023
                :tally-template: gov-info-disclosure-2021
                :tally-previous: ../2022/r.adoc
                :draft:
                :tally-previous!:
                :!tally-template:
                """);
        assertEquals("2023", s.attribute("tally-year"));
        assertEquals(2, s.attributes().get("tally-year").location().line());
        assertEquals("", s.attribute("draft"));
        assertNull(s.attribute("tally-previous"));
        assertNull(s.attribute("tally-template"));
    }

    @Test
    void anUnterminatedDataBlockIsAnError() {
        AdocSource s = scan("text\n\n[data#x]\n----\na: 1\n");
        Diagnostic d = only();
        assertEquals("read.unterminated-block", d.code());
        assertEquals(3, d.location().line());
        assertTrue(s.blocks().isEmpty());
        assertTrue(d.message().contains("----"), d.message());
    }

    @Test
    void aDataBlockWithoutItsClosingLineIsNamedAndTheReportIsReadOnFromTheNextSection() {
        AdocSource s = scan("""
                = T

                [data#training]
                ----
                sessions: 3
                people: 58

                == Two

                .Regulations
                [data#regulations]
                ----
                rows:
                  a: [1]
                ----
                """);
        Diagnostic d = only();
        assertEquals("read.block-runs-on", d.code());
        assertEquals(3, d.location().line());
        assertTrue(d.message().contains("[data#training]") && d.message().contains("line 8 (== Two)")
                && d.message().contains("up to line 6"), d.message());
        assertEquals(List.of("training", "regulations"), s.blocks().stream().map(AdocSource.Block::id).toList());
        assertEquals(List.of("sessions: 3", "people: 58"),
                s.blocks().get(0).content().stream().map(SourceLine::text).toList());
        assertEquals("Regulations", s.blocks().get(1).title());
        assertEquals(List.of("Two"), s.sections().stream().map(AdocSource.Section::title).toList());
    }

    @Test
    void aChecksBlockRunningIntoTheNextDataBlockIsCutBeforeIt() {
        AdocSource s = scan("[checks]\n----\n- a.x = 1\n[data#a]\n----\nx: 1\n----\n");
        assertEquals("read.block-runs-on", only().code());
        assertEquals(List.of("checks", "data"), s.blocks().stream().map(AdocSource.Block::style).toList());
        assertEquals(1, s.blocks().get(0).content().size());
    }

    @Test
    void aSectionTitleInsideAnotherBlockOfTheReportIsNoRunOn() {
        AdocSource s = scan("[data#a]\n----\nx: 1\n----\n\n----\n== not a title\n----\n");
        assertEquals(0, diagnostics.size(), () -> diagnostics.list().toString());
        assertEquals(1, s.blocks().size());
    }

    @Test
    void aDataBlockMustBeAListing() {
        scan("[data#x]\n....\na: 1\n....\n");
        Diagnostic d = only();
        assertEquals("read.block-not-listing", d.code());
        assertEquals(1, d.location().line());
    }

    @Test
    void aDataStyleOnAParagraphIsAnError() {
        AdocSource s = scan("intro\n\n[data#x]\na: 1\n");
        assertEquals("read.block-not-listing", only().code());
        assertEquals(3, only().location().line());
        assertTrue(s.blocks().isEmpty());
    }

    @Test
    void aDataStyleOnAnExampleBlockIsAnError() {
        scan("[data#x]\n====\na: 1\n====\n");
        assertEquals("read.block-not-listing", only().code());
    }

    @Test
    void aDataStyleAtTheEndOfTheFileIsAnError() {
        scan("text\n\n[data#x]\n");
        assertEquals("read.block-not-listing", only().code());
    }

    @Test
    void aDataBlockWithoutIdIsAnError() {
        AdocSource s = scan("[data]\n----\na: 1\n----\n");
        Diagnostic d = only();
        assertEquals("read.data-without-id", d.code());
        assertEquals(1, d.location().line());
        assertTrue(s.blocks().isEmpty());
    }

    @Test
    void aCommentBetweenAttributeLineAndDelimiterIsAllowed() {
        AdocSource s = scan("[data#x]\n// the figures of 2023\n----\na: 1\n----\n");
        noDiagnostics();
        assertEquals("x", s.blocks().get(0).id());
    }

    @Test
    void aLongerDelimiterMustBeClosedByTheSameLength() {
        AdocSource s = scan("[data#x]\n------\na: |\n  ----\n------\n");
        noDiagnostics();
        assertEquals(2, s.blocks().get(0).content().size());
    }

    /** The quick test before the delimiter pattern never turns away a line the pattern matches. */
    @net.jqwik.api.Property(tries = 20000, seed = "20261123")
    void delimiterPrefilterKeepsEveryDelimiter(@net.jqwik.api.ForAll("lines") String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if (AdocScanner.DELIMITER.matcher(line).matches()) {
            assertTrue(AdocScanner.maybeDelimiter(line, first), line);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> lines() {
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.strings().withChars("-.+/=*_|,:! \t[x\u2028").ofMaxLength(8),
                net.jqwik.api.Arbitraries.of("----", "....", "++++", "////", "====", "****", "____", "--", "|===",
                        ",===", ":===", "!===", "---- ", "|=== \t", "----\u2028"));
    }

    @Test
    void delimitersAreFoundAfterThePrefilter() {
        for (String d : List.of("----", "....", "++++", "////", "====", "****", "____", "--", "|===", ",===", ":===",
                "!===")) {
            assertTrue(AdocScanner.maybeDelimiter(d, d.charAt(0)), d);
        }
        AdocSource s = scan("= T\n\n[data#x]\n----\na: 1\n----\n\n|===\n|a\n|===\n");
        noDiagnostics();
        assertEquals(1, s.blocks().size());
    }

    @Test
    void aFigureWhoseBackquotedKeyHoldsASpaceIsAnErrorNotSilence() {
        AdocSource s = scan("= T\n\n申请tally:apps.`a b`@总计[4]件，另tally:apps.`ab`@总计[4]件。\n");
        Diagnostic d = only();
        assertEquals("figure.space-in-target", d.code());
        assertEquals(3, d.location().line());
        assertEquals(dev.tally.diagnostic.Severity.ERROR, d.severity());
        assertTrue(d.message().startsWith("tally:apps.`a b`@总计[...] cannot be a figure"), d.message());
        assertEquals(List.of("apps.`ab`@总计"), targets(s));
    }

    @Test
    void aFigureWithoutItsBracketsIsAnErrorNotTextOnThePage() {
        // trial U, 5: AsciiDoc makes no macro of these, so the page would print them and nothing would check them
        scan("= T\n\nWe received tally:c.total complaints.\n\nOf which tally:c.delay [95] were late.\n");
        List<Diagnostic> ds = diagnostics.list();
        assertEquals(2, ds.size(), ds::toString);
        assertEquals("figure.no-brackets", ds.get(0).code());
        assertEquals(3, ds.get(0).location().line());
        assertEquals(dev.tally.diagnostic.Severity.ERROR, ds.get(0).severity());
        assertTrue(ds.get(0).message().startsWith("tally:c.total is no figure"), ds.get(0).message());
        assertEquals("figure.space-before-brackets", ds.get(1).code());
        assertEquals(5, ds.get(1).location().line());
        assertTrue(ds.get(1).message().startsWith("tally:c.delay [...] is no figure"), ds.get(1).message());
    }

    @Test
    void aFigureWithoutBracketsInChineseIsShownAsFarAsItReadsAsAName() {
        // no space ends the target in Chinese: the rest of the sentence is not quoted as the figure
        scan("= T\n\n参训tally:training.人次人次。本年度未发生。\n");
        assertTrue(only().message().startsWith("tally:training.人次人次 is no figure"), diagnostics.list().toString());
    }

    @Test
    void tallyWithAColonInProseIsNoFigureUnlessItNamesOne() {
        // the goal's name, code in backquotes, another word ending in tally, a target without a dot
        AdocSource s = scan("= T\n\nRun tally:check first. See `tally:c.total` and mytally:c.total, or tally:x. "
                + "Escaped: \\tally:c.total here. Real: tally:c.total[3].\n");
        noDiagnostics();
        assertEquals(List.of("c.total"), targets(s));
    }

    @Test
    void anAttributeThatStandsForMillionsOfCharactersIsABombAtItsLine() {
        // trial V, 4: Asciidoctor would build the text and run out of memory; one error, at the line that blows up
        StringBuilder t = new StringBuilder("= T\n:a0: " + "x".repeat(100) + "\n");
        for (int k = 1; k <= 8; k++) {
            t.append(":a").append(k).append(": ").append(("{a" + (k - 1) + "}").repeat(10)).append('\n');
        }
        t.append("\n{a8}\n");
        scan(t.toString());
        Diagnostic d = only();
        assertEquals("read.attribute-bomb", d.code());
        assertEquals(7, d.location().line()); // :a5: stands for 10,000,000 characters
        assertTrue(d.message().startsWith("attribute a5 stands for more than 1000000 characters"), d.message());
    }

    @Test
    void aFigureInAnAttributeIsFoundWhereTheTextRefersToIt() {
        // trial V, 6: Asciidoctor replaces {x} before it finds macros: the page showed a figure the check never saw
        AdocSource s = scan("= T\n:x: tally:v.a[92]\n\nText {x} and {y}.\n");
        noDiagnostics();
        assertEquals(List.of("v.a"), targets(s));
        assertEquals(4, s.macros().get(0).location().line());
    }
}
