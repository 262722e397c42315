package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigApplyHeightValidatorTest {

    @ParameterizedTest(name = "height {0} + {1}: {2}")
    @CsvSource({
        "10, 0, APPLY_HEIGHT_DELTA_ZERO",
        "10, 1, SUCCESS",
        "10, 360, SUCCESS",
        // uint64: 10 + (2^64 - 11) is the largest height; 10 + (2^64 - 10) wraps to 0
        "10, -11, SUCCESS",
        "10, -10, APPLY_HEIGHT_IN_THE_PAST",
        "10, -1, APPLY_HEIGHT_IN_THE_PAST"})
    void requiresAFutureHeight(long height, long delta, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = new NetworkConfigApplyHeightValidator().validate(
                Fixtures.notification(delta, "", ""), ContextBuilder.context().height(height).validation());

        // Assert
        assertEquals(want, result);
    }
}
