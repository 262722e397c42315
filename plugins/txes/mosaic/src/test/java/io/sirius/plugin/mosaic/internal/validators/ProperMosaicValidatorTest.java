package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProperMosaicValidatorTest {

    /**
     * The owner's mosaic, defined at 50 for 60 blocks (active from 50 to 109), which {@link Fixtures#MOSAIC_ALIAS}
     * names, and the other account's eternal mosaic.
     */
    private static InMemoryState state() {
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 60, 3, 0));
        return Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 0));
    }

    private static ResultCode validate(PublicKey owner, UnresolvedMosaicId id, long height) {
        return new ProperMosaicValidator().validate(new MosaicRequiredNotification(owner, id),
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

    @ParameterizedTest
    @CsvSource({"49, false", "50, true", "109, true", "110, false"})
    void anAliasIsJudgedAsTheMosaicItResolvesTo(long height, boolean active) {
        // Act
        ResultCode result = validate(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, height);

        // Assert
        assertEquals(active ? ResultCodes.SUCCESS : MosaicResults.EXPIRED, result);
    }

    static Stream<Arguments> owners() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OTHER, Fixtures.unresolved(Fixtures.MOSAIC), MosaicResults.OWNER_CONFLICT),
                Arguments.of(Fixtures.OTHER, Fixtures.MOSAIC_ALIAS, MosaicResults.OWNER_CONFLICT),
                Arguments.of(Fixtures.NETWORK, Fixtures.unresolved(Fixtures.MOSAIC), MosaicResults.OWNER_CONFLICT),
                Arguments.of(Fixtures.OTHER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), MosaicResults.OWNER_CONFLICT));
    }

    @ParameterizedTest
    @MethodSource("owners")
    void theMosaicMustBelongToTheClaimedOwner(PublicKey owner, UnresolvedMosaicId id, ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(owner, id, Fixtures.HEIGHT));
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.CURRENCY)),
                Arguments.of(Fixtures.OWNER, Fixtures.UNKNOWN_ALIAS),
                Arguments.of(Fixtures.OTHER, Fixtures.UNKNOWN_ALIAS));
    }

    @ParameterizedTest
    @MethodSource("missing")
    void aMosaicThatIsNotInTheCacheOrAnAliasOfNothingIsExpired(PublicKey owner, UnresolvedMosaicId id) {
        // Act and Assert
        assertEquals(MosaicResults.EXPIRED, validate(owner, id, Fixtures.HEIGHT));
    }

    @ParameterizedTest
    @CsvSource({"110", "1000"})
    void expiryIsJudgedBeforeOwnership(long height) {
        // Act: another account claims the owner's expired mosaic
        ResultCode result = validate(Fixtures.OTHER, Fixtures.unresolved(Fixtures.MOSAIC), height);

        // Assert
        assertEquals(MosaicResults.EXPIRED, result);
    }
}
