package dev.tally.run;

import org.junit.jupiter.api.Test;
import java.nio.file.*;

class ScratchTest {
    @Test
    void run() throws Exception {
        Path base = Path.of(System.getProperty("scratch", "/tmp/scratch"));
        try (var dirs = Files.list(base)) {
            for (Path p : dirs.sorted().toList()) {
                System.out.println("=== " + p.getFileName());
                Fixture.printed(Fixture.run(p), p).forEach(System.out::println);
            }
        }
    }
}
