package io.sirius.plugin.upgrade.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpgradeAtHeightRouteTest {
    private static final BlockchainVersion V196 = BlockchainVersion.of(1, 9, 6, 0);
    private static final BlockchainVersion V200 = BlockchainVersion.of(2, 0, 0, 0);

    private final InMemoryState state = Fixtures.withUpgrade(Fixtures.withUpgrade(Fixtures.state(), 100, V196), 200, V200);

    private RouteResponse get(String height) {
        return new UpgradeAtHeightRoute().handle(TestRequest.path("height", height), state.view());
    }

    @ParameterizedTest(name = "/upgrade/{0} is the upgrade of height {1}")
    @CsvSource({"100, 100", "101, 100", "199, 100", "200, 200", "201, 200", "100000, 200"})
    void answersTheUpgradeInForceAtTheHeight(String height, long expected) {
        // Arrange
        BlockchainVersion version = expected == 100 ? V196 : V200;

        // Act
        RouteResponse response = get(height);

        // Assert
        assertEquals(200, response.status());
        assertEquals(Map.of("blockchainUpgrade", Map.of("height", new Uint64(expected), "blockchainVersion",
                new Uint64(version.value()))), response.body());
    }

    @Test
    void writesTheFieldsInTheOrderRestDoesAsLowAndHighWords() {
        // Act
        Map<?, ?> body = (Map<?, ?>) get("200").body();
        Map<?, ?> upgrade = (Map<?, ?>) body.get("blockchainUpgrade");

        // Assert
        assertEquals(List.of("height", "blockchainVersion"), List.copyOf(upgrade.keySet()));
        Uint64 version = (Uint64) upgrade.get("blockchainVersion");
        assertEquals(0, version.low());
        assertEquals(0x00020000L, version.high());
    }

    @ParameterizedTest(name = "/upgrade/{0}")
    @ValueSource(strings = {"0", "1", "99"})
    void answers404BelowTheFirstUpgrade(String height) {
        // Act
        RouteResponse response = get(height);

        // Assert
        assertEquals(404, response.status());
        assertEquals(Map.of("code", "ResourceNotFound", "message", "no resource exists with id '" + height + "'"),
                response.body());
    }

    @ParameterizedTest(name = "/upgrade/{0}")
    @ValueSource(strings = {"abc", "-1", "1.5", "", "18446744073709551616"})
    void answers409ToWhatIsNotAUint64(String height) {
        // Act
        RouteResponse response = get(height);

        // Assert
        assertEquals(409, response.status());
        assertEquals(Map.of("code", "InvalidArgument", "message", "height has an invalid format"), response.body());
    }

    @Test
    void answersTheLargestHeightWhenNothingWasEverScheduled() {
        // Act
        RouteResponse response = new UpgradeAtHeightRoute().handle(TestRequest.path("height", "18446744073709551615"),
                Fixtures.state().view());

        // Assert
        assertEquals(404, response.status());
    }

    @Test
    void refusesToProbeFurtherThanItsLimit() {
        // Arrange: the last upgrade is at 200
        String tooFar = Long.toString(200 + UpgradeAtHeightRoute.MAX_PROBES);
        String justInReach = Long.toString(200 + UpgradeAtHeightRoute.MAX_PROBES - 1);

        // Act
        RouteResponse refused = get(tooFar);
        RouteResponse answered = get(justInReach);

        // Assert
        assertEquals(409, refused.status());
        assertTrue(((Map<?, ?>) refused.body()).get("message").toString().contains("above the last upgrade"));
        assertEquals(200, answered.status());
    }

    @Test
    void describesItsRoute() {
        // Act and Assert
        assertEquals("GET", UpgradeAtHeightRoute.descriptor().method());
        assertEquals("/upgrade/{height}", UpgradeAtHeightRoute.descriptor().path());
    }
}
