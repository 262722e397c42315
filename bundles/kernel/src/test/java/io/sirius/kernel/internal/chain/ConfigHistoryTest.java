package io.sirius.kernel.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configuration in force at a height: the one scheduled exactly there, else the newest one the chain crossed
 * below it; crossings are marked in the state so the history can be rebuilt from a committed store.
 */
class ConfigHistoryTest {
    /** A NetworkConfig transaction at height 4 schedules the second configuration for height 10. */
    private static final long SCHEDULED_AT = 4;
    private static final long SECOND = 10;

    @TempDir
    Path directory;
    CoreFixture fixture;
    final ConfigHistory history = new ConfigHistory();
    final String firstText = CoreFixture.devnetText();
    final String secondText = CoreFixture.withChainValue(firstText, "harvestBeneficiaryPercentage", "25");

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void schedule(long height, String text) {
        fixture.changes().cache(NetworkConfigCache.DESCRIPTOR).put(new Height(height),
                new NetworkConfigEntry(new Height(height), text, CoreFixture.devnetEntities()));
    }

    /** Applies a block: the crossing mark in its delta, the commit, the in-memory update. */
    private void block(long height) {
        history.markCrossing(height, fixture.changes());
        fixture.commit(height);
        history.committed(height, fixture.committed());
    }

    /**
     * The nemesis block with the first configuration, then blocks up to {@code tip}, the second crossed at 10. Only
     * the blocks that matter to the history are applied (the store takes any later height).
     */
    private void chainUpTo(long tip) {
        schedule(1, firstText);
        block(1);
        for (long h : new java.util.TreeSet<>(List.of(SCHEDULED_AT, SECOND - 1, SECOND, tip))) {
            if (h > tip) {
                break;
            }
            if (h == SCHEDULED_AT) {
                schedule(SECOND, secondText);
            }
            block(h);
        }
    }

    @Test
    void withoutAnyConfigurationNothingIsInForce() {
        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> history.at(3, fixture.committed()));

        // Assert
        assertTrue(e.getMessage().contains("height 3"), e.getMessage());
    }

    @Test
    void theNemesisConfigurationIsReadFromTheDeltaBeforeItIsCommitted() {
        // Arrange
        schedule(1, firstText);

        // Act
        NetworkConfiguration config = history.at(1, fixture.changes());

        // Assert
        assertEquals(firstText, config.text());
        assertEquals(CoreFixture.networkKey(), config.networkPublicKey());
    }

    @ParameterizedTest(name = "at height {0}")
    @ValueSource(longs = {1, 2, SCHEDULED_AT, SECOND - 1, SECOND, SECOND + 1, 40})
    void theConfigurationInForceIsTheNewestOneCrossed(long height) {
        // Arrange: the chain is at 12
        chainUpTo(12);

        // Act
        NetworkConfiguration config = history.at(height, fixture.committed());

        // Assert
        assertEquals(height >= SECOND ? secondText : firstText, config.text());
        assertEquals(height >= SECOND ? 25 : CoreFixture.devnetConfig(t -> t).chain().harvestBeneficiaryPercentage(),
                config.chain().harvestBeneficiaryPercentage());
    }

    @Test
    void aScheduledConfigurationIsInForceAtItsHeightBeforeTheChainGetsThere() {
        // Arrange: the chain is at 9, the next block is the first under the second configuration
        chainUpTo(SECOND - 1);

        // Act
        NetworkConfiguration atNext = history.at(SECOND, fixture.committed());
        NetworkConfiguration atTip = history.at(SECOND - 1, fixture.committed());

        // Assert
        assertEquals(secondText, atNext.text());
        assertEquals(firstText, atTip.text());
        assertEquals(List.of(1L), List.copyOf(history.reached().keySet()), "not crossed yet");
    }

    @Test
    void crossingsAreMarkedOnlyWhereAConfigurationIsScheduled() {
        // Act
        chainUpTo(12);

        // Assert
        assertEquals(List.of(1L, SECOND), List.copyOf(history.reached().keySet()));
        assertTrue(fixture.committed().index(ConfigHistory.INDEX).get(ConfigHistory.toBytes(SECOND)).isPresent());
        assertTrue(fixture.committed().index(ConfigHistory.INDEX).get(ConfigHistory.toBytes(SCHEDULED_AT)).isEmpty());
        assertEquals(Optional.of(secondText), history.reachedAt(11).map(NetworkConfiguration::text));
        assertEquals(Optional.empty(), history.reachedAt(0));
    }

    @Test
    void undoingTheCrossingBlockReturnsToTheEarlierConfiguration() {
        // Arrange
        chainUpTo(SECOND);

        // Act: roll block 10 back, as the chain does (the scheduling entry at 10 stays; it was written at 4)
        history.unmarkCrossing(SECOND, fixture.changes());
        fixture.commit(SECOND - 1);
        history.committed(SECOND - 1, fixture.committed());

        // Assert
        assertEquals(List.of(1L), List.copyOf(history.reached().keySet()));
        assertTrue(fixture.committed().index(ConfigHistory.INDEX).get(ConfigHistory.toBytes(SECOND)).isEmpty());
        assertEquals(firstText, history.at(SECOND - 1, fixture.committed()).text());
        assertEquals(secondText, history.at(SECOND, fixture.committed()).text(), "re-applying block 10 crosses again");
    }

    @Test
    void theHistoryIsRebuiltFromACommittedStore() {
        // Arrange
        chainUpTo(12);
        NavigableMap<Long, NetworkConfiguration> before = history.reached();
        Map<Long, String> texts = new java.util.TreeMap<>();
        before.forEach((h, c) -> texts.put(h, c.text()));
        fixture.close();
        fixture = CoreFixture.open(directory);
        ConfigHistory rebuilt = new ConfigHistory();

        // Act
        rebuilt.load(fixture.committed());

        // Assert
        Map<Long, String> rebuiltTexts = new java.util.TreeMap<>();
        rebuilt.reached().forEach((h, c) -> rebuiltTexts.put(h, c.text()));
        assertEquals(texts, rebuiltTexts);
        assertEquals(secondText, rebuilt.at(12, fixture.committed()).text());
        assertEquals(firstText, rebuilt.at(SECOND - 1, fixture.committed()).text());
    }

    @Test
    void aConfigurationIsParsedOnce() {
        // Arrange
        chainUpTo(3);

        // Act
        NetworkConfiguration first = history.at(2, fixture.committed());
        NetworkConfiguration again = history.at(1, fixture.committed());

        // Assert
        assertSame(first, again);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 255, 256, 65_536, Long.MAX_VALUE, -1})
    void heightKeysAreBigEndianSoTheySortByHeight(long height) {
        // Act
        byte[] bytes = ConfigHistory.toBytes(height);

        // Assert
        assertEquals(height, ConfigHistory.toLong(bytes));
        assertEquals(height, java.nio.ByteBuffer.wrap(bytes).getLong());
    }
}
