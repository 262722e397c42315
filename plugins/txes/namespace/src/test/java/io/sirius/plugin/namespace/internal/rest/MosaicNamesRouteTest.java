package io.sirius.plugin.namespace.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicNamesRouteTest {

    private static RouteResponse post(String json) {
        return new MosaicNamesRoute().handle(TestRequest.json(json), RestState.build().view());
    }

    @Test
    void namesTheActiveNamespacesAliasingEachMosaic() {
        // Act: alpha and the expired old alias MOSAIC; nothing aliases mosaic 1
        RouteResponse response = post("{\"mosaicIds\": [\"" + RestState.MOSAIC.toHex() + "\", \"0000000000000001\"]}");

        // Assert
        assertEquals(RouteResponse.ok(List.of(
                Map.of("mosaicId", new Uint64(RestState.MOSAIC.value()), "names", List.of("alpha")),
                Map.of("mosaicId", new Uint64(1), "names", List.of()))), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{} | mosaicIds must be an array",
        "{\"mosaicIds\": [\"36CC4F72E42A81D\"]} | element in array mosaicIds has an invalid format",
        "{\"mosaicIds\": [\"36CC4F72E42A81DX\"]} | element in array mosaicIds has an invalid format"})
    void badBodiesAreInvalidArguments(String json, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(json));
    }
}
