package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() {
        // Act
        Object value = JsonReader.parse(" {\"a\": [1, -2.5e3, \"x\\\"\\u0041\\n\"], \"b\": {\"c\": true, \"d\": false}, "
                + "\"e\": null, \"f\": []} ");

        // Assert
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), "x\"A\n"), map.get("a"));
        assertEquals(Map.of("c", true, "d", false), map.get("b"));
        assertSame(JsonReader.NULL, map.get("e"));
        assertEquals(List.of(), map.get("f"));
        assertEquals(List.of("a", "b", "e", "f"), List.copyOf(map.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "{a: 1}", "\"open", "01", "1.", "-", "1e",
        "tru", "nul", "[1] 2", "{\"a\": 1, \"a\": 2}", "\"\\x\"", "\"\\u12\"", "\"\u0001\""})
    void refusesWhatIsNotJson(String text) {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text));
    }

    @Test
    void refusesDeepNesting() {
        // Arrange
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 2) + "]".repeat(JsonReader.MAX_DEPTH + 2);
        String allowed = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);

        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(deep));
        assertTrue(JsonReader.parse(allowed) instanceof List<?>);
    }
}
