package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigPluginSectionsValidatorTest {
    /** transfer and config from the nemesis; mosaic joins at height 100. */
    private final InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY, "transfer", "config"),
            Fixtures.entry(100, Fixtures.NETWORK_KEY, "transfer", "config", "mosaic"));

    private ResultCode validate(long height, String config) {
        return new NetworkConfigPluginSectionsValidator().validate(Fixtures.notification(5, config, Fixtures.ENTITIES),
                ContextBuilder.context().state(state).height(height).stateful());
    }

    @ParameterizedTest(name = "height {0}, proposing {1}: {2}")
    @CsvSource({
        "99, 'transfer,config', SUCCESS",
        "99, 'transfer,config,upgrade', SUCCESS",
        "99, 'config,transfer', SUCCESS",
        "99, 'transfer', PLUGIN_CONFIG_MISSING",
        "99, '', PLUGIN_CONFIG_MISSING",
        "100, 'transfer,config', PLUGIN_CONFIG_MISSING",
        "100, 'transfer,config,mosaic', SUCCESS"})
    void keepsEverySectionOfTheConfigurationInForce(long height, String plugins, String expected) {
        // Arrange
        String config = Fixtures.config(Fixtures.NETWORK_KEY, plugins.isEmpty() ? new String[0] : plugins.split(","));
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = validate(height, config);

        // Assert
        assertEquals(want, result);
    }

    @Test
    void doesNotApplyToAProposalThatDoesNotParseOrWithNothingInForce() {
        // Act
        ResultCode malformed = validate(99, "[chain]");
        ResultCode nothingInForce = new NetworkConfigPluginSectionsValidator().validate(
                Fixtures.notification(5, Fixtures.config(Fixtures.NETWORK_KEY), Fixtures.ENTITIES),
                ContextBuilder.context().state(Fixtures.state()).stateful());

        // Assert
        assertEquals(ResultCodes.NEUTRAL, malformed);
        assertEquals(ResultCodes.NEUTRAL, nothingInForce);
    }
}
