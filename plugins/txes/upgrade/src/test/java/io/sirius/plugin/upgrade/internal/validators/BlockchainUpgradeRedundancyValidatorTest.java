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

class BlockchainUpgradeRedundancyValidatorTest {

    @ParameterizedTest(name = "height 10 + {0}: {1}")
    @CsvSource({"359, SUCCESS", "360, REDUNDANT", "361, SUCCESS"})
    void allowsOneUpgradePerHeight(long period, String expected) {
        // Arrange: an upgrade already takes effect at 370
        InMemoryState state = Fixtures.withUpgrade(Fixtures.state(), 370, BlockchainVersion.of(1, 9, 6, 0));
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : BlockchainUpgradeResults.valueOf(expected);

        // Act
        ResultCode result = new BlockchainUpgradeRedundancyValidator().validate(
                Fixtures.upgrade(period, BlockchainVersion.of(1, 9, 7, 0)),
                ContextBuilder.context().state(state).height(10).stateful());

        // Assert
        assertEquals(want, result);
    }
}
