package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MosaicRouteTest {
    /** Supply 2^32 + 5, defined at 7 by the vectors' signer, revision 3, flags 2, divisibility 6, duration 1000. */
    static final MosaicEntry ENTRY = new MosaicEntry(Fixtures.MOSAIC, new Amount((1L << 32) + 5), new MosaicDefinition(
            new Height(7), Fixtures.OWNER, 3, new MosaicProperties(2, 6, new BlockDuration(1000))));

    private final InMemoryState state = Fixtures.put(Fixtures.state(), ENTRY);

    /** The SDK's MosaicInfoDTO for {@link #ENTRY}. */
    static Map<String, Object> expected() {
        return Map.of("meta", Map.of("id", "36CC4F72E42A81D3"), "mosaic", Map.of(
                "mosaicId", new Uint64(0x36CC4F72E42A81D3L),
                "supply", new Uint64((1L << 32) + 5),
                "height", new Uint64(7),
                "owner", "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117",
                "revision", 3L,
                "properties", List.of(Map.of("id", 0, "value", new Uint64(2)), Map.of("id", 1, "value", new Uint64(6)),
                        Map.of("id", 2, "value", new Uint64(1000)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"36CC4F72E42A81D3", "36cc4f72e42a81d3"})
    void answersTheMosaicAsTheSdkReadsIt(String id) {
        // Act
        RouteResponse response = new MosaicRoute().handle(TestRequest.path("mosaicId", id), state.view());

        // Assert
        assertEquals(RouteResponse.ok(expected()), response);
    }

    @Test
    void anUnknownMosaicIsNotFound() {
        // Act
        RouteResponse response = new MosaicRoute().handle(TestRequest.path("mosaicId", "1234567890ABCDEF"),
                state.view());

        // Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '1234567890ABCDEF'"), response);
        assertEquals(404, response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "36CC4F72E42A81D", "36CC4F72E42A81D3A", "36CC4F72E42A81DG", "prx.xpx", "-6CC4F72E42A81D3",
        "\u06636CC4F72E42A81D"})
    void aMalformedIdIsAnInvalidArgument(String id) {
        // Act
        RouteResponse response = new MosaicRoute().handle(TestRequest.path("mosaicId", id), state.view());

        // Assert
        assertEquals(409, response.status());
        assertEquals(RouteResponse.invalidArgument("mosaicId has an invalid format"), response);
    }
}
