package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MosaicsRouteTest {
    private final InMemoryState state = Fixtures.put(Fixtures.put(Fixtures.state(), MosaicRouteTest.ENTRY),
            Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 9));

    private RouteResponse post(String body) {
        return new MosaicsRoute().handle(Requests.body(body), state.view());
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

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{}", "{\"mosaicIds\": \"36CC4F72E42A81D3\"}", "{\"mosaicIds\": [36]}",
        "{\"mosaicIds\": [\"36CC4F72E42A81D\"]}", "{\"mosaicIds\": [\"36CC4F72E42A81D3\"]", "{\"mosaicIds\": [null]}"})
    void aMalformedBodyIsAnInvalidArgument(String body) {
        // Act and Assert
        assertEquals(409, post(body).status());
    }

    @Test
    void refusesMoreIdsThanTheLimit() {
        // Arrange
        String ids = String.join(",", Collections.nCopies(MosaicsRoute.MAX_IDS + 1, "\"0000000000000001\""));

        // Act and Assert
        assertEquals(409, post("{\"mosaicIds\": [" + ids + "]}").status());
        assertEquals(200, post("{\"mosaicIds\": [" + ids.substring(ids.indexOf(',') + 1) + "]}").status());
    }
}
