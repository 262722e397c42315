package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MosaicLevyRouteTest {
    /** A 1.5 % levy on MOSAIC to the vectors' signer in the currency; OTHER_MOSAIC's levy was removed. */
    private final InMemoryState state = levies();

    private static InMemoryState levies() {
        InMemoryState state = Fixtures.levy(Fixtures.state(), Fixtures.MOSAIC,
                Fixtures.levy(LevyType.PERCENTILE, Fixtures.OWNER, Fixtures.CURRENCY, 150_000));
        state.cache(LevyCache.DESCRIPTOR).put(Fixtures.OTHER_MOSAIC, LevyEntry.of(Fixtures.OTHER_MOSAIC,
                Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY, 1)).remove(new Height(3)));
        return state;
    }

    private RouteResponse get(String id) {
        return new MosaicLevyRoute().handle(TestRequest.path("mosaicId", id), state.view());
    }

    @Test
    void answersTheLevyInForceAsTheSdkReadsIt() {
        // Act
        RouteResponse response = get("36CC4F72E42A81D3");

        // Assert: the recipient is the signer's mijin-test address from sdk-vectors.json
        assertEquals(RouteResponse.ok(Map.of("type", 2, "recipient", "90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223",
                "mosaicId", new Uint64(0x0DC67FBE1CAD29E3L), "fee", new Uint64(150_000))), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890ABCDEF", "0000000000000001"})
    void aRemovedOrNeverSetLevyIsNotFound(String id) {
        // Act and Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '" + id + "'"), get(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "36CC4F72E42A81D", "XYZ"})
    void aMalformedIdIsAnInvalidArgument(String id) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument("mosaicId has an invalid format"), get(id));
    }
}
