package io.sirius.plugin.lockshared.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockshared.TestLocks.TestKey;
import io.sirius.plugin.lockshared.TestLocks.TestLock;
import io.sirius.plugin.lockshared.TestLocks;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockCacheViewTest {

    private static LockCacheView<TestKey, TestLock> view(StateView state) {
        return new LockCacheView<>(state, TestLocks.LAYOUT) {
        };
    }

    /** Puts a lock and its index rows without the delta, so the view is tested on its own. */
    private static void put(InMemoryState state, TestLock lock) {
        var cache = state.cache(TestLocks.DESCRIPTOR);
        cache.put(new TestKey.Lock(lock.key()), lock);
        for (TestKey index : TestLocks.LAYOUT.indexKeys().apply(lock)) {
            cache.put(index, cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY).with(lock.key()));
        }
    }

    @Test
    void findsLocksByKeyAndTheKeysAnIndexLists() {
        // Arrange
        InMemoryState state = TestLocks.state();
        put(state, TestLocks.lock());
        put(state, TestLocks.lock(TestLocks.hash(2), TestLocks.OTHER, 100, LockStatus.USED));

        // Act
        var locks = view(state.view());

        // Assert
        assertEquals(Optional.of(TestLocks.lock()), locks.find(TestLocks.hash(1)));
        assertEquals(Optional.empty(), locks.find(TestLocks.hash(3)));
        assertEquals(List.of(TestLocks.hash(1), TestLocks.hash(2)), locks.keys(new TestKey.Expiry(new Height(100))).keys());
        assertEquals(List.of(TestLocks.hash(2)), locks.keys(new TestKey.Owner(TestLocks.OTHER)).keys());
        assertEquals(LockKeySet.EMPTY, locks.keys(new TestKey.Expiry(new Height(101))));
        assertThrows(IllegalArgumentException.class, () -> locks.keys(new TestKey.Lock(TestLocks.hash(3))));
    }

    @Test
    void theLocksEndingUnusedAtAHeightLeaveOutUsedOnesAndKeysWhoseLockNowEndsElsewhere() {
        // Arrange: at 100 ends key 1 (unused), key 2 (used); key 3's lock ending at 100 was replaced by one ending at 300,
        // whose chain keeps key 3 in the index of 100
        InMemoryState state = TestLocks.state();
        put(state, TestLocks.lock(TestLocks.hash(3), TestLocks.OWNER, 100, LockStatus.UNUSED));
        put(state, TestLocks.replacing(TestLocks.lock(TestLocks.hash(3), TestLocks.OWNER, 100, LockStatus.UNUSED),
                TestLocks.OTHER, 300));
        put(state, TestLocks.lock(TestLocks.hash(2), TestLocks.OTHER, 100, LockStatus.USED));
        put(state, TestLocks.lock());

        // Act + Assert
        assertEquals(List.of(TestLocks.lock()), view(state.view()).unusedEndingAt(new Height(100)));
        assertEquals(List.of(), view(state.view()).unusedEndingAt(new Height(99)));
        assertEquals(1, view(state.view()).unusedEndingAt(new Height(300)).size());
    }
}
