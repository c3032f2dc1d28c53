package dev.tally.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void aChineseNameCannotBeAnAsciiFileName() {
        assertTrue(FileNames.unencodable("../2023/青山.adoc", StandardCharsets.US_ASCII));
        assertFalse(FileNames.unencodable("../2023/qingshan.adoc", StandardCharsets.US_ASCII));
        assertFalse(FileNames.unencodable("../2023/青山.adoc", StandardCharsets.UTF_8));
    }
}
