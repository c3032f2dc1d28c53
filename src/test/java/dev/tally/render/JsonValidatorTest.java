package dev.tally.render;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The test's own JSON validator must reject what is not JSON, or the JSON tests prove nothing. */
class JsonValidatorTest {

    @Test
    void acceptsJson() {
        assertEquals(Map.of("a", List.of(new BigDecimal("1.50"), "x\"y")),
                JsonValidator.parse(" {\"a\": [1.50, \"x\\\"y\"]}\n"));
    }

    @Test
    void rejectsWhatIsNotJson() {
        for (String bad : List.of("{a: 1}", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "\"tab\there\"", "[\"\\x\"]",
                "{\"a\":1}{", "[NaN]", "{\"a\":1,\"a\":2}", "[1e]", "'a'")) {
            assertThrows(IllegalArgumentException.class, () -> JsonValidator.parse(bad), bad);
        }
    }
}
