package io.sirius.plugin.upgrade.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.NodeVersion;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockchainVersionValidatorTest {
    private static final BlockchainVersion NODE = BlockchainVersion.of(1, 9, 5, 0);

    private static ResultCode validate(InMemoryState state, long height, BlockchainVersion nodeVersion) {
        BlockNotification block = new BlockNotification(Fixtures.OTHER_KEY, PublicKey.ZERO, new Height(height),
                new Timestamp(1), new Amount(0), 0, 1);
        return new BlockchainVersionValidator(nodeVersion).validate(block,
                ContextBuilder.context().state(state).height(height).stateful());
    }

    @ParameterizedTest(name = "{0} required at 1000, block at {1}: {2}")
    @CsvSource({
        // below, at and above the node's own version 1.9.5.0
        "1.9.4.65535, 1000, SUCCESS",
        "1.9.5.0, 1000, SUCCESS",
        "1.9.5.1, 1000, INVALID_CURRENT_VERSION",
        "2.0.0.0, 1000, INVALID_CURRENT_VERSION",
        // only the block at the upgrade height is stopped; the node never gets past it
        "2.0.0.0, 999, SUCCESS",
        "2.0.0.0, 1001, SUCCESS"})
    void stopsAnOutdatedNodeAtTheUpgradeHeight(String required, long blockHeight, String expected) {
        // Arrange
        String[] parts = required.split("\\.");
        BlockchainVersion version = BlockchainVersion.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        InMemoryState state = Fixtures.withUpgrade(Fixtures.state(), 1000, version);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : BlockchainUpgradeResults.valueOf(expected);

        // Act
        ResultCode result = validate(state, blockHeight, NODE);

        // Assert
        assertEquals(want, result);
    }

    @Test
    void aChainWithoutUpgradesStopsNobody() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(), 1, new BlockchainVersion(0)));
    }

    @Test
    void theNodesOwnVersionPassesTheUpgradeToItselfButNotTheNextBuild() {
        // Arrange
        BlockchainVersion current = new BlockchainVersion(NodeVersion.CURRENT);
        BlockchainVersion next = new BlockchainVersion(NodeVersion.CURRENT + 1);

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.withUpgrade(Fixtures.state(), 7, current), 7, current));
        assertEquals(BlockchainUpgradeResults.INVALID_CURRENT_VERSION,
                validate(Fixtures.withUpgrade(Fixtures.state(), 7, next), 7, current));
    }

    @Test
    void needsTheNodeVersion() {
        // Act and Assert
        assertThrows(NullPointerException.class, () -> new BlockchainVersionValidator(null));
    }
}
