package io.sirius.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
    void readsEveryKindOfValue() {
        // Act
        Object value = read(" {\"ids\": [\"0A\", 1, -2.5e3, true, false, null], \"o\": {}, \"a\": [] } ");

        // Assert
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ids", new ArrayList<>(Arrays.asList("0A", new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false,
                null)));
        expected.put("o", Map.of());
        expected.put("a", List.of());
        assertEquals(expected, value);
    }

    @Test
    void decodesEscapesAndUnicode() {
        // Act and Assert
        assertEquals("a\"\\/\b\f\n\r\t\u00e9\u20ac", read("\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\u20ac\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1,\"a\":2}", "\"open",
        "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "01", "1.", "1e", "-", "+1", "tru", "nul", "[1] [2]", "{} x", "\"a\u0001\""})
    void refusesWhatIsNotExactlyOneJsonValue(String json) {
        // Act
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> read(json));

        // Assert
        assertTrue(e.getMessage().startsWith("the body is not JSON"), e.getMessage());
    }

    @Test
    void limitsTheNesting() {
        // Arrange
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 2) + "]".repeat(JsonReader.MAX_DEPTH + 2);
        String allowed = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);

        // Act and Assert
        assertThrows(InvalidArgumentException.class, () -> read(deep));
        assertTrue(read(allowed) instanceof List);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        // Arrange: a lone continuation byte inside a string
        byte[] body = {'"', (byte) 0x80, '"'};

        // Act
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> JsonReader.read(body));

        // Assert
        assertEquals("the body is not UTF-8 text", e.getMessage());
    }
}
