package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigInForceTest {

    @ParameterizedTest(name = "at {0}: the one of height {1}")
    @CsvSource({"0, -1", "1, 1", "49, 1", "50, 50", "51, 50", "99, 50", "100, 100", "101, 100", "5000, 100"})
    void findsTheEntryWithTheGreatestHeightNotAbove(long height, long expected) {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY), Fixtures.entry(50, Fixtures.OTHER_KEY),
                Fixtures.entry(100, Fixtures.NETWORK_KEY, "transfer"));

        // Act
        Optional<NetworkConfigEntry> entry = ConfigInForce.entryAt(state.view().cache(NetworkConfigCache.DESCRIPTOR),
                new Height(height));

        // Assert
        assertEquals(expected < 0 ? Optional.empty() : Optional.of(new Height(expected)), entry.map(NetworkConfigEntry::height));
    }

    @Test
    void parsesTheConfigurationInForce() {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY), Fixtures.entry(50, Fixtures.OTHER_KEY));

        // Act and Assert
        assertEquals(Fixtures.NETWORK_KEY, ConfigInForce.at(state.view(), new Height(49)).orElseThrow().networkPublicKey());
        assertEquals(Fixtures.OTHER_KEY, ConfigInForce.at(state.view(), new Height(50)).orElseThrow().networkPublicKey());
    }

    @Test
    void anEmptyCacheHasNothingInForce() {
        // Act and Assert
        assertEquals(Optional.empty(), ConfigInForce.at(Fixtures.state().view(), new Height(-1)));
    }

    @Test
    void aConfigurationAtHeightZeroIsFound() {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.entry(0, Fixtures.OTHER_KEY));

        // Act and Assert
        assertEquals(Fixtures.OTHER_KEY, ConfigInForce.at(state.view(), new Height(7)).orElseThrow().networkPublicKey());
    }
}
