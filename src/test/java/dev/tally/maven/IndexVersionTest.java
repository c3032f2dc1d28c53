package dev.tally.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check index is valid for one build of the plugin. Built from source (the mojo tests run it from
 * {@code target/classes}), a class compiled again in place must invalidate it, though the directory's own time
 * stays as it was.
 */
class IndexVersionTest {

    @Test
    void aClassCompiledAgainInPlaceMakesANewIndexVersion() throws Exception {
        Path classes = Path.of(CheckMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "run from the classes directory: " + classes);
        Path mojo = classes.resolve("dev/tally/maven/CheckMojo.class");
        FileTime was = Files.getLastModifiedTime(mojo);
        FileTime dir = Files.getLastModifiedTime(classes);
        String before = CheckMojo.indexVersion();
        try {
            Files.setLastModifiedTime(mojo, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
            Files.setLastModifiedTime(classes, dir);
            assertNotEquals(before, CheckMojo.indexVersion());
        } finally {
            Files.setLastModifiedTime(mojo, was);
        }
    }
}
