package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicRequiredNotification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProperMosaicValidatorTest {

    /** The owner's mosaic, defined at 50 for 60 blocks: active from 50 to 109. */
    private static InMemoryState state() {
        return Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 60, 3, 0));
    }

    private static ResultCode validate(PublicKey signer, UnresolvedMosaicId id, long height) {
        return new ProperMosaicValidator().validate(new MosaicRequiredNotification(signer, id),
                Fixtures.context(state()).height(height).stateful());
    }

    @ParameterizedTest
    @CsvSource({"49, false", "50, true", "109, true", "110, false"})
    void theMosaicMustBeActiveAtTheHeight(long height, boolean active) {
        // Act
        ResultCode result = validate(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), height);

        // Assert
        assertEquals(active ? ResultCodes.SUCCESS : MosaicResults.EXPIRED, result);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OTHER, Fixtures.unresolved(Fixtures.MOSAIC), MosaicResults.OWNER_CONFLICT),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), MosaicResults.EXPIRED),
                Arguments.of(Fixtures.OWNER, Fixtures.UNKNOWN_ALIAS, MosaicResults.EXPIRED));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSignerMustOwnAMosaicThatExists(PublicKey signer, UnresolvedMosaicId id, ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(signer, id, Fixtures.HEIGHT));
    }
}
