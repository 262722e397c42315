package io.sirius.plugin.namespace.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceNamesRouteTest {

    private static RouteResponse post(String json) {
        return new NamespaceNamesRoute().handle(TestRequest.json(json), RestState.build().view());
    }

    @Test
    void answersEachLevelsOwnNameWithItsParentInTheOrderAskedLeavingOutUnknownIds() {
        // Act
        RouteResponse response = post("{\"namespaceIds\": [\"" + Fixtures.GAMMA.toHex() + "\", \"0123456789ABCDEF\", \""
                + Fixtures.ALPHA.toHex().toLowerCase() + "\", \"" + Fixtures.BETA.toHex() + "\"]}");

        // Assert
        assertEquals(RouteResponse.ok(List.of(
                Map.of("namespaceId", new Uint64(Fixtures.GAMMA.value()), "name", "gamma",
                        "parentId", new Uint64(Fixtures.BETA.value())),
                Map.of("namespaceId", new Uint64(Fixtures.ALPHA.value()), "name", "alpha"),
                Map.of("namespaceId", new Uint64(Fixtures.BETA.value()), "name", "beta",
                        "parentId", new Uint64(Fixtures.ALPHA.value())))), response);
    }

    @Test
    void anEmptyListHasNoNames() {
        // Act and Assert
        assertEquals(RouteResponse.ok(List.of()), post("{\"namespaceIds\": []}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[] | the body must be a JSON object",
        "{} | namespaceIds must be an array",
        "{\"namespaceIds\": \"0123456789ABCDEF\"} | namespaceIds must be an array",
        "{\"namespaceIds\": [1]} | element in array namespaceIds has an invalid format",
        "{\"namespaceIds\": [\"12\"]} | element in array namespaceIds has an invalid format"})
    void badBodiesAreInvalidArguments(String json, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(json));
    }

    @Test
    void refusesMoreIdsThanTheLimit() {
        // Arrange
        String ids = String.join(",", Collections.nCopies(NamespaceArguments.MAX_IDS, "\"0123456789ABCDEF\""));

        // Act and Assert
        assertEquals(RouteResponse.ok(List.of()), post("{\"namespaceIds\": [" + ids + "]}"));
        assertEquals(RouteResponse.invalidArgument("namespaceIds holds more than " + NamespaceArguments.MAX_IDS
                + " elements"), post("{\"namespaceIds\": [" + ids + ", \"0123456789ABCDEF\"]}"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnInvalidArgument() {
        // Act
        RouteResponse response = post("namespaceIds=1");

        // Assert
        assertEquals(409, response.status());
        assertEquals("InvalidArgument", ((Map<?, ?>) response.body()).get("code"));
    }
}
