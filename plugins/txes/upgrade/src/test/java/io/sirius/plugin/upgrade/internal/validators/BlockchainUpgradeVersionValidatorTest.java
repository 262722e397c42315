package io.sirius.plugin.upgrade.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockchainUpgradeVersionValidatorTest {
    private static final BlockchainVersion V196 = BlockchainVersion.of(1, 9, 6, 0);
    private static final BlockchainVersion V200 = BlockchainVersion.of(2, 0, 0, 0);

    private static ResultCode validate(InMemoryState state, long height, long version) {
        return new BlockchainUpgradeVersionValidator().validate(Fixtures.upgrade(400, new BlockchainVersion(version)),
                ContextBuilder.context().state(state).height(height).stateful());
    }

    @ParameterizedTest(name = "at height {0}, version {1}: {2}")
    @CsvSource({
        // before the first upgrade takes effect (at 100), any version but 0.0.0.0 goes forward
        "99, 0, VERSION_LOWER_THAN_CURRENT",
        "99, 1, SUCCESS",
        // 1.9.6.0 = 0x0001000900060000 is required from 100
        "100, 281513631809535, VERSION_LOWER_THAN_CURRENT",
        "100, 281513631809536, VERSION_LOWER_THAN_CURRENT",
        "100, 281513631809537, SUCCESS",
        "199, 281513631809537, SUCCESS",
        // 2.0.0.0 = 0x0002000000000000 is required from 200
        "200, 281513631809537, VERSION_LOWER_THAN_CURRENT",
        "200, 562949953421312, VERSION_LOWER_THAN_CURRENT",
        "200, 562949953421313, SUCCESS",
        "5000, -1, SUCCESS"})
    void requiresAVersionAboveTheOneRequiredNow(long height, long version, String expected) {
        // Arrange
        InMemoryState state = Fixtures.withUpgrade(Fixtures.withUpgrade(Fixtures.state(), 100, V196), 200, V200);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : BlockchainUpgradeResults.valueOf(expected);

        // Act
        ResultCode result = validate(state, height, version);

        // Assert
        assertEquals(want, result);
    }
}
