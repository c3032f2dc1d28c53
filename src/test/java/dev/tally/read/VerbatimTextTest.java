package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure is checked exactly where the page shows one: where Asciidoctor replaces macros. Each case is held to
 * Asciidoctor itself: with a link macro in the figure's place, the page has a link exactly when the scanner finds
 * the figure (trial W, 1 and 2: literal, listing and source paragraphs, indented paragraphs, subs=).
 */
class VerbatimTextTest {

    private static final Path FILE = Path.of("r.adoc").toAbsolutePath();

    /** Every place a macro may stand, with FIG where it stands. */
    static List<String> places() {
        return List.of(
        "Plain FIG here",
        " indented FIG",
        "text\n\n indented FIG",
        "text\n indented but not first FIG",
        "[normal]\n indented FIG",
        "[NOTE]\n indented FIG",
        "[literal]\nFIG",
        "[literal]\none\ntwo FIG",
        "[listing]\nFIG",
        "[source]\nFIG",
        "[source,java]\nFIG",
        "[source,java,subs=\"+macros\"]\nFIG",
        "[subs=\"+macros\"]\n indented FIG",
        "[listing,subs=\"normal\"]\nFIG",
        "[subs=\"-macros\"]\nFIG",
        "[subs=quotes]\nFIG",
        "[subs=\"quotes,macros\"]\nFIG",
        "[comment]\nFIG",
        "[pass]\nFIG",
        "[verse]\nFIG",
        "[subs=\"+macros\"]\n----\nFIG\n----",
        "[subs=+macros]\n....\nFIG\n....",
        "[subs=\"macros\"]\n++++\nFIG\n++++",
        "[source,subs=\"verbatim,macros\"]\n----\nFIG\n----",
        "[source]\n--\nFIG\n--",
        "[comment]\n--\nFIG\n--",
        "--\nFIG\n--",
        "====\n indented FIG\n====",
        "* item\n  continued FIG",
        "* item\n\n  indented FIG",
        "* item\n+\n  indented FIG",
        "CPU::\n  indented FIG",
        "  * indented item FIG",
        "  . indented item FIG",
        "  1. indented item FIG",
        "  term:: indented term FIG",
        "\tindented with a tab FIG",
        "para\n// comment\n indented FIG",
        ".Title\n indented FIG",
        "[#anchor]\n indented FIG",
        "[[a1]]\n indented FIG",
        "== Section\n indented FIG",
        "image::x.png[]\n indented FIG",
        " indented one\nunindented FIG",
        "|===\n| a\n\n  indented FIG\n|===",
        "```\nFIG\n```",
        "```java\nFIG\n```",
        "[title=\"See FIG\"]\n====\nx\n====",
        "text\n== Not a section FIG",
        ".Title FIG\nShown.",
        ".Title FIG\n== Section",
        ".Title FIG\n[comment]\nhidden",
        ".Title FIG\n////\nhidden\n////",
        ".Title FIG\n[comment]\n--\nhidden\n--",
        ".Title FIG\n----\nlisting\n----",
        ".Title FIG\n====\nexample\n====",
        ".Title FIG\n\nShown after a blank line.",
        "Text.\n\n.Dangling at the end FIG",
        "Title\n-----\n\nFIG under a two-line title",
        "[[p1,FIG]]\nShown.",
        "[[p1,FIG]]\nShown FIG.",
        ".Title FIG\n== Section\n\nFirst block.",
        ".Title FIG\n////\ncomment\n////\n\nNext.",
        ".Title FIG\n++++\n<p>raw</p>\n++++",
        ".Title FIG\n[pass]\n<p>raw</p>",
        ".Title FIG\n\'\'\'",
        ".Title FIG\n<<<",
        ".Title FIG\n- - -",
        ".Title FIG\ntoc::[]",
        "Text [[x1,FIG]] more.",
        "See anchor:x3[FIG] here.",
        "Text [[x1]] FIG more.",
        "* item\n+\nFIG attached",
        "|===\na|\nTitle\n-----\nFIG in the cell\n|===",
        "[cols=\"1a\"]\n|===\n|\nTitle\n-----\nFIG in the cell\n|===",
        "|===\n|text\n----\nFIG in a plain cell\n----\n|===",
        "|===\na|text\n\n----\nFIG in a listing\n----\n|===",
        "|===\nl|FIG\n|===",
        "|===\n|x l|FIG\n|===",
        "|===\n|x |FIG\n|===",
        "|===\na|FIG\n|===",
        "|===\n|a |b\n2+l|FIG\n|===",
        "|===\n|a |b\n2+|FIG\n|===",
        "[cols=\"l,1\"]\n|===\n|FIG |x\n|===",
        "[cols=\"l,1\"]\n|===\n|x |FIG\n|===",
        "[cols=\"2*l\"]\n|===\n|x |FIG\n|===",
        "[cols=\"1,1l\"]\n|===\n|a |b\n|c |FIG\n|===",
        "[cols=\"1,l\"]\n|===\n|a\n|FIG\n|===",
        "[cols=\"1,l\"]\n|===\n|a\n|b\n|FIG |x\n|===",
        "[cols=\"l,1\"]\n|===\n|FIG\ncontinued\n|x\n|===",
        "[cols=\"l,1\",separator=¦]\n|===\n¦x ¦FIG\n|===",
        "[cols=\"1,l\",separator=¦]\n|===\n¦x ¦FIG\n|===",
        "[format=csv]\n|===\nFIG,x\n|===",
        "[format=csv,cols=\"1,l\"]\n|===\nx,FIG\n|===",
        ",===\nx,FIG\n,===",
        ",===\nx,\"a FIG\"\n,===",
        ":===\nFIG\n:===",
        "[format=dsv]\n|===\nFIG\n|===",
        "|===\na|\n!===\nl!FIG\n!===\n|===",
        "|===\na|\n!===\n!FIG\n!===\n|===");
    }

