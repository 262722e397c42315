package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MosaicsRouteTest {
    private final InMemoryState state = Fixtures.put(Fixtures.put(Fixtures.state(), MosaicRouteTest.ENTRY),
            Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 9));

    private RouteResponse post(String body) {
        return new MosaicsRoute().handle(TestRequest.json(body), state.view());
    }

    @Test
    void answersTheKnownMosaicsInRequestOrderOnceEach() {
        // Act
        RouteResponse response = post("{\"mosaicIds\": [\"36cc4f72e42a81d3\", \"0000000000000001\", "
                + "\"1234567890ABCDEF\", \"36CC4F72E42A81D3\"]}");

        // Assert
        assertEquals(200, response.status());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> body = (List<Map<String, Object>>) response.body();
        assertEquals(2, body.size());
        assertEquals(MosaicRouteTest.expected(), body.get(0));
        assertEquals(Map.of("id", "1234567890ABCDEF"), body.get(1).get("meta"));
    }

    @Test
    void anEmptyListOrOnlyUnknownIdsGiveAnEmptyArray() {
        // Act and Assert
        assertEquals(RouteResponse.ok(List.of()), post("{\"mosaicIds\": []}"));
        assertEquals(RouteResponse.ok(List.of()), post("{\"mosaicIds\": [\"0000000000000001\"]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[] | the body must be a JSON object",
        "{} | mosaicIds must be an array",
        "{\"mosaicIds\": \"36CC4F72E42A81D3\"} | mosaicIds must be an array",
        "{\"mosaicIds\": [36]} | element in array mosaicIds has an invalid format",
        "{\"mosaicIds\": [null]} | element in array mosaicIds has an invalid format",
        "{\"mosaicIds\": [\"36CC4F72E42A81D\"]} | element in array mosaicIds has an invalid format",
        "{\"mosaicIds\": [\"36CC4F72E42A81DG\"]} | element in array mosaicIds has an invalid format"})
    void aMalformedBodyIsAnInvalidArgument(String body, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mosaicIds=36CC4F72E42A81D3", "{\"mosaicIds\": [\"36CC4F72E42A81D3\"]",
        "{\"mosaicIds\": [], \"mosaicIds\": []}"})
    void aBodyThatIsNotJsonIsAnInvalidArgument(String body) {
        // Act
        RouteResponse response = post(body);

        // Assert
        assertEquals(409, response.status());
        assertTrue(((Map<?, ?>) response.body()).get("message").toString().startsWith("the body is not JSON: "));
    }

    @Test
    void aBodyThatIsNotUtf8IsAnInvalidArgument() {
        // Act
        RouteResponse response = new MosaicsRoute().handle(TestRequest.body(new byte[] {'[', (byte) 0xC3, ']'}),
                state.view());

        // Assert
        assertEquals(RouteResponse.invalidArgument("the body is not UTF-8 text"), response);
    }

    @Test
    void refusesMoreIdsThanTheLimit() {
        // Arrange
        String ids = String.join(",", Collections.nCopies(MosaicsRoute.MAX_IDS + 1, "\"0000000000000001\""));

        // Act and Assert
        assertEquals(RouteResponse.invalidArgument("mosaicIds holds more than " + MosaicsRoute.MAX_IDS + " elements"),
                post("{\"mosaicIds\": [" + ids + "]}"));
        assertEquals(200, post("{\"mosaicIds\": [" + ids.substring(ids.indexOf(',') + 1) + "]}").status());
    }
}
