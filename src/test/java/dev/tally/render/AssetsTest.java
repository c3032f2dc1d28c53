package dev.tally.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void noReportsDirectoryCopiesNothing() throws IOException {
        assertEquals(0, Assets.copy(dir.resolve("none"), dir.resolve("out")));
    }
}
