package dev.tally.diagnostic;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocationTest {

    @Test
    void locationsSortByFileThenLineNumerically() {
        Path a = Path.of("a.adoc");
        Path b = Path.of("b.adoc");
        List<Location> list = new ArrayList<>(List.of(new Location(b, 1), new Location(a, 10), new Location(a, 9),
                Location.of(a), new Location(a, 100)));
        Collections.sort(list);
        assertEquals(List.of(Location.of(a), new Location(a, 9), new Location(a, 10), new Location(a, 100),
                new Location(b, 1)), list);
    }

    @Test
    void printedLikeACompiler() {
        assertEquals("a.adoc:3", new Location(Path.of("a.adoc"), 3).toString());
        assertEquals("a.adoc", Location.of(Path.of("a.adoc")).toString());
    }

    @Test
    void diagnosticsCountBySeverity() {
        Diagnostics d = new Diagnostics();
        d.error(Location.of(Path.of("a")), "read.empty");
        d.warning(Location.of(Path.of("a")), "read.empty");
        d.note(Location.of(Path.of("a")), "read.empty");
        int mark = d.size();
        d.warning(Location.of(Path.of("a")), "read.empty");
        assertEquals(1, d.count(Severity.ERROR));
        assertEquals(2, d.count(Severity.WARNING));
        assertEquals(true, d.hasErrors());
        assertEquals(false, d.hasErrorsSince(mark));
        d.report(Severity.ERROR, Location.of(Path.of("a")), "include.missing", 42);
        assertEquals(true, d.hasErrorsSince(mark));
        assertEquals(List.of("42"), d.list().get(4).args());
    }
}
