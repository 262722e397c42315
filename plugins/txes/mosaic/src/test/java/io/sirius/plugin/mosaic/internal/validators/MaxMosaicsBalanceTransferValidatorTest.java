package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxMosaicsBalanceTransferValidatorTest {

    private static ResultCode validate(InMemoryState state, int max, UnresolvedAddress recipient, UnresolvedMosaicId mosaic,
            long amount) {
        return new MaxMosaicsBalanceTransferValidator().validate(
                new BalanceTransferNotification(Fixtures.OTHER, recipient, mosaic, new Amount(amount)),
                Fixtures.context(state).config(MosaicConfig.SECTION, Fixtures.config("maxMosaicsPerAccount", "" + max))
                        .stateful());
    }

    /** The owner holds {@code count} mosaics other than {@link Fixtures#MOSAIC}. */
    private static InMemoryState holding(int count) {
        long[] balances = new long[2 * count];
        for (int i = 0; i < count; i++) {
            balances[2 * i] = 1000 + i;
            balances[2 * i + 1] = 1;
        }
        return Fixtures.account(Fixtures.state(), Fixtures.OWNER, balances);
    }

    @ParameterizedTest
    @CsvSource({"2, 1, true", "2, 2, false", "2, 3, false", "0, 0, false", "10000, 9999, true"})
    void aNewMosaicNeedsRoomBelowTheMaximum(int max, int held, boolean allowed) {
        // Act
        ResultCode result = validate(holding(held), max, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.unresolved(Fixtures.MOSAIC), 1);

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.MAX_MOSAICS_EXCEEDED, result);
    }

    @Test
    void aMosaicAlreadyHeldNeedsNoRoom() {
        // Arrange
        InMemoryState state = Fixtures.account(Fixtures.state(), Fixtures.OWNER, Fixtures.MOSAIC.value(), 5, 1000, 1);

        // Act and Assert: through an alias of the mosaic and of the recipient
        assertEquals(ResultCodes.SUCCESS, validate(state, 2, Fixtures.OWNER_ALIAS, Fixtures.MOSAIC_ALIAS, 1));
    }

    @Test
    void zeroAmountsUnknownAccountsAndUnresolvedAliasesPass() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(holding(2), 2, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.unresolved(Fixtures.MOSAIC), 0));
        assertEquals(ResultCodes.SUCCESS, validate(holding(2), 2, Fixtures.unresolved(Fixtures.THIRD),
                Fixtures.unresolved(Fixtures.MOSAIC), 1));
        assertEquals(ResultCodes.SUCCESS, validate(holding(2), 2, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.UNKNOWN_ALIAS, 1));
    }
}
