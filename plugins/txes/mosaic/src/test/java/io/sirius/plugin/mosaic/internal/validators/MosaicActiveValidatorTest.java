package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicActiveNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicActiveValidatorTest {

    private static ResultCode validate(InMemoryState state, UnresolvedMosaicId id, long offerExpiration) {
        return new MosaicActiveValidator().validate(new MosaicActiveNotification(id, new Height(offerExpiration)),
                Fixtures.context(state).stateful());
    }

    @ParameterizedTest
    @CsvSource({"109, true", "110, true", "111, false"})
    void anOfferMayNotOutliveAMortalMosaic(long offerExpiration, boolean allowed) {
        // Arrange: defined at 50 for 60 blocks, so it expires at 110
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 60, 3, 0));

        // Act
        ResultCode result = validate(state, Fixtures.MOSAIC_ALIAS, offerExpiration);

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.OFFER_DURATION_EXCEEDS_MOSAIC_DURATION, result);
    }

    @Test
    void anEternalMosaicOutlivesAnyOffer() {
        // Arrange
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 0, 3, 0));

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), -1));
    }

    @Test
    void anUnknownOrExpiredMosaicIsAnInvalidId() {
        // Arrange: expired at 100
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 50, 3, 0));

        // Act and Assert
        assertEquals(MosaicResults.INVALID_ID, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 100));
        assertEquals(MosaicResults.INVALID_ID, validate(state, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), 100));
    }
}