    @ParameterizedTest
    @MethodSource("places")
    void aFigureIsCheckedExactlyWhereAsciidoctorReplacesMacros(String snippet) {
        boolean page = AsciidoctorOracle.convert(snippet.replace("FIG", "link:https://example.org/x[L]"))
                .contains("href=\"https://example.org/x\"");
        AdocSource scanned = new AdocScanner(new Diagnostics())
                .scan(TextFile.split("= R\n\n" + snippet.replace("FIG", "tally:v.a[1]") + "\n", FILE));
        assertEquals(page, !scanned.macros().isEmpty(), () -> snippet + ": the page "
                + (page ? "shows a figure" : "shows the text as it is"));
    }

    /**
     * Trial AB, 1 and 2: an image or attachment the page names is found exactly where the page has it, so that the
     * check looks for the file (a link with a Chinese name, an inline image whose name holds a space).
     */
    @ParameterizedTest
    @MethodSource("places")
    void aFileIsFoundExactlyWhereThePageShowsOrLinksToIt(String snippet) {
        for (String[] macro : new String[][] {
            {"link:附件/统计表.xlsx[表]", "href=\"附件/统计表.xlsx\"", "附件/统计表.xlsx"},
            {"image:附件/图 1.png[图]", "src=\"附件/图%201.png\"", "附件/图 1.png"}}) {
            boolean page = AsciidoctorOracle.convert(snippet.replace("FIG", macro[0])).contains(macro[1]);
            AdocSource scanned = new AdocScanner(new Diagnostics())
                    .scan(TextFile.split("= R\n\n" + snippet.replace("FIG", macro[0]) + "\n", FILE));
            boolean found = scanned.files().stream().anyMatch(f -> f.target().equals(macro[2]));
            assertEquals(page, found, () -> snippet + " with " + macro[0] + ": the page "
                    + (page ? "has it" : "does not have it"));
        }
    }

