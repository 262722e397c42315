package io.sirius.plugin.upgrade.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.state.CacheView;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeightFloorTest {
    private final InMemoryState state = InMemoryState.of(BlockchainUpgradeCache.DESCRIPTOR);
    private final CacheView<Height, BlockchainUpgradeEntry> cache = state.view().cache(BlockchainUpgradeCache.DESCRIPTOR);

    private void put(long height) {
        state.cache(BlockchainUpgradeCache.DESCRIPTOR).put(new Height(height),
                new BlockchainUpgradeEntry(new Height(height), new BlockchainVersion(height)));
    }

    @ParameterizedTest(name = "at {0}: the one of height {1}")
    @CsvSource({"0, -1", "9, -1", "10, 10", "11, 10", "19, 10", "20, 20", "21, 20", "1000, 20"})
    void findsTheEntryWithTheGreatestHeightNotAbove(long height, long expected) {
        // Arrange
        put(10);
        put(20);

        // Act
        Optional<BlockchainUpgradeEntry> entry = HeightFloor.atOrBelow(cache, new Height(height));

        // Assert
        assertEquals(expected < 0 ? Optional.empty() : Optional.of(new Height(expected)), entry.map(BlockchainUpgradeEntry::height));
    }

    @Test
    void findsAnEntryAtHeightZeroAndNothingInAnEmptyCache() {
        // Arrange
        InMemoryState empty = InMemoryState.of(BlockchainUpgradeCache.DESCRIPTOR);

        // Act
        Optional<BlockchainUpgradeEntry> none = HeightFloor.atOrBelow(empty.view().cache(BlockchainUpgradeCache.DESCRIPTOR),
                new Height(-1));
        put(0);
        Optional<BlockchainUpgradeEntry> zero = HeightFloor.atOrBelow(cache, new Height(5));

        // Assert
        assertEquals(Optional.empty(), none);
        assertEquals(Optional.of(new Height(0)), zero.map(BlockchainUpgradeEntry::height));
    }

    @ParameterizedTest(name = "{0} probes from 20: {1}")
    @CsvSource({"10, GAVE_UP", "11, FOUND", "12, FOUND"})
    void givesUpAfterItsProbes(long maxProbes, String expected) {
        // Arrange: the entry is 10 heights below 20, so the 11th probe finds it
        put(10);

        // Act
        Optional<Optional<BlockchainUpgradeEntry>> lookup = HeightFloor.atOrBelow(cache, new Height(20), maxProbes);

        // Assert
        assertEquals(expected.equals("FOUND"), lookup.isPresent());
        lookup.ifPresent(entry -> assertEquals(Optional.of(new Height(10)), entry.map(BlockchainUpgradeEntry::height)));
    }
}
