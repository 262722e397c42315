package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestRequestTest {

    @Test
    void aPathRequestHasItsParameterNoQueryAndAnEmptyBody() {
        // Act
        TestRequest request = TestRequest.path("accountId", "SAB");

        // Assert
        assertEquals("SAB", request.pathParameter("accountId"));
        assertEquals(Optional.empty(), request.queryParameter("pageSize"));
        assertArrayEquals(new byte[0], request.body());
    }

    @Test
    void asksForAPathParameterTheRequestHasNotGotFailAsInTheRestBundle() {
        // Arrange
        TestRequest request = TestRequest.path("accountId", "SAB");

        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request.pathParameter("height"));

        // Assert
        assertTrue(e.getMessage().contains("{height}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestRequest.empty().pathParameter("accountId"));
    }

    @Test
    void queryReturnsANewRequestWithTheParameterReplacingOneOfTheSameName() {
        // Arrange
        TestRequest request = TestRequest.path("accountId", "SAB");

        // Act
        TestRequest paged = request.query("pageSize", "10").query("id", "AB").query("pageSize", "20");

        // Assert
        assertEquals(Optional.of("20"), paged.queryParameter("pageSize"));
        assertEquals(Optional.of("AB"), paged.queryParameter("id"));
        assertEquals("SAB", paged.pathParameter("accountId"));
        assertEquals(Optional.empty(), request.queryParameter("pageSize"));
    }

    @Test
    void aJsonRequestCarriesItsTextAsUtf8AndReadsAsJson() {
        // Act
        TestRequest request = TestRequest.json("{\"publicKeys\": [\"é\"]}");

        // Assert
        assertArrayEquals("{\"publicKeys\": [\"é\"]}".getBytes(StandardCharsets.UTF_8), request.body());
        assertEquals(Map.of("publicKeys", java.util.List.of("é")), request.json());
    }

    @Test
    void theBodyIsCopiedInAndOut() {
        // Arrange
        byte[] bytes = {1, 2, 3};
        TestRequest request = TestRequest.body(bytes);

        // Act
        bytes[0] = 9;
        request.body()[1] = 9;

        // Assert
        assertArrayEquals(new byte[] {1, 2, 3}, request.body());
    }
}
