package io.sirius.plugin.namespace.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.plugin.namespace.internal.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkKeyRuleTest {

    @ParameterizedTest(name = "height {0}: {1}")
    @CsvSource({"0, false", "1, true", "2, false", "1000, false"})
    void onlyTheNemesisBlockCountsAsTheNetwork(long height, boolean network) {
        // Act and Assert
        assertEquals(network, NetworkKeyRule.isNetwork(Fixtures.OWNER, new Height(height)));
        assertEquals(network, NetworkKeyRule.isNetwork(Fixtures.OTHER, new Height(height)));
    }
}
