package dev.tally.integrity;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial AB, 1 and 2: an image or attachment the page names that is missing, would not be published, or is of a kind
 * that is not published is a warning at the macro's line, found by {@code tally:check} without Asciidoctor.
 */
class FileRuleTest {

    @TempDir
    Path project;

    Path reports() {
        return project.resolve("src/reports");
    }

    Path write(String relative, String text) {
        return Run.write(reports(), relative, text);
    }

    /** The findings on 2023/r.adoc, whose text starts on line 4 ({@link RulesTest#HEAD} above it). */
    Diagnostics check(String body, IntegrityConfig... config) {
        return Run.check(reports(), write("2023/r.adoc", RulesTest.HEAD + body),
                config.length == 0 ? IntegrityConfig.defaults() : config[0]);
    }

    /** Each finding's message in English. */
    static List<String> messages(Diagnostics d) {
        return d.list().stream().map(x -> x.message(Locale.ROOT)).toList();
    }

    @Test
    void aMissingImageIsAWarningThatSaysWhichFileWasExpectedWhere() {
        Diagnostics d = check("image::missing.png[不存在的图片]\n\n见图 image:chart.png[图] 。\n");
        assertEquals(List.of("integrity.file-missing@4", "integrity.file-missing@6"), Run.codes(d));
        Diagnostic first = d.list().get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertEquals("image::missing.png: no such file, so the page would show it broken (expected 2023/missing.png "
                + "in the reports directory)", first.message(Locale.ROOT));
        assertEquals("image::missing.png：文件不存在，页面上将显示为失效（应为报告目录中的 2023/missing.png）",
                first.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("image:chart.png", d.list().get(1).args().get(0));
    }

    @Test
    void anAbsolutePathOrOneThatLeavesTheReportsDirectoryIsNotPublished() throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Diagnostics d = check("""
                image::/etc/hostname[绝对路径的图片]

                link:../../pom.xml[项目文件] 和 link:C:\\附件\\表.xlsx[表]。

                image::../2023/../../secret.png[]
                """);
        assertEquals(List.of("integrity.file-unpublished@4", "integrity.file-unpublished@6",
                "integrity.file-unpublished@6", "integrity.file-unpublished@8"), Run.codes(d));
        String unpublished = ": not published with the pages, so the page would show it broken unless the site has it "
                + "from elsewhere";
        String absolute = "an absolute path (write the path from the report to a file in the reports directory)";
        assertEquals(List.of(
                "image::/etc/hostname: " + absolute + unpublished,
                "link:../../pom.xml: it leads to ../pom.xml, outside the reports directory" + unpublished,
                "link:C:\\附件\\表.xlsx: " + absolute + unpublished,
                "image::../2023/../../secret.png: it leads to ../secret.png, outside the reports directory" + unpublished),
                messages(d));
        assertEquals("image::/etc/hostname：这是绝对路径（请写从报告出发、指向报告目录内文件的路径）：不会随页面发布，除非网站另有此文件，"
                + "页面上将显示为失效", d.list().get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void attachmentsOfPublishedKindsAreFineAndOthersAreWarnedOfWithTheKindsThatArePublished() {
        for (String f : List.of("预算表.pdf", "统计表.xlsx", "旧表.xls", "说明.docx", "公文.ofd", "材料.WPS", "报表.et",
                "全部.7z", "宣传片.mp4", "录音.MP3", "数据.csv", "说明.txt")) {
            write("2023/附件/" + f, "x");
        }
        Diagnostics d = check("""
                附件：link:附件/预算表.pdf[预算表]、link:附件/统计表.xlsx[统计表]、link:附件/旧表.xls[旧表]、
                link:附件/说明.docx[说明]、link:附件/公文.ofd[公文]、link:附件/材料.WPS[材料]、link:附件/报表.et[报表]、
                link:附件/全部.7z[全部]。

                video::附件/宣传片.mp4[]

                audio::附件/录音.MP3[]

                原始数据：link:附件/数据.csv[数据]，link:附件/说明.txt[说明]。
                """);
        assertEquals(List.of("integrity.file-kind@12", "integrity.file-kind@12"), Run.codes(d));
        assertEquals("link:附件/数据.csv: 数据.csv is not of a kind published with the pages, so the page would show "
                + "it broken (published: png, jpg, jpeg, gif, svg, webp, bmp, ico, pdf, doc, docx, xls, xlsx, ppt, pptx, "
                + "odt, ods, odp, rtf, wps, et, dps, ofd, zip, rar, 7z, mp4, m4v, webm, ogv, mp3, m4a, ogg, oga, opus, wav, flac)",
                messages(d).get(0));
        assertTrue(d.list().get(1).message(Locale.SIMPLIFIED_CHINESE).startsWith(
                "link:附件/说明.txt：说明.txt 不属于随页面发布的文件类型，页面上将显示为失效（发布的类型：png、jpg、"),
                d.list().get(1).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void chineseNamesNamesWithSpacesAndEscapedNamesAreFound() {
        write("2023/附件/图 1.png", "png");
        write("2023/附件/my file.xlsx", "x");
        write("2023/附件/报告#2.pdf", "x");
        Diagnostics d = check("""
                image::附件/图 1.png[图一]

                见 image:附件/图 1.png[图一] 和 link:附件/my%20file.xlsx[表]、link:++附件/my file.xlsx++[表]、
                link:%E9%99%84%E4%BB%B6/my%20file.xlsx?v=2#sheet1[表]、link:附件/报告%232.pdf[报告]。

                缺：image:附件/图 2.png[图二]，而 image::附件/图 3.png[图三] 不在行首，不是图片。
                """);
        assertEquals(List.of("integrity.file-missing@9"), Run.codes(d));
        assertEquals("image:附件/图 2.png", d.list().get(0).args().get(0));
    }

    @Test
    void aHashInANameIsTheStartOfAFragmentAsTheBrowserReadsIt() {
        write("2023/附件/报告#2.pdf", "x");
        Diagnostics d = check("link:附件/报告#2.pdf[报告]\n");
        assertEquals(List.of("integrity.file-missing@4"), Run.codes(d));
        assertEquals("2023/附件/报告", d.list().get(0).args().get(1));
    }

    @Test
    void imagesResolveAgainstImagesdirWhereTheMacroStandsAndLinksDoNot() {
        write("2023/img/logo.svg", "<svg/>");
        write("2023/附件/表.xlsx", "x");
        write("shared/seal.png", "png");
        Diagnostics d = check("""
                :imagesdir: img

                image::logo.svg[标志]

                link:附件/表.xlsx[表]

                image::seal.png[章]

                :imagesdir: ../shared

                image::seal.png[章]
                """);
        assertEquals(List.of("integrity.file-missing@10"), Run.codes(d));
        assertEquals("2023/img/seal.png", d.list().get(0).args().get(1));
    }

    @Test
    void imagesFromAnImagesdirThatIsAUrlAreNotLookedFor() {
        assertEquals(List.of(), Run.codes(check(":imagesdir: https://cdn.example.org/img\n\nimage::logo.svg[标志]\n")));
        assertEquals(List.of("integrity.file-unpublished@6"),
                Run.codes(check(":imagesdir: /var/www/img\n\nimage::logo.svg[标志]\n")));
    }

    @Test
    void attributesTheDocumentSetsAreReplacedAndATargetWithAnUnsetOneIsLeftAlone() {
        write("2023/附件/2023年统计表.xlsx", "x");
        Diagnostics d = check("""
                :year: 2023
                :dir: 附件

                link:{dir}/{year}年统计表.xlsx[表] link:{dir}/{year}年说明.docx[说明]

                image::{logo}[标志]

                link:{nowhere}/x.pdf[x]
                """);
        assertEquals(List.of("integrity.file-missing@7"), Run.codes(d));
        assertEquals("link:附件/2023年说明.docx", d.list().get(0).args().get(0));
    }

    @Test
    void urlsAnchorsAndVideoHostsAreNoFiles() {
        assertEquals(List.of(), Run.codes(check("""
                见 link:https://www.qingshan.gov.cn/a.pdf[网站]、link:mailto:office@qingshan.gov.cn[邮件]、
                link:#table1[表一]、link://cdn.example.org/x.pdf[镜像]、image:data:image/png;base64,iVBORw0KGgo=[点]。

                image::https://www.qingshan.gov.cn/logo.png[标志]

                video::rPQoq7ThGAU[youtube]
                """)));
    }

    @Test
    void macrosInListingsLiteralTextCommentsPassthroughsAndDataAreNotOnThePage() {
        assertEquals(List.of(), Run.codes(check("""
                // image::commented.png[]

                ////
                image::comment-block.png[]
                ////

                ----
                image::listing.png[]
                ----

                ....
                link:literal.xlsx[]
                ....

                 image:indented-literal.png[] link:indented.xlsx[]

                [comment]
                link:comment-paragraph.xlsx[]

                ++++
                <img src="x.png"> image:passthrough-block.png[]
                ++++

                原文写作 +link:plus.xlsx[]+、pass:[image:pass.png[]]、\\link:escaped.xlsx[] 和 \\image:escaped.png[]。

                [data#v]
                ----
                note: image::data.png[]
                ----
                """)));
    }

    @Test
    void aMacroInATableCellOrATitleIsOnThePage() {
        Diagnostics d = check("""
                .见 link:title.xlsx[表]
                |===
                | 附件 | link:cell.xlsx[表]
                l| link:literal-cell.xlsx[表] | x
                |===
                """);
        assertEquals(List.of("integrity.file-missing@4", "integrity.file-missing@6"), Run.codes(d));
    }

    @Test
    void anIncludedPartialsImageResolvesAgainstTheReportNotThePartial() {
        // the image beside the partial is not the one the page shows: the page is 2023/r.html
        write("_parts/_seal.adoc", "正文。\n\nimage::seal.png[章]\n");
        write("_parts/seal.png", "png");
        Diagnostics d = check("include::../_parts/_seal.adoc[]\n");
        assertEquals(1, d.size(), d.list().toString());
        Diagnostic missing = d.list().get(0);
        assertEquals("integrity.file-missing", missing.code());
        assertEquals(reports().resolve("_parts/_seal.adoc"), missing.location().file(), "at the partial's line");
        assertEquals(3, missing.location().line());
        assertEquals("2023/seal.png", missing.args().get(1));

        write("2023/seal.png", "png");
        assertEquals(List.of(), Run.codes(check("include::../_parts/_seal.adoc[]\n")));
    }

    @Test
    void linksToThePagesAndDownloadsTallyWritesAreFine() {
        write("2022/r.adoc", "= 2022\n");
        write("_part.adoc", "x\n");
        Diagnostics d = check("""
                见 link:../2022/r.html[上年]、link:r.charts.html[图表]、link:r.v.csv[数据]、link:r.v.json[数据]、
                link:../index.html[全部报告]、link:../checks.html[检查结果]。

                link:../2021/r.html[无此报告] link:../_part.html[部分] link:../2022/r.adoc[源文件]
                """);
        assertEquals(List.of("integrity.file-missing@7", "integrity.file-missing@7", "integrity.file-kind@7"),
                Run.codes(d));
    }

    @Test
    void aSymbolicLinkOrAHiddenFileIsNotPublished() throws IOException {
        write("2023/real.png", "png");
        write("2023/.hidden/seal.png", "png");
        write("2023/.seal.png", "png");
        Path outside = Files.writeString(project.resolve("secret.png"), "secret");
        try {
            Files.createSymbolicLink(reports().resolve("2023/linked.png"), outside);
            Files.createSymbolicLink(reports().resolve("2023/inside.png"), reports().resolve("2023/real.png"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        Diagnostics d = check("""
                image::real.png[]

                image::linked.png[]

                image::inside.png[]

                image::.hidden/seal.png[]

                见 image:.seal.png[] 。
                """);
        assertEquals(List.of("integrity.file-unpublished@6", "integrity.file-unpublished@8",
                "integrity.file-unpublished@10", "integrity.file-unpublished@12"), Run.codes(d));
        assertTrue(messages(d).get(0).contains("it leads through a symbolic link (2023/linked.png → "), messages(d).get(0));
        assertTrue(messages(d).get(1).contains("it leads through a symbolic link (2023/inside.png → "), messages(d).get(1));
        assertTrue(messages(d).get(2).contains("starts with a dot (hidden)"), messages(d).get(2));
        assertTrue(messages(d).get(3).contains("starts with a dot (hidden)"), messages(d).get(3));
    }

    @Test
    void eachRuleCanBeSwitchedOffOrGivenAnotherSeverityAndTheOtherChecksRunOn() {
        write("2023/数据.csv", "x");
        String body = "见 image:missing.png[] link:/etc/hosts[h] link:数据.csv[d]\n\n统计期限为2019年1月1日至2019年12月31日。\n";
        assertEquals(List.of("integrity.file-kind@4", "integrity.file-missing@4", "integrity.file-unpublished@4",
                "integrity.period@6"), Run.codes(check(body)).stream().sorted().toList());
        IntegrityConfig c = IntegrityConfig.defaults().set("file-missing", "off").set("file-kind", "error");
        Diagnostics d = check(body, c);
        assertEquals(List.of("integrity.file-kind@4", "integrity.file-unpublished@4", "integrity.period@6"),
                Run.codes(d).stream().sorted().toList());
        assertEquals(Severity.ERROR, d.list().stream().filter(x -> x.code().equals("integrity.file-kind")).findFirst()
                .orElseThrow().severity());
        assertEquals(List.of(), Run.codes(check(body, IntegrityConfig.defaults().set("skip", "true"))));
    }

    @Test
    void theSameMacroTwiceOnALineIsOneFinding() {
        // image:x.png and link:x.png are two macros, each broken on the page
        assertEquals(List.of("integrity.file-missing@4", "integrity.file-missing@4"),
                Run.codes(check("见 image:x.png[] 与 image:x.png[] 及 link:x.png[]\n")));
    }
}
