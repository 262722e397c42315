package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicSupplyChangeValidatorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(0, 1L, ResultCodes.SUCCESS),
                Arguments.of(1, 1L, ResultCodes.SUCCESS),
                Arguments.of(1, -1L, ResultCodes.SUCCESS),
                Arguments.of(2, 1L, MosaicResults.INVALID_SUPPLY_CHANGE_DIRECTION),
                Arguments.of(255, 1L, MosaicResults.INVALID_SUPPLY_CHANGE_DIRECTION),
                Arguments.of(2, 0L, MosaicResults.INVALID_SUPPLY_CHANGE_DIRECTION),
                Arguments.of(0, 0L, MosaicResults.INVALID_SUPPLY_CHANGE_AMOUNT),
                Arguments.of(1, 0L, MosaicResults.INVALID_SUPPLY_CHANGE_AMOUNT));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void needsAKnownDirectionAndANonZeroDelta(int direction, long delta, ResultCode expected) {
        // Arrange
        MosaicSupplyChangeNotification notification = new MosaicSupplyChangeNotification(Fixtures.OWNER,
                Fixtures.unresolved(Fixtures.MOSAIC), direction, new Amount(delta));

        // Act
        ResultCode result = new MosaicSupplyChangeValidator().validate(notification, ContextBuilder.context().validation());

        // Assert
        assertEquals(expected, result);
    }
}
