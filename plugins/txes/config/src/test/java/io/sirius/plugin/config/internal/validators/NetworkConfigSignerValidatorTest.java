package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigSignerNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigSignerValidatorTest {

    private static ResultCode validate(InMemoryState state, long height, PublicKey signer) {
        return new NetworkConfigSignerValidator().validate(new NetworkConfigSignerNotification(signer),
                ContextBuilder.context().state(state).height(height).stateful());
    }

    @ParameterizedTest(name = "height {0}, signed by {1}: {2}")
    @CsvSource({
        "1, NETWORK, SUCCESS", "1, OTHER, INVALID_SIGNER",
        "99, NETWORK, SUCCESS", "99, OTHER, INVALID_SIGNER",
        // the key changes with the configuration that takes effect at 100
        "100, NETWORK, INVALID_SIGNER", "100, OTHER, SUCCESS",
        "101, NETWORK, INVALID_SIGNER", "101, OTHER, SUCCESS"})
    void acceptsOnlyTheKeyOfTheConfigurationInForce(long height, String signer, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY), Fixtures.entry(100, Fixtures.OTHER_KEY));
        PublicKey key = signer.equals("NETWORK") ? Fixtures.NETWORK_KEY : Fixtures.OTHER_KEY;
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = validate(state, height, key);

        // Assert
        assertEquals(want, result);
    }

    @Test
    void nobodyMaySignWhenNoConfigurationIsInForce() {
        // Arrange: the only configuration takes effect later
        InMemoryState state = Fixtures.state(Fixtures.entry(20, Fixtures.NETWORK_KEY));

        // Act and Assert
        assertEquals(NetworkConfigResults.INVALID_SIGNER, validate(state, 19, Fixtures.NETWORK_KEY));
        assertEquals(NetworkConfigResults.INVALID_SIGNER, validate(Fixtures.state(), 19, Fixtures.NETWORK_KEY));
    }
}
