package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.RouteResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterTest {
    private static final Route GENERIC = Route.of("GET", "/transactions/{group}/{id}", r -> RouteResponse.ok("generic"));
    private static final Route CONFIRMED = Route.of("GET", "/transactions/confirmed/{id}", r -> RouteResponse.ok("confirmed"));
    private static final Route ANNOUNCE = Route.of("PUT", "/transactions", r -> RouteResponse.ok("announce"));
    private static final List<Route> ROUTES = List.of(GENERIC, CONFIRMED, ANNOUNCE);

    @Test
    void theRouteWithMoreLiteralSegmentsWinsWhateverTheOrder() {
        // Act
        Optional<Router.Match> match = Router.find(ROUTES, "GET", "/transactions/confirmed/AB");
        Optional<Router.Match> other = Router.find(ROUTES, "GET", "/transactions/partial/AB");

        // Assert
        assertEquals(CONFIRMED, match.orElseThrow().route());
        assertEquals(Map.of("id", "AB"), match.orElseThrow().parameters());
        assertEquals(GENERIC, other.orElseThrow().route());
        assertEquals(Map.of("group", "partial", "id", "AB"), other.orElseThrow().parameters());
    }

    @Test
    void aKnownPathWithAnotherMethodIsToldApartFromAnUnknownPath() {
        // Act
        Optional<Router.Match> wrongMethod = Router.find(ROUTES, "GET", "/transactions");
        Optional<Router.Match> unknown = Router.find(ROUTES, "GET", "/transaction");

        // Assert
        assertTrue(wrongMethod.isPresent());
        assertNull(wrongMethod.get().route());
        assertTrue(unknown.isEmpty());
    }

    @Test
    void parametersAreDecodedAndMayNotBeEmpty() {
        // Arrange
        PathPattern pattern = new PathPattern("/account/{accountId}/names");

        // Act
        Optional<Map<String, String>> decoded = pattern.match("/account/A%20B/names");
        Optional<Map<String, String>> empty = pattern.match("/account//names");
        Optional<Map<String, String>> trailingSlash = pattern.match("/account/X/names/");
        Optional<Map<String, String>> longer = pattern.match("/account/X/names/more");

        // Assert
        assertEquals(Map.of("accountId", "A B"), decoded.orElseThrow());
        assertTrue(empty.isEmpty());
        assertEquals(Map.of("accountId", "X"), trailingSlash.orElseThrow());
        assertTrue(longer.isEmpty());
        assertEquals(2, pattern.specificity());
    }
}
