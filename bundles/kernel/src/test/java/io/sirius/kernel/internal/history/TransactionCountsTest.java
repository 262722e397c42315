package io.sirius.kernel.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction count index on the real state store, against counts kept by brute force: blocks over several
 * groups (so checkpoints are written and read), most of them empty as on a quiet chain, undone and redone.
 */
class TransactionCountsTest {
    private static final EntityType TRANSFER = new EntityType(0x4154);
    private static final EntityType AGGREGATE = new EntityType(0x4141);
    private static final EntityType MOSAIC = new EntityType(0x414D);
    private static final List<Set<EntityType>> FILTERS = List.of(Set.of(), Set.of(TRANSFER), Set.of(AGGREGATE, MOSAIC),
            Set.of(new EntityType(0x4E43)));

    @TempDir
    Path directory;

    /** The types of each block's transactions, index = height (0 unused). */
    private final List<List<EntityType>> chain = new ArrayList<>(List.of(List.of()));

    @Test
    void countsAndLocatesMatchesAcrossGroupsAndAfterUndo() throws Exception {
        try (StateStore store = new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(directory)) {
            // Arrange: 3,400 blocks (three checkpoints), committed in batches
            Random random = new Random(7);
            append(store, random, 3_400);

            // Act + Assert
            check(store, random);

            // Act: undo back to 1,998 (removing the checkpoint of group 1 and part of group 2), then grow again
            StateChanges undo = store.begin();
            for (long height = chain.size() - 1; height > 1_998; height--) {
                TransactionCounts.undo(undo, height);
                chain.remove((int) height);
            }
            store.commit(undo, 1_998);
            check(store, random);
            append(store, random, 1_500);

            // Assert
            check(store, random);
            assertEquals(OptionalLong.of(1), new TransactionCounts(store.view().index(TransactionCounts.NAME)).firstHeight());
        }
    }

    @Test
    void aChainRecordedFromALaterHeightSaysSo() throws Exception {
        try (StateStore store = new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(directory)) {
            // Arrange
            StateChanges changes = store.begin();
            TransactionCounts.record(changes, 5, List.of(TRANSFER));
            TransactionCounts.record(changes, 6, List.of());
            store.commit(changes, 6);
            TransactionCounts counts = new TransactionCounts(store.view().index(TransactionCounts.NAME));

            // Act + Assert
            assertEquals(OptionalLong.of(5), counts.firstHeight());

            // Act: undoing the first recorded block forgets where recording began
            StateChanges undo = store.begin();
            TransactionCounts.undo(undo, 6);
            TransactionCounts.undo(undo, 5);
            store.commit(undo, 4);

            // Assert
            assertTrue(new TransactionCounts(store.view().index(TransactionCounts.NAME)).firstHeight().isEmpty());
        }
    }

    private void append(StateStore store, Random random, int blocks) {
        StateChanges changes = store.begin();
        for (int i = 0; i < blocks; i++) {
            long height = chain.size();
            List<EntityType> types = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                int count = 1 + random.nextInt(5);
                for (int t = 0; t < count; t++) {
                    types.add(List.of(TRANSFER, TRANSFER, AGGREGATE, MOSAIC).get(random.nextInt(4)));
                }
            }
            chain.add(types);
            TransactionCounts.record(changes, height, types);
            if (height % 700 == 0) {
                store.commit(changes, height);
                changes = store.begin();
            }
        }
        store.commit(changes, chain.size() - 1);
    }

    private void check(StateStore store, Random random) {
        TransactionCounts counts = new TransactionCounts(store.view().index(TransactionCounts.NAME));
        long top = chain.size() - 1;
        for (Set<EntityType> filter : FILTERS) {
            long[] through = new long[chain.size()];
            for (int h = 1; h < chain.size(); h++) {
                through[h] = through[h - 1] + chain.get(h).stream().filter(t -> filter.isEmpty() || filter.contains(t)).count();
            }
            List<Long> heights = new ArrayList<>(List.of(0L, 1L, 998L, 999L, 1_000L, 1_999L, 2_000L, top));
            for (int i = 0; i < 40; i++) {
                heights.add((long) random.nextInt(chain.size()));
            }
            for (long h : heights) {
                if (h <= top) {
                    assertEquals(through[(int) h], counts.through(h, filter), "through " + h + " of " + filter);
                }
            }
            for (long ordinal : List.of(1L, through[(int) top] / 2, through[(int) top], through[(int) top] + 1)) {
                OptionalLong expected = OptionalLong.empty();
                for (int h = 1; h < chain.size() && ordinal >= 1; h++) {
                    if (through[h] >= ordinal) {
                        expected = OptionalLong.of(h);
                        break;
                    }
                }
                assertEquals(expected, counts.heightOf(ordinal, filter, top), "match " + ordinal + " of " + filter);
            }
            long from = 1 + random.nextInt((int) top);
            List<Long> expectedHeights = new ArrayList<>();
            for (long h = from; h <= top && expectedHeights.size() < 50; h++) {
                if (through[(int) h] > through[(int) h - 1]) {
                    expectedHeights.add(h);
                }
            }
            List<Long> visited = new ArrayList<>();
            counts.heightsWithMatches(from, top, filter, h -> {
                visited.add(h);
                return visited.size() < 50;
            });
            assertEquals(expectedHeights, visited, "heights with matches from " + from + " of " + filter);
        }
    }
}
