package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadatasRouteTest {
    private static final MetadataEntry ACCOUNT = Fixtures.plainEntry("hello");
    private static final MetadataEntry MOSAIC = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET,
            Fixtures.NAME_KEY, MetadataType.MOSAIC, Fixtures.MOSAIC), Fixtures.bytes("ab"), 2, false);
    private static final String MISSING = "0".repeat(64);

    private final InMemoryState state = Fixtures.state(ACCOUNT, MOSAIC);

    private RouteResponse post(String body) {
        return new MetadatasRoute().handle(TestRequest.json(body), state.view());
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
    @CsvSource(delimiter = '|', value = {
        "[] | the body must be a JSON object",
        "{} | compositeHashes must be an array",
        "{\"compositeHashes\": \"AB\"} | compositeHashes must be an array",
        "{\"hashes\": []} | compositeHashes must be an array"})
    void answers409ToABodyWithoutTheArray(String body, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(body));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "not json", "{\"compositeHashes\": [}", "{\"compositeHashes\": [], \"compositeHashes\": []}"})
    void answers409ToABodyThatIsNotJson(String body) {
        // Act
        RouteResponse response = post(body);

        // Assert
        assertEquals(409, response.status());
        assertTrue(((Map<?, ?>) response.body()).get("message").toString().startsWith("the body is not JSON: "));
    }

    @Test
    void answers409ToABodyThatIsNotUtf8() {
        // Act
        RouteResponse response = new MetadatasRoute().handle(TestRequest.body(new byte[] {'{', (byte) 0xFF, '}'}),
                state.view());

        // Assert
        assertEquals(RouteResponse.invalidArgument("the body is not UTF-8 text"), response);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[\"AB\"]", "[1]", "[null]", "[[]]",
        "[\"00000000000000000000000000000000000000000000000000000000000000000\"]"})
    void answers409ToAnElementThatIsNotAHash(String array) {
        // Act
        RouteResponse response = post("{\"compositeHashes\": " + array + "}");

        // Assert
        assertEquals(RouteResponse.invalidArgument("element in array compositeHashes has an invalid format"), response);
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
        assertEquals(RouteResponse.invalidArgument("compositeHashes holds more than 100 elements"), refused);
    }

    @Test
    void describesItsRoute() {
        // Act and Assert
        assertEquals("POST", MetadatasRoute.descriptor().method());
        assertEquals("/metadata_v2", MetadatasRoute.descriptor().path());
    }
}
