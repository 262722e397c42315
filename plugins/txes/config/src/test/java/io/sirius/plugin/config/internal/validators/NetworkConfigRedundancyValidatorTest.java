package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigRedundancyValidatorTest {

    @ParameterizedTest(name = "height 10 + {0}: {1}")
    @CsvSource({"1, SUCCESS", "99, SUCCESS", "100, CONFIG_REDUNDANT", "101, SUCCESS"})
    void allowsOneConfigurationPerHeight(long delta, String expected) {
        // Arrange: the nemesis configuration and one taking effect at 110
        InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY), Fixtures.entry(110, Fixtures.NETWORK_KEY));
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = new NetworkConfigRedundancyValidator().validate(
                Fixtures.notification(delta, Fixtures.config(Fixtures.NETWORK_KEY), Fixtures.ENTITIES),
                ContextBuilder.context().state(state).height(10).stateful());

        // Assert
        assertEquals(want, result);
    }
}
