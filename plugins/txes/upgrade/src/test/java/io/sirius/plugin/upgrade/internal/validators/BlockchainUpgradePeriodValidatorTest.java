package io.sirius.plugin.upgrade.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.internal.config.BlockchainUpgradeSettings;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockchainUpgradePeriodValidatorTest {

    @ParameterizedTest(name = "height {0} + period {1}, minimum 360: {2}")
    @CsvSource({
        "10, 0, UPGRADE_PERIOD_TOO_LOW",
        "10, 359, UPGRADE_PERIOD_TOO_LOW",
        "10, 360, SUCCESS",
        "10, 361, SUCCESS",
        // uint64: 10 + (2^64 - 11) is the largest height; 10 + (2^64 - 10) wraps to 0
        "10, -11, SUCCESS",
        "10, -10, UPGRADE_PERIOD_TOO_HIGH",
        "10, -1, UPGRADE_PERIOD_TOO_HIGH"})
    void requiresAtLeastTheMinimumPeriodAndAReachableHeight(long height, long period, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : BlockchainUpgradeResults.valueOf(expected);

        // Act
        ResultCode result = new BlockchainUpgradePeriodValidator().validate(
                Fixtures.upgrade(period, BlockchainVersion.of(2, 0, 0, 0)),
                ContextBuilder.context().height(height)
                        .config(BlockchainUpgradeSettings.SECTION, Map.of("minUpgradePeriod", "360")).validation());

        // Assert
        assertEquals(want, result);
    }
}
