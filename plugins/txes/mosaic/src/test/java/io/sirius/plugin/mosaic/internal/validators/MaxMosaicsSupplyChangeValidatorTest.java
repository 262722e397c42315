package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxMosaicsSupplyChangeValidatorTest {

    @ParameterizedTest
    @CsvSource({
        "1, 1, false, true",
        "1, 2, false, false",
        "1, 3, false, false",
        "1, 3, true, true",
        "0, 3, false, true"})
    void anIncreaseOfANewMosaicNeedsRoomBelowTheMaximum(int direction, int held, boolean holdsMosaic, boolean allowed) {
        // Arrange: the owner holds `held` mosaics, the levied one among them or not; the maximum is 2
        long[] balances = new long[2 * held];
        for (int i = 0; i < held; i++) {
            balances[2 * i] = holdsMosaic && i == 0 ? Fixtures.MOSAIC.value() : 1000 + i;
            balances[2 * i + 1] = 1;
        }
        InMemoryState state = Fixtures.account(Fixtures.state(), Fixtures.OWNER, balances);
        MosaicSupplyChangeNotification notification = new MosaicSupplyChangeNotification(Fixtures.OWNER,
                Fixtures.MOSAIC_ALIAS, direction, new Amount(10));

        // Act
        ResultCode result = new MaxMosaicsSupplyChangeValidator().validate(notification, Fixtures.context(state)
                .config(MosaicConfig.SECTION, Fixtures.config("maxMosaicsPerAccount", "2")).stateful());

        // Assert
        assertEquals(allowed ? ResultCodes.SUCCESS : MosaicResults.MAX_MOSAICS_EXCEEDED, result);
    }
}
