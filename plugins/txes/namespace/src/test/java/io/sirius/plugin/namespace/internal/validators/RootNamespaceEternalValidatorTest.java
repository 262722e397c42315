package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootNamespaceEternalValidatorTest {

    @ParameterizedTest(name = "duration {0} at height {1} by {2}: {3}")
    @CsvSource({"0, 1, owner, SUCCESS", "0, 2, owner, ETERNAL_AFTER_NEMESIS_BLOCK", "0, 1000, owner, ETERNAL_AFTER_NEMESIS_BLOCK",
        "0, 1000, network, SUCCESS", "0, 1, network, SUCCESS", "1, 2, owner, SUCCESS", "1, 1, owner, SUCCESS"})
    void afterTheNemesisBlockOnlyTheNetworkRegistersEternalRoots(long duration, long height, String signer, String expected) {
        // Arrange
        var notification = new RootNamespaceNotification(signer.equals("network") ? Fixtures.NETWORK : Fixtures.OWNER,
                Fixtures.ALPHA, "alpha", new BlockDuration(duration));

        // Act
        var result = new RootNamespaceEternalValidator().validate(notification,
                Fixtures.context(height, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
