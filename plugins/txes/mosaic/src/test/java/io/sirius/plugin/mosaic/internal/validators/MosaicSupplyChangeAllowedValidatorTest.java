package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicFlags;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicSupplyChangeAllowedValidatorTest {
    private static final int DECREASE = 0;
    private static final int INCREASE = 1;

    /** A mosaic with the given flags and supply, of which the owner holds `owned`; [chain] bounds supplies at 1000. */
    private static ResultCode validate(int flags, long supply, long owned, int direction, long delta) {
        InMemoryState state = Fixtures.put(Fixtures.state(),
                Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, flags, supply));
        Fixtures.account(state, Fixtures.OWNER, Fixtures.MOSAIC.value(), owned);
        return new MosaicSupplyChangeAllowedValidator().validate(
                new MosaicSupplyChangeNotification(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, direction, new Amount(delta)),
                Fixtures.context(state).chainConfig(Fixtures.chain("maxMosaicAtomicUnits", "1'000")).stateful());
    }

    @ParameterizedTest
    @CsvSource({"500, 500, true", "500, 499, false", "500, 0, false", "0, 0, true"})
    void anImmutableSupplyChangesOnlyWhileTheOwnerHoldsAllOfIt(long supply, long owned, boolean allowed) {
        // Act
        ResultCode result = validate(MosaicFlags.TRANSFERABLE, supply, owned, INCREASE, 1);

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.SUPPLY_IMMUTABLE, result);
    }

    @ParameterizedTest
    @CsvSource({"499, true", "500, true", "501, false"})
    void aDecreaseTakesAtMostWhatTheOwnerHolds(long delta, boolean allowed) {
        // Act: a mutable supply of 800, of which the owner holds 500
        ResultCode result = validate(MosaicFlags.SUPPLY_MUTABLE, 800, 500, DECREASE, delta);

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.SUPPLY_NEGATIVE, result);
    }

    @ParameterizedTest
    @CsvSource({"199, true", "200, true", "201, false", "-1, false"})
    void anIncreaseStaysWithinTheMaximumWithoutOverflow(long delta, boolean allowed) {
        // Act: a mutable supply of 800 against a maximum of 1000
        ResultCode result = validate(MosaicFlags.SUPPLY_MUTABLE, 800, 10, INCREASE, delta);

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.SUPPLY_EXCEEDED, result);
    }

    @Test
    void theSupplyBoundIsTheChainsMaxMosaicAtomicUnitsInSiriussNotation() {
        // Arrange: [chain] maxMosaicAtomicUnits = 9'000'000'000'000'000
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0,
                MosaicFlags.SUPPLY_MUTABLE, 8_999_999_999_999_000L));
        MosaicSupplyChangeValidatorHelper helper = new MosaicSupplyChangeValidatorHelper(state);

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, helper.increase(1000));
        assertEquals(MosaicResults.SUPPLY_EXCEEDED, helper.increase(1001));
    }

    @Test
    void aMissingMosaicIsExpired() {
        // Act
        ResultCode result = new MosaicSupplyChangeAllowedValidator().validate(new MosaicSupplyChangeNotification(
                Fixtures.OWNER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), INCREASE, new Amount(1)),
                Fixtures.context(Fixtures.state()).stateful());

        // Assert
        assertEquals(MosaicResults.EXPIRED, result);
    }

    /** Increases against the default config and [chain]. */
    private record MosaicSupplyChangeValidatorHelper(InMemoryState state) {
        ResultCode increase(long delta) {
            return new MosaicSupplyChangeAllowedValidator().validate(new MosaicSupplyChangeNotification(Fixtures.OWNER,
                    Fixtures.unresolved(Fixtures.MOSAIC), INCREASE, new Amount(delta)), Fixtures.context(state).stateful());
        }
    }
}
