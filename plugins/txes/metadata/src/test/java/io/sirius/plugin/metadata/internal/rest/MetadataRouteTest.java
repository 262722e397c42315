package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataRouteTest {
    private static final String HASH = "E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF";

    private final InMemoryState state = Fixtures.state(Fixtures.plainEntry("hello"));

    private RouteResponse get(String hash) {
        return new MetadataRoute().handle(TestRequest.path("compositeHash", hash), state.view());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {HASH, "e92a2d4232698a6d63cff470542ee759dc2c8303e776728398b7243b0afd4ddf"})
    void answersTheEntryOfTheHashInEitherCase(String hash) {
        // Act
        RouteResponse response = get(hash);

        // Assert
        assertEquals(200, response.status());
        assertEquals(MetadataView.of(Fixtures.plainEntry("hello")), response.body());
    }

    @Test
    void answers404ForAHashWithoutAnEntry() {
        // Arrange
        String other = "0".repeat(64);

        // Act
        RouteResponse response = get(other);

        // Assert
        assertEquals(404, response.status());
        assertEquals(Map.of("code", "ResourceNotFound", "message", "no resource exists with id '" + other + "'"),
                response.body());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "E92A", HASH + "00", "G92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF",
        "\u0669" + "92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF"})
    void answers409ToWhatIsNotAHash(String hash) {
        // Act
        RouteResponse response = get(hash);

        // Assert
        assertEquals(409, response.status());
        assertEquals(Map.of("code", "InvalidArgument", "message", "compositeHash has an invalid format"), response.body());
    }

    @Test
    void describesItsRoute() {
        // Act and Assert
        assertEquals("GET", MetadataRoute.descriptor().method());
        assertEquals("/metadata_v2/{compositeHash}", MetadataRoute.descriptor().path());
    }
}
