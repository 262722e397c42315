package io.sirius.plugin.multisig.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultisigGraphRouteTest {
    /**
     * Three levels: 1 is a multisig of 2 and 3; 2 is a multisig of 4 and 5; 3 is a multisig of 5 and 6. Account 7 is
     * a second multisig of 2, so 2 sits below both 1 and 7.
     */
    private static final InMemoryState STATE = Fixtures.graph()
            .multisig(1, 2, 2, 2, 3)
            .multisig(2, 1, 1, 4, 5)
            .multisig(3, 2, 1, 5, 6)
            .multisig(7, 1, 1, 2)
            .state();

    private static RouteResponse graph(int account) {
        return MultisigGraphRoute.descriptor().handler()
                .handle(TestRequest.path("accountId", Fixtures.key(account).toHex()), STATE.view());
    }

    private static Object json(int account) {
        return MultisigJson.of(STATE.cache(MultisigCache.DESCRIPTOR).find(Fixtures.key(account)).orElseThrow());
    }

    private static Map<String, Object> level(int level, int... accounts) {
        return Map.of("level", level, "multisigEntries", java.util.Arrays.stream(accounts).mapToObj(
                MultisigGraphRouteTest::json).toList());
    }

    @Test
    void listsTheTopAccountAndEveryLevelBelowIt() {
        // Act
        RouteResponse response = graph(1);

        // Assert: 5 is below both 2 and 3 and is listed once
        assertEquals(200, response.status());
        assertEquals(List.of(level(0, 1), level(1, 2, 3), level(2, 4, 5, 6)), response.body());
    }

    @Test
    void listsTheLevelsAboveWithNegativeNumbersFirst() {
        // Act
        RouteResponse middle = graph(2);
        RouteResponse bottom = graph(5);

        // Assert
        assertEquals(List.of(level(-1, 1, 7), level(0, 2), level(1, 4, 5)), middle.body());
        assertEquals(List.of(level(-2, 1, 7), level(-1, 2, 3), level(0, 5)), bottom.body());
    }

    @Test
    void answers404And409LikeTheEntryRoute() {
        // Act
        RouteResponse unknown = graph(9);
        RouteResponse malformed = MultisigGraphRoute.descriptor().handler().handle(TestRequest.path("accountId", "XYZ"),
                STATE.view());

        // Assert
        assertEquals(404, unknown.status());
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), malformed);
        assertEquals("/account/{accountId}/multisig/graph", MultisigGraphRoute.descriptor().path());
    }
}
