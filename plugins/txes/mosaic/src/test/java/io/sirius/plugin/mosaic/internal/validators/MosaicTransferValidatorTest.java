package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicFlags;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicTransferValidatorTest {

    private static ResultCode validate(InMemoryState state, PublicKey sender, UnresolvedAddress recipient,
            UnresolvedMosaicId mosaic, long height) {
        return new MosaicTransferValidator().validate(new BalanceTransferNotification(sender, recipient, mosaic, new Amount(1)),
                Fixtures.context(state).height(height).stateful());
    }

    private static InMemoryState withMosaic(int flags) {
        return Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 60, flags, 1000));
    }

    static Stream<Arguments> parties() {
        return Stream.of(
                // transferable: anyone to anyone
                Arguments.of(MosaicFlags.TRANSFERABLE, Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), ResultCodes.SUCCESS),
                Arguments.of(MosaicFlags.ALL, Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), ResultCodes.SUCCESS),
                // not transferable: only to or from the owner
                Arguments.of(MosaicFlags.SUPPLY_MUTABLE, Fixtures.OWNER, Fixtures.unresolved(Fixtures.THIRD), ResultCodes.SUCCESS),
                Arguments.of(MosaicFlags.NONE, Fixtures.OTHER, Fixtures.unresolved(Fixtures.OWNER), ResultCodes.SUCCESS),
                Arguments.of(MosaicFlags.NONE, Fixtures.OTHER, Fixtures.OWNER_ALIAS, ResultCodes.SUCCESS),
                Arguments.of(MosaicFlags.NONE, Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), MosaicResults.NON_TRANSFERABLE),
                Arguments.of(MosaicFlags.SUPPLY_MUTABLE, Fixtures.THIRD, Fixtures.unresolved(Fixtures.OTHER),
                        MosaicResults.NON_TRANSFERABLE));
    }

    @ParameterizedTest
    @MethodSource("parties")
    void aNonTransferableMosaicMovesOnlyToOrFromItsOwner(int flags, PublicKey sender, UnresolvedAddress recipient,
            ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(withMosaic(flags), sender, recipient, Fixtures.unresolved(Fixtures.MOSAIC),
                Fixtures.HEIGHT));
    }

    @ParameterizedTest
    @CsvSource({"49, false", "50, true", "109, true", "110, false"})
    void theMosaicMustBeActive(long height, boolean active) {
        // Act
        ResultCode result = validate(withMosaic(MosaicFlags.ALL), Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD),
                Fixtures.MOSAIC_ALIAS, height);

        // Assert
        assertEquals(active ? ResultCodes.SUCCESS : MosaicResults.EXPIRED, result);
    }

    static Stream<Arguments> unknown() {
        return Stream.of(
                Arguments.of(Fixtures.unresolved(Fixtures.OTHER_MOSAIC), MosaicResults.EXPIRED),
                Arguments.of(Fixtures.UNKNOWN_ALIAS, MosaicResults.EXPIRED),
                Arguments.of(Fixtures.unresolved(Fixtures.CURRENCY), ResultCodes.SUCCESS));
    }

    @ParameterizedTest
    @MethodSource("unknown")
    void onlyTheCurrencyPassesWithoutADefinition(UnresolvedMosaicId mosaic, ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(Fixtures.state(), Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), mosaic,
                Fixtures.HEIGHT));
    }
}