    /**
     * A block image (video, audio) is one only where a block starts: inside a paragraph or a plain table cell the
     * page shows {@code image::…[]} as text, so the check neither looks for the file nor stays silent about it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "BLK", "Text\n\nBLK", "Text\nBLK", "Text\n// note\nBLK", "* item\nBLK", "* item\n+\nBLK", "* item\n\nBLK",
        ".Title\nBLK", "[.right]\nBLK", "NOTE: text\nBLK", "[NOTE]\ntext\nBLK", "term:: text\nBLK",
        "|===\na|BLK\n|===", "|===\n|BLK\n|===", "|===\na|Text\nBLK\n|===", "|===\na|Text\n\nBLK\n|===",
        "|===\n|x\na|BLK\n|===", "====\nText\nBLK\n====", "====\nBLK\n====", "term::\nBLK", "term:: text\nmore\nBLK",
        "* item\n+\nText\nBLK", "--\nText\nBLK\n--", "Text\n\n[.right]\n.Title\nBLK", "|===\na|\nBLK\n|===",
        "[[fig1]]\nBLK", "Text\n[[fig1]]\nBLK", "ifdef::backend-html5[]\nBLK\nendif::[]",
        "Text\nifdef::backend-html5[]\nBLK\nendif::[]", "* item\n** sub\nBLK", "Text\n\n\nBLK"})
    void aBlockImageIsFoundExactlyWhereThePageShowsIt(String snippet) {
        String macro = "image::附件/图.png[图]";
        boolean page = AsciidoctorOracle.convert(snippet.replace("BLK", macro)).contains("src=\"附件/图.png\"");
        Diagnostics d = new Diagnostics();
        AdocSource scanned = new AdocScanner(d).scan(TextFile.split("= R\n\n" + snippet.replace("BLK", macro) + "\n", FILE));
        boolean found = scanned.files().stream().anyMatch(f -> f.target().equals("附件/图.png"));
        assertEquals(page, found, () -> snippet + ": the page " + (page ? "has the image" : "shows the macro as text"));
        boolean warned = d.list().stream().anyMatch(x -> x.code().equals("read.block-macro-in-text"));
        assertEquals(!page, warned, () -> snippet + ": " + d.list());
    }

    /**
     * Trial AE, 2: a bare URL that Asciidoctor links takes the text up to the next space as its address; in Chinese
     * prose that is the rest of the sentence. Warned exactly where the page's link runs on past the address.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "从门户网站(URL)下载。如对本报告有疑问,请联系。", "从门户网站（URL）下载。", "从门户网站 URL 下载。",
        "从门户网站 URL下载。", "请访问URL下载。", "URL/list.html，请查阅。", "门户网站：URL/a_(b)", "见 URL[门户网站]下载。",
        "见 \\URL下载。", "见 URL/wiki/中国 等。", "见 link:URL[门户]。", "`URL下载`", "*URL下载*", "URL"})
    void aLinkRunningOnIntoTheTextIsWarnedExactlyWhereThePageHasIt(String snippet) {
        String url = "https://www.zhalantun.gov.cn";
        String html = AsciidoctorOracle.convert(snippet.replace("URL", url));
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"(" + java.util.regex.Pattern.quote(url)
                + "[^\"]*)\"").matcher(html);
        boolean runsOn = false;
        while (href.find()) {
            String extra = href.group(1).substring(url.length());
            runsOn |= extra.codePoints().anyMatch(c -> c > 127 && !"/wiki/中国".contains(new String(Character.toChars(c))))
                    || extra.contains(")") && !extra.endsWith("(b)");
        }
        Diagnostics d = new Diagnostics();
        new AdocScanner(d).scan(TextFile.split("= R\n\n" + snippet.replace("URL", url) + "\n", FILE));
        boolean warned = d.list().stream().anyMatch(x -> x.code().equals("read.url-runs-on"));
        assertEquals(runsOn, warned, () -> snippet + ": " + html + d.list());
    }

    /**
     * Trial AO, 2: a link written with its brackets right after （ or a Chinese character is no link to Asciidoctor,
     * which shows it as text, brackets and all. Warned exactly where the page shows the bracket.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "门户网站（URL[]）下载。", "门户网站（URL[门户]）下载。", "门户网站（ URL[] ）下载。", "请访问URL[门户]下载。",
        "见 URL[门户网站]下载。", "门户网站(URL[])下载。", "门户网站：URL[]", "“URL[]”"})
    void aLinkMacroGluedToChineseTextIsWarnedExactlyWhereThePageShowsItsBrackets(String snippet) {
        String url = "https://www.zhalantun.gov.cn";
        String html = AsciidoctorOracle.convert(snippet.replace("URL", url));
        boolean asText = html.contains(url + "[");
        Diagnostics d = new Diagnostics();
        new AdocScanner(d).scan(TextFile.split("= R\n\n" + snippet.replace("URL", url) + "\n", FILE));
        boolean warned = d.list().stream().anyMatch(x -> x.code().equals("read.url-macro-glued"));
        assertEquals(asText, warned, () -> snippet + ": " + html + d.list());
        // the cases of the trial: shown as text after （ and after 访问, a link after a space or an ASCII (
        if (snippet.startsWith("门户网站（URL[]") || snippet.startsWith("请访问")) {
            assertTrue(asText, html);
        } else if (snippet.startsWith("门户网站（ URL") || snippet.startsWith("门户网站(")) {
            assertFalse(asText, html);
        }
    }

    @Test
    void aLiteralParagraphGivesNoFigureError() {
        Diagnostics d = new Diagnostics();
        AdocSource s = new AdocScanner(d).scan(TextFile.split(
                "= R\n\n tally:v.total without brackets\n\n[source]\ntally:c.delay [95]\n", FILE));
        assertEquals(List.of(), s.macros());
        assertEquals(List.of(), d.list());
    }

    /**
     * Trial W, 3: sections that Asciidoctor reads as level 1 are sections for the template, however written: from
     * an include with leveloffset, under :leveloffset:, or in Markdown's way; a [discrete] heading is none.
     */
    @Test
    void sectionsAreThoseAsciidoctorReads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("_one.adoc"), "= One\n\nText.\n\n== One point one\n");
        Path report = dir.resolve("r.adoc");
        Files.writeString(report, """
                = Report

                include::_one.adoc[leveloffset=+1]

                ## Two

                :leveloffset: +1
                = Three
                :leveloffset!:

                [discrete]
                == Not a section

                == Four
                """);
        List<String> asciidoctor = AsciidoctorOracle.sectionTitles(report, dir);
        assertEquals(List.of("One", "Two", "Three", "Four"), asciidoctor);
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = new IncludeExpander(dir, d).expand(report);
        AdocSource s = new AdocScanner(d).scan(lines);
        assertEquals(asciidoctor, s.sections().stream().filter(x -> x.level() == 1).map(AdocSource.Section::title)
                .toList());
        assertEquals("Report", s.title());
        assertEquals(List.of("One point one"), s.sections().stream().filter(x -> x.level() == 2)
                .map(AdocSource.Section::title).toList());
    }

    /** Trial W, 4: a section title is compared as the page shows it. */
    @Test
    void aSectionTitleIsTakenAsThePageShowsIt() {
        AdocSource s = new AdocScanner(new Diagnostics()).scan(TextFile.split("""
                = R
                :sec4: 四、政府信息公开行政复议、行政诉讼情况

                == 一、总体情况 [[overview]]

                == {sec4}

                == 六、其他需要报告的事项footnote:[无。]
                """, FILE));
        assertEquals(List.of("一、总体情况", "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项"),
                s.sections().stream().map(AdocSource.Section::title).toList());
    }

    /** Trial W, 5: an attribute's value has the references in it replaced when it is set, as Asciidoctor does. */
    @Test
    void anAttributeValueHasItsReferencesReplaced() {
        AdocSource s = new AdocScanner(new Diagnostics()).scan(TextFile.split("""
                = R
                :prev-year: 2023
                :tally-previous: ../{prev-year}/parcels.adoc
                :unknown: {nothing}/x
                """, FILE));
        assertEquals("../2023/parcels.adoc", s.attribute("tally-previous"));
        assertEquals("{nothing}/x", s.attribute("unknown"));
    }

    /** Trial W, 6: a block's title is taken as the page has it, from .Title or title="...", references replaced. */
    @Test
    void aBlockTitleHasItsReferencesReplaced() {
        AdocSource s = new AdocScanner(new Diagnostics()).scan(TextFile.split("""
                = R
                :company: Acme
                :q: Q3

                .{company} parcels in {q}
                [data#parcels]
                ----
                a: 1
                ----

                [data#costs,title="Costs in {q}"]
                ----
                b: 2
                ----
                """, FILE));
        assertEquals(List.of("Acme parcels in Q3", "Costs in Q3"),
                s.blocks().stream().map(AdocSource.Block::title).toList());
    }

    /**
     * Trial Y, 5 and 13: the line right after the document title is its author line, shown as it is; a heading
     * right after a line of text is text, no section; one after a block is a section. Held to Asciidoctor.
     */
    @Test
    void theHeadersAuthorLineHoldsNoFigureAndAHeadingInsideAParagraphIsNoSection(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.adoc");
        Files.writeString(report, """
                = R
                Jane Doe tally:v.a[1]

                == One

                Some text
                == Not a section

                ----
                listing
                ----
                == Two
                """);
        List<String> asciidoctor = AsciidoctorOracle.sectionTitles(report, dir);
        Diagnostics d = new Diagnostics();
        AdocSource s = new AdocScanner(d).scan(new IncludeExpander(dir, d).expand(report));
        assertEquals(asciidoctor, s.sections().stream().map(AdocSource.Section::title).toList());
        assertEquals(List.of("One", "Two"), asciidoctor);
        assertEquals(List.of(), s.macros());
        assertEquals("R", s.title());
    }

    /**
     * Trial Y, 4: a two-line title (Title, then a line of - ~ ^ + within one character of its length) is a section
     * as Asciidoctor reads it, not a line of text over a listing that swallows the rest; a line of dashes of another
     * length, or under a line of text, under a .Title or a [source] line, still opens a listing. Held to Asciidoctor.
     */
    @Test
    void twoLineTitlesAreSectionsAsAsciidoctorReadsThem(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.adoc");
        Files.writeString(report, """
                某镇2024年报告
                ========

                一、总体情况
                ------

                本年新收tally:v.a[5]件。

                Text over a listing, not a title
                ----------
                not tally:v.b[1] a section
                ----------

                .A title
                --------
                a listing tally:v.c[2]
                --------

                [source]
                ------
                tally:v.d[3]
                ------

                二、主动公开政府信息情况
                ------------

                Two
                ---

                ab
                --

                Sub
                ~~~

                四、政府信息公开行政复议、行政诉讼情况
                -------------------
                """);
        List<String> asciidoctor = AsciidoctorOracle.sectionTitles(report, dir);
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "Two", "ab", "四、政府信息公开行政复议、行政诉讼情况"),
                asciidoctor);
        Diagnostics d = new Diagnostics();
        AdocSource s = new AdocScanner(d).scan(new IncludeExpander(dir, d).expand(report));
        assertEquals("某镇2024年报告", s.title());
        assertEquals(asciidoctor, s.sections().stream().filter(x -> x.level() == 1).map(AdocSource.Section::title)
                .toList());
        assertEquals(List.of("Sub"), s.sections().stream().filter(x -> x.level() == 2)
                .map(AdocSource.Section::title).toList());
        assertEquals(List.of("tally:v.a[5]"), s.macros().stream().map(AdocSource.Macro::asWritten).toList());
        assertEquals(List.of(), d.list());
    }

    /**
     * Trial Y, 14: a section title is compared as the reader sees it on the page: a passthrough's content, a
     * character reference as its character, without the marks of bold or monospace. Held to Asciidoctor.
     */
    @Test
    void aSectionTitleIsTheTextThePageShows(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.adoc");
        Files.writeString(report, """
                = R

                == pass:[一、总体情况]

                == 二&#12289;主动公开政府信息情况

                == *三、收到和处理政府信息公开申请情况*

                == 四、**政府**信息公开行政复议、行政诉讼情况

                == `五、存在的主要问题及改进情况`

                == &#x516D;、其他需要报告的事项 &amp; more

                == +七、加号+

                == ++八、双加号++

                == +++九、<b>三加号</b>+++

                == `+十、等宽+`

                == [.x]#十一、角色#

                == 十二、空{empty}

                == 十三、不换行{nbsp}

                == pass:q[*十四、引号*]

                == pass:[<b>十五、HTML</b>]

                == *十六、粗体*（2025年）

                == 十七、*不是*粗体
                """);
        List<String> page = AsciidoctorOracle.sectionTitles(report, dir).stream()
                .map(h -> decode(h.replaceAll("<[^>]+>", ""))).toList();
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项 & more",
                "七、加号", "八、双加号", "九、三加号", "十、等宽", "十一、角色", "十二、空", "十三、不换行\u00A0", "十四、引号",
                "十五、HTML", "十六、粗体（2025年）", "十七、*不是*粗体"), page);
        AdocSource s = new AdocScanner(new Diagnostics()).scan(TextFile.split(Files.readString(report), report));
        assertEquals(page, s.sections().stream().map(AdocSource.Section::title).toList());
    }

    /** The characters of the HTML's character references. */
    private static String decode(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);|&amp;").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c = m.group(2) == null ? "&"
                    : new String(Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Trial Y, 8: a CSV or DSV table's separator that falls inside a figure cuts it in two on the page (the
     * thousands comma of 12,480, the colon of tally:), and no figure is checked there.
     */
    @Test
    void aSeparatorThatCutsAFigureLeavesNoFigure() {
        AdocSource s = new AdocScanner(new Diagnostics()).scan(TextFile.split("""
                = R

                ,===
                全年收费tally:v.fee[12,480]元,x
                ,===

                :===
                新收tally:v.new[5]件
                :===

                ,===
                全年收费tally:v.fee[12480]元,x
                ,===
                """, FILE));
        assertEquals(List.of("tally:v.fee[12480]"), s.macros().stream().map(AdocSource.Macro::asWritten).toList());
    }

    /**
     * Trial Z, 1: a heading attached to a list item by a + line is no section, either way it is written; nor is an
     * item of a list that goes on across a blank line, underlined; a paragraph after the list may be a title again.
     */
    @Test
    void aHeadingAttachedToAListItemIsNoSection(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.adoc");
        Files.writeString(report, """
                = R

                * item
                +
                == Not a section

                * item
                +
                Also not
                --------
                listing
                --------

                . 列表项

                * 小节标题
                -------
                后文
                -------

                == One

                * item

                Not in the list
                ---------------
                """);
        List<String> asciidoctor = AsciidoctorOracle.sectionTitles(report, dir);
        assertEquals(List.of("One", "Not in the list"), asciidoctor);
        Diagnostics d = new Diagnostics();
        AdocSource s = new AdocScanner(d).scan(TextFile.split(Files.readString(report), report));
        assertEquals(asciidoctor, s.sections().stream().map(AdocSource.Section::title).toList());
        assertEquals(List.of(), d.list());
    }

    /**
     * Trial Z, 4: an a| cell is a document of its own, where a two-line title is a heading and its underline opens
     * no listing; in a plain cell a line of dashes is the cell's text. Neither is a block left open.
     */
    @Test
    void aTwoLineTitleInAnAsciiDocCellOpensNoListing() {
        Diagnostics d = new Diagnostics();
        AdocSource s = new AdocScanner(d).scan(TextFile.split("""
                = R

                |===
                a|
                格内标题
                -----
                格内tally:v.a[9]

                |plain
                -----
                tally:v.b[8]
                |===

                == After
                """, FILE));
        assertEquals(List.of("tally:v.a[9]", "tally:v.b[8]"), s.macros().stream().map(AdocSource.Macro::asWritten)
                .toList());
        assertEquals(List.of("After"), s.sections().stream().map(AdocSource.Section::title).toList());
        assertEquals(List.of(), d.list());
    }
}
