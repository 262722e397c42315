package io.sirius.plugin.upgrade.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeSignerNotification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockchainUpgradeSignerValidatorTest {

    private static ResultCode validate(InMemoryState state, long height, PublicKey signer) {
        return new BlockchainUpgradeSignerValidator().validate(new BlockchainUpgradeSignerNotification(signer),
                ContextBuilder.context().state(state).height(height).stateful());
    }

    @ParameterizedTest(name = "height {0}, signed by {1}: {2}")
    @CsvSource({
        "1, NETWORK, SUCCESS", "1, OTHER, INVALID_SIGNER",
        "49, NETWORK, SUCCESS", "49, OTHER, INVALID_SIGNER",
        // a network config hands the network key to OTHER from height 50
        "50, NETWORK, INVALID_SIGNER", "50, OTHER, SUCCESS",
        "51, NETWORK, INVALID_SIGNER", "51, OTHER, SUCCESS"})
    void acceptsOnlyTheNetworkKeyInForce(long height, String signer, String expected) {
        // Arrange
        InMemoryState state = Fixtures.withConfig(Fixtures.withConfig(Fixtures.state(), 1, Fixtures.NETWORK_KEY), 50,
                Fixtures.OTHER_KEY);
        PublicKey key = signer.equals("NETWORK") ? Fixtures.NETWORK_KEY : Fixtures.OTHER_KEY;
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : BlockchainUpgradeResults.valueOf(expected);

        // Act
        ResultCode result = validate(state, height, key);

        // Assert
        assertEquals(want, result);
    }

    @Test
    void nobodyMaySignWhenNoConfigurationIsInForce() {
        // Act and Assert
        assertEquals(BlockchainUpgradeResults.INVALID_SIGNER, validate(Fixtures.state(), 10, Fixtures.NETWORK_KEY));
        assertEquals(BlockchainUpgradeResults.INVALID_SIGNER,
                validate(Fixtures.withConfig(Fixtures.state(), 11, Fixtures.NETWORK_KEY), 10, Fixtures.NETWORK_KEY));
    }
}
