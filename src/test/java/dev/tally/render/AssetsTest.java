package dev.tally.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trial J, 2: the images and attachments beside the reports are published beside their pages. */
class AssetsTest {

    @TempDir
    Path dir;

    private Path file(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    @Test
    void imagesAndAttachmentsAreCopiedAtTheirPathsAndNothingElseIs() throws IOException {
        Path reports = dir.resolve("src/reports");
        file("src/reports/2024/img/logo.PNG", "png");
        file("src/reports/images/chart.svg", "<svg/>");
        file("src/reports/2024/附件/预算表.pdf", "pdf");
        file("src/reports/2024/town.adoc", "= Town");
        file("src/reports/2024/_part.adoc", "x");
        file("src/reports/templates/t.yaml", "name: t");
        file("src/reports/.git/logo.png", "hidden");
        file("secret.png", "outside");
        Files.createSymbolicLink(reports.resolve("2024/link.png"), dir.resolve("secret.png"));
        Path out = dir.resolve("target/site/tally");

        assertEquals(3, Assets.copy(reports, out));
        assertEquals("png", Files.readString(out.resolve("2024/img/logo.PNG")));
        assertTrue(Files.isRegularFile(out.resolve("images/chart.svg")));
        assertTrue(Files.isRegularFile(out.resolve("2024/附件/预算表.pdf")));
        assertFalse(Files.exists(out.resolve("2024/town.adoc")));
        assertFalse(Files.exists(out.resolve("templates/t.yaml")));
        assertFalse(Files.exists(out.resolve(".git")));
        assertFalse(Files.exists(out.resolve("2024/link.png")), "a link that may lead outside is not followed");
    }

    /**
     * Trial AB, 2: the attachments of government reports are published too (Excel, Word, WPS, OFD, archives);
     * text and CSV files are not, as the reports directory keeps working data (the data blocks are published as CSV).
     */
    @Test
    void officeWpsOfdAndArchiveAttachmentsAreCopiedTextAndCsvAreNot() throws IOException {
        Path reports = dir.resolve("src/reports");
        List<String> attachments = List.of("统计表.xlsx", "旧表.xls", "说明.docx", "说明.doc", "汇报.ppt", "汇报.pptx",
                "文稿.odt", "表.ods", "演示.odp", "说明.rtf", "材料.wps", "报表.ET", "演示.dps", "公文.ofd", "全部.zip",
                "全部.rar", "全部.7z");
        for (String a : attachments) {
            file("src/reports/2024/附件/" + a, a);
        }
        file("src/reports/2024/附件/数据.csv", "a,b");
        file("src/reports/2024/附件/说明.txt", "notes");
        file("src/reports/2024/附件/.~统计表.xlsx", "lock file of an open workbook");
        Path out = dir.resolve("target/site/tally");

        assertEquals(attachments.size(), Assets.copy(reports, out));
        for (String a : attachments) {
            assertEquals(a, Files.readString(out.resolve("2024/附件/" + a)), a);
        }
        assertFalse(Files.exists(out.resolve("2024/附件/数据.csv")));
        assertFalse(Files.exists(out.resolve("2024/附件/说明.txt")));
        assertFalse(Files.exists(out.resolve("2024/附件/.~统计表.xlsx")), "a hidden file is not published");
    }

    @Test
    void noReportsDirectoryCopiesNothing() throws IOException {
        assertEquals(0, Assets.copy(dir.resolve("none"), dir.resolve("out")));
    }
}
