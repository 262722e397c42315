package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.Timestamp;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.state.StateChanges.IndexWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Confirmed transaction hashes: found by hash with their height and deadline, pruned in deadline order.
 */
class TransactionHashesTest {
    @TempDir
    Path directory;
    CoreFixture fixture;

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private IndexWriter byHash() {
        return fixture.changes().index(TransactionHashes.BY_HASH);
    }

    private IndexWriter byDeadline() {
        return fixture.changes().index(TransactionHashes.BY_DEADLINE);
    }

    private static Hash256 hash(int seed) {
        return Hash256.of(CoreFixture.bytes(32, 500 + seed));
    }

    private void add(int seed, long height, long deadline) {
        TransactionHashes.add(byHash(), byDeadline(), hash(seed), new Height(height), new Timestamp(deadline));
    }

    private Optional<TransactionHashes.Location> find(int seed) {
        return TransactionHashes.find(byHash(), hash(seed));
    }

    private int count(IndexWriter index) {
        int[] count = {0};
        index.scan(new byte[0], (k, v) -> ++count[0] > 0);
        return count[0];
    }

    @Test
    void aHashIsFoundWithItsHeightAndDeadline() {
        // Arrange
        add(1, 77, 123_456);
        add(2, 78, 654_321);

        // Act
        Optional<TransactionHashes.Location> first = find(1);
        Optional<TransactionHashes.Location> unknown = find(3);

        // Assert
        assertEquals(Optional.of(new TransactionHashes.Location(new Height(77), new Timestamp(123_456))), first);
        assertTrue(unknown.isEmpty());
    }

    @Test
    void removingForgetsTheHashInBothIndexes() {
        // Arrange
        add(1, 77, 123_456);
        add(2, 78, 654_321);

        // Act
        TransactionHashes.remove(byHash(), byDeadline(), hash(1), new Timestamp(123_456));

        // Assert
        assertTrue(find(1).isEmpty());
        assertTrue(find(2).isPresent());
        assertEquals(1, count(byHash()));
        assertEquals(1, count(byDeadline()));
    }

    static Stream<Arguments> cutOffs() {
        long deadline = 1_000_000;
        return Stream.of(
                Arguments.of(deadline - 1, deadline, false),
                Arguments.of(deadline, deadline, false),
                Arguments.of(deadline + 1, deadline, true),
                // deadlines across a byte boundary sort by value, not by their low byte
                Arguments.of(256L, 255L, true),
                Arguments.of(256L, 257L, false),
                // unsigned: a deadline with the top bit set is the latest of all
                Arguments.of(Long.MAX_VALUE, Long.MIN_VALUE, false),
                Arguments.of(-1L, Long.MIN_VALUE, true));
    }

    @ParameterizedTest(name = "cut-off {0}, deadline {1}: pruned {2}")
    @MethodSource("cutOffs")
    void pruningDropsHashesWhoseDeadlineIsBeforeTheCutOff(long before, long deadline, boolean pruned) {
        // Arrange
        add(1, 10, deadline);

        // Act
        int dropped = TransactionHashes.prune(byHash(), byDeadline(), new Timestamp(before));

        // Assert
        assertEquals(pruned ? 1 : 0, dropped);
        assertEquals(!pruned, find(1).isPresent());
        assertEquals(pruned ? 0 : 1, count(byDeadline()));
    }

    @Test
    void pruningTakesEveryExpiredHashAndNothingElse() {
        // Arrange: deadlines 0, 100, ..., 1900 in scrambled order
        List<Integer> seeds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int seed = (i * 7) % 20;
            seeds.add(seed);
            add(seed, 5 + seed, seed * 100L);
        }
        long cutOff = 1_050;

        // Act
        int dropped = TransactionHashes.prune(byHash(), byDeadline(), new Timestamp(cutOff));

        // Assert
        long expected = seeds.stream().filter(s -> s * 100L < cutOff).count();
        assertEquals(expected, dropped);
        for (int seed : seeds) {
            assertEquals(seed * 100L >= cutOff, find(seed).isPresent(), "seed " + seed);
        }
        assertEquals(count(byHash()), count(byDeadline()));
    }

    @Test
    void pruningWorksOnCommittedHashes() {
        // Arrange
        add(1, 10, 50);
        add(2, 11, 5_000);
        fixture.commit(11);

        // Act
        int dropped = TransactionHashes.prune(byHash(), byDeadline(), new Timestamp(100));
        fixture.commit(12);

        // Assert
        assertEquals(1, dropped);
        assertTrue(TransactionHashes.find(fixture.committed().index(TransactionHashes.BY_HASH), hash(1)).isEmpty());
        assertTrue(TransactionHashes.find(fixture.committed().index(TransactionHashes.BY_HASH), hash(2)).isPresent());
    }
}
