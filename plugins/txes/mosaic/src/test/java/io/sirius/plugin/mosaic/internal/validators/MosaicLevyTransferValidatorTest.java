package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicLevyTransferValidatorTest {

    /** The owner's mosaic (eternal) carries a levy of the given type and fee, paid in `levyMosaic`; OTHER holds both. */
    private static InMemoryState state(LevyType type, long fee, MosaicId levyMosaic, long heldMosaic, long heldLevyMosaic) {
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0));
        Fixtures.levy(state, Fixtures.MOSAIC, Fixtures.levy(type, Fixtures.THIRD, levyMosaic, fee));
        if (levyMosaic.equals(Fixtures.MOSAIC)) {
            return Fixtures.account(state, Fixtures.OTHER, Fixtures.MOSAIC.value(), heldMosaic);
        }
        return Fixtures.account(state, Fixtures.OTHER, Fixtures.MOSAIC.value(), heldMosaic, levyMosaic.value(), heldLevyMosaic);
    }

    private static ResultCode validate(InMemoryState state, UnresolvedMosaicId mosaic, long amount, String levyEnabled) {
        return new MosaicLevyTransferValidator().validate(new BalanceTransferNotification(Fixtures.OTHER,
                Fixtures.unresolved(Fixtures.THIRD), mosaic, new Amount(amount)), Fixtures.context(state)
                .config(MosaicConfig.SECTION, Fixtures.config("levyEnabled", levyEnabled)).stateful());
    }

    @ParameterizedTest
    @CsvSource({"9, false", "10, true", "11, true"})
    void anAbsoluteLevyInAnotherMosaicNeedsTheFee(long heldCurrency, boolean allowed) {
        // Arrange: a levy of 10 currency units
        InMemoryState state = state(LevyType.ABSOLUTE, 10, Fixtures.CURRENCY, 1000, heldCurrency);

        // Act
        ResultCode result = validate(state, Fixtures.MOSAIC_ALIAS, 1000, "true");

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.INSUFFICIENT_LEVY_BALANCE, result);
    }

    @ParameterizedTest
    @CsvSource({"1014, false", "1015, true"})
    void aLevyInTheSentMosaicNeedsTheAmountPlusTheFee(long held, boolean allowed) {
        // Arrange: 1.5 % of 1000 is 15, paid in the mosaic sent
        InMemoryState state = state(LevyType.PERCENTILE, 150_000, Fixtures.MOSAIC, held, 0);

        // Act
        ResultCode result = validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 1000, "true");

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.INSUFFICIENT_LEVY_BALANCE, result);
    }

    @Test
    void anAmountPlusFeePastTwoToTheSixtyFourIsInsufficient() {
        // Arrange
        InMemoryState state = state(LevyType.ABSOLUTE, 10, Fixtures.MOSAIC, -1, 0);

        // Act and Assert
        assertEquals(MosaicResults.INSUFFICIENT_LEVY_BALANCE, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), -5, "true"));
    }

    @Test
    void aLevyPaidInAnExpiredMosaicCannotBeCharged() {
        // Arrange: the levy is paid in OTHER_MOSAIC, which expired at 11
        InMemoryState state = state(LevyType.ABSOLUTE, 10, Fixtures.OTHER_MOSAIC, 1000, 1000);
        Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OWNER, 1, 10, 3, 0));

        // Act and Assert
        assertEquals(MosaicResults.LEVY_NOT_FOUND_OR_EXPIRED, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 1, "true"));
    }

    @Test
    void anUnknownSenderCannotPay() {
        // Arrange
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0));
        Fixtures.levy(state, Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.THIRD, Fixtures.CURRENCY, 1));

        // Act and Assert
        assertEquals(MosaicResults.INSUFFICIENT_LEVY_BALANCE, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 1, "true"));
    }

    @Test
    void unleviedMosaicsDisabledLeviesAndUnresolvedAliasesPass() {
        // Arrange: the sender holds nothing of the levy's mosaic
        InMemoryState state = state(LevyType.ABSOLUTE, 10, Fixtures.CURRENCY, 1000, 0);

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(state, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), 1, "true"));
        assertEquals(ResultCodes.SUCCESS, validate(state, Fixtures.UNKNOWN_ALIAS, 1, "true"));
        assertEquals(ResultCodes.SUCCESS, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 1, "false"));
        assertEquals(MosaicResults.INSUFFICIENT_LEVY_BALANCE, validate(state, Fixtures.unresolved(Fixtures.MOSAIC), 1, "true"));
    }
}
