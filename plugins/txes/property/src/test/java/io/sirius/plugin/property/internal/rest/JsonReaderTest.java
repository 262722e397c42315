package io.sirius.plugin.property.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    private static Object read(String json) {
        return JsonReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        // Act
        Object value = read(" {\"a\": [\"x\\n\\u0041\", 1.5, -2e3, true, false, null], \"b\": {}} ");

        // Assert
        assertEquals(Map.of("a", Arrays.asList("x\nA", 1.5, -2000.0, true, false, null), "b", Map.of()), value);
        assertEquals(List.of(), read("[]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "{1: 2}", "\"\\x\"", "\"\\u12\"", "01", "tru", "[] []",
        "\"a\u0001\""})
    void refusesMalformedJson(String json) {
        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> read(json));
    }

    @Test
    void refusesDeepNesting() {
        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> read("[".repeat(100_000)));
    }
}
