package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.Uint64;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Json json = new Json();

    @Test
    void uint64IsWrittenAsTwoUnsigned32BitHalves() {
        // Arrange
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("small", new Uint64(1));
        body.put("high", new Uint64(0x0000_0001_8000_0000L));
        body.put("max", new Uint64(-1L));
        body.put("list", List.of(new Uint64(0x50198FA973244760L)));

        // Act
        String text = json.writeString(body);

        // Assert
        assertEquals("{\"small\":[1,0],\"high\":[2147483648,1],\"max\":[4294967295,4294967295],"
                + "\"list\":[[1931757408,1343852457]]}", text);
    }

    @Test
    void refusesEmptyMalformedDuplicatedDeeplyNestedAndTrailingBodiesWith409() {
        // Arrange
        List<String> bodies = List.of("", "{payload", "{\"payload\":\"00\",\"payload\":\"01\"}", "[".repeat(40) + "]".repeat(40),
                "{\"payload\":\"00\"} trailing", "{\"payload\":\"00\"}{\"payload\":\"01\"}", "1 2");

        for (String body : bodies) {
            // Act
            ApiException e = assertThrows(ApiException.class, () -> json.read(body.getBytes(StandardCharsets.UTF_8)));

            // Assert
            assertEquals(409, e.status(), body);
            assertEquals("InvalidArgument", e.code(), body);
        }
    }

    @Test
    void readsAnAnnouncement() {
        // Act
        var node = json.read("{\"payload\":\"A5\"}".getBytes(StandardCharsets.UTF_8));

        // Assert
        assertTrue(node.has("payload"));
        assertEquals("A5", node.get("payload").asText());
    }
}
