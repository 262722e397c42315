package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static Object parse(String text) {
        return JsonBody.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheBodyTheSdkSends() {
        // Act
        Object json = parse("{\"compositeHashes\":[\"AB\",\"cd\"]}");

        // Assert
        assertEquals(Map.of("compositeHashes", List.of("AB", "cd")), json);
    }

    @Test
    void readsEveryKindOfValueWithWhitespace() {
        // Act
        Object json = parse(" {\n \"a\" : [1, -2.5e3, 0, true, false, null, {}, []],\t\"b\": \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\" } ");

        // Assert
        Map<?, ?> map = (Map<?, ?>) json;
        List<?> a = (List<?>) map.get("a");
        assertEquals(new BigDecimal("1"), a.get(0));
        assertEquals(new BigDecimal("-2.5e3"), a.get(1));
        assertEquals(new BigDecimal("0"), a.get(2));
        assertEquals(Boolean.TRUE, a.get(3));
        assertEquals(Boolean.FALSE, a.get(4));
        assertSame(JsonBody.NULL, a.get(5));
        assertEquals(Map.of(), a.get(6));
        assertEquals(List.of(), a.get(7));
        assertEquals("x\"\\/\b\f\n\r\t\u00e9", map.get("b"));
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        // Arrange
        String deepest = "[".repeat(JsonBody.MAX_DEPTH + 1) + "]".repeat(JsonBody.MAX_DEPTH + 1);
        String tooDeep = "[".repeat(JsonBody.MAX_DEPTH + 2) + "]".repeat(JsonBody.MAX_DEPTH + 2);

        // Act and Assert
        parse(deepest);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(tooDeep));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "{", "}", "[1,]", "[1 2]", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\":1,}", "\"open",
        "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "01", "-", "1.", "1e", "+1", "tru", "nul", "[1]x", "{} {}", "\"a\u0001\"",
        "1e99999999999"})
    void refusesWhatIsNotJson(String text) {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));

        // Assert
        assertTrue(e.getMessage().startsWith("the body is not JSON"), e.getMessage());
    }

    @Test
    void refusesWhatIsNotUtf8() {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonBody.parse(new byte[] {'"', (byte) 0xC3, '"'}));

        // Assert
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
