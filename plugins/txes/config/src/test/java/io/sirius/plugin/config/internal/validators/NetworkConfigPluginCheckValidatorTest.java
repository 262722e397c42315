package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.config.PluginConfigCheck;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkConfigPluginCheckValidatorTest {
    private final InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY, "transfer"));
    private final List<NetworkConfiguration> seen = new ArrayList<>();

    private PluginConfigCheck reporting(String... problems) {
        return (configuration, current) -> {
            seen.add(configuration);
            seen.add(current);
            return List.of(problems);
        };
    }

    private ResultCode validate(PluginConfigCheck check, String config) {
        return new NetworkConfigPluginCheckValidator(check).validate(Fixtures.notification(5, config, Fixtures.ENTITIES),
                ContextBuilder.context().state(state).height(40).stateful());
    }

    @Test
    void passesWhatTheKernelFindsNoProblemWith() {
        // Arrange
        String proposed = Fixtures.config(Fixtures.OTHER_KEY, "transfer", "upgrade");

        // Act
        ResultCode result = validate(reporting(), proposed);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
        assertEquals(2, seen.size());
        assertEquals(proposed, seen.get(0).text());
        assertEquals(Fixtures.config(Fixtures.NETWORK_KEY, "transfer"), seen.get(1).text());
    }

    @Test
    void failsWhatTheKernelFindsAProblemWith() {
        // Act
        ResultCode result = validate(reporting("[plugin:catapult.plugins.transfer] maxMessageSize is missing"),
                Fixtures.config(Fixtures.NETWORK_KEY, "transfer"));

        // Assert
        assertEquals(NetworkConfigResults.PLUGIN_CONFIG_MALFORMED, result);
    }

    @Test
    void doesNotAskAboutAProposalThatDoesNotParseOrWithNothingInForce() {
        // Act
        ResultCode malformed = validate(reporting("never asked"), "[network]");
        ResultCode nothingInForce = new NetworkConfigPluginCheckValidator(reporting("never asked")).validate(
                Fixtures.notification(5, Fixtures.config(Fixtures.NETWORK_KEY), Fixtures.ENTITIES),
                ContextBuilder.context().state(Fixtures.state()).stateful());

        // Assert
        assertEquals(ResultCodes.NEUTRAL, malformed);
        assertEquals(ResultCodes.NEUTRAL, nothingInForce);
        assertEquals(List.of(), seen);
    }

    @Test
    void needsACheck() {
        // Act and Assert
        assertThrows(NullPointerException.class, () -> new NetworkConfigPluginCheckValidator(null));
    }
}
