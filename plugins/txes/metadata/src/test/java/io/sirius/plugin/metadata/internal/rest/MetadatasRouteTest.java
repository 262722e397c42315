package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadatasRouteTest {
    private static final MetadataEntry ACCOUNT = Fixtures.plainEntry("hello");
    private static final MetadataEntry MOSAIC = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET,
            Fixtures.NAME_KEY, MetadataType.MOSAIC, Fixtures.MOSAIC), Fixtures.bytes("ab"), 2, false);
    private static final String MISSING = "0".repeat(64);

    private final InMemoryState state = Fixtures.state(ACCOUNT, MOSAIC);

    private RouteResponse post(String body) {
        return new MetadatasRoute().handle(Requests.of(Map.of(), body), state.view());
    }

    private static String hash(MetadataEntry entry) {
        return entry.key().compositeHash().toHex();
    }

    @Test
    void answersTheEntriesFoundInTheOrderAskedOnceEach() {
        // Arrange
        String body = "{\"compositeHashes\": [\"" + hash(MOSAIC) + "\", \"" + MISSING + "\", \"" + hash(ACCOUNT).toLowerCase()
                + "\", \"" + hash(MOSAIC) + "\"]}";

        // Act
        RouteResponse response = post(body);

        // Assert
        assertEquals(200, response.status());
        assertEquals(List.of(MetadataView.of(MOSAIC), MetadataView.of(ACCOUNT)), response.body());
    }

    @Test
    void answersAnEmptyArrayWhenNothingIsFound() {
        // Act and Assert
        assertEquals(List.of(), post("{\"compositeHashes\": [\"" + MISSING + "\"]}").body());
        assertEquals(List.of(), post("{\"compositeHashes\": []}").body());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "[]", "{}", "{\"compositeHashes\": \"AB\"}", "{\"hashes\": []}", "not json"})
    void answers409ToABodyWithoutTheArray(String body) {
        // Act
        RouteResponse response = post(body);

        // Assert
        assertEquals(409, response.status());
        assertEquals("InvalidArgument", ((Map<?, ?>) response.body()).get("code"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[\"AB\"]", "[1]", "[null]", "[[]]",
        "[\"00000000000000000000000000000000000000000000000000000000000000000\"]"})
    void answers409ToAnElementThatIsNotAHash(String array) {
        // Act
        RouteResponse response = post("{\"compositeHashes\": " + array + "}");

        // Assert
        assertEquals(409, response.status());
        assertEquals(Map.of("code", "InvalidArgument", "message", "compositeHashes has an invalid format"), response.body());
    }

    @Test
    void limitsTheHashesPerRequest() {
        // Arrange
        String atLimit = "{\"compositeHashes\": [" + String.join(",",
                Collections.nCopies(MetadatasRoute.MAX_HASHES, "\"" + MISSING + "\"")) + "]}";
        String overLimit = "{\"compositeHashes\": [" + String.join(",",
                Collections.nCopies(MetadatasRoute.MAX_HASHES + 1, "\"" + MISSING + "\"")) + "]}";

        // Act
        RouteResponse accepted = post(atLimit);
        RouteResponse refused = post(overLimit);

        // Assert
        assertEquals(200, accepted.status());
        assertEquals(409, refused.status());
        assertTrue(((Map<?, ?>) refused.body()).get("message").toString().contains("at most 100"));
    }

    @Test
    void describesItsRoute() {
        // Act and Assert
        assertEquals("POST", MetadatasRoute.descriptor().method());
        assertEquals("/metadata_v2", MetadatasRoute.descriptor().path());
    }
}
