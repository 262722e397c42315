package io.sirius.plugin.lockshared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.lockshared.TestLocks.TestKey;
import io.sirius.plugin.lockshared.TestLocks.TestLock;
import io.sirius.plugin.lockshared.TestLocks;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockCacheDeltaTest {

    private static LockCacheDelta<TestKey, TestLock> delta(StateDelta state) {
        return new LockCacheDelta<>(state, TestLocks.LAYOUT) {
        };
    }

    @Test
    void listsALockInEachOfItsIndexes() {
        // Arrange
        InMemoryState state = TestLocks.state();
        TestLock other = TestLocks.lock(TestLocks.hash(2), TestLocks.OWNER, 100, LockStatus.UNUSED);

        // Act
        delta(state).add(TestLocks.lock());
        delta(state).add(other);

        // Assert
        var view = delta(state);
        LockKeySet both = LockKeySet.EMPTY.with(TestLocks.hash(1)).with(TestLocks.hash(2));
        assertEquals(both, view.keys(new TestKey.Expiry(new Height(100))));
        assertEquals(both, view.keys(new TestKey.Owner(TestLocks.OWNER)));
        assertEquals(LockKeySet.EMPTY, view.keys(new TestKey.Owner(TestLocks.OTHER)));
        assertEquals(Optional.of(TestLocks.lock()), view.find(TestLocks.hash(1)));
    }

    @Test
    void removingEachLockRestoresEachStateBeforeIt() {
        // Arrange: A (other, ends 50) replaced by B (owner, ends 200) replaced by C (other, ends 400)
        TestLock a = TestLocks.lock(TestLocks.hash(1), TestLocks.OTHER, 50, LockStatus.USED);
        TestLock b = TestLocks.replacing(a, TestLocks.OWNER, 200);
        TestLock c = TestLocks.replacing(b, TestLocks.OTHER, 400);
        InMemoryState state = TestLocks.state();
        var delta = delta(state);
        Map<String, Map<String, String>> empty = state.snapshot();
        delta.add(a);
        Map<String, Map<String, String>> afterA = state.snapshot();
        delta.add(b);
        Map<String, Map<String, String>> afterB = state.snapshot();
        delta.add(c);

        // Act + Assert: the other owner's index keeps the key while A is in the chain, and so does 50's
        assertEquals(List.of(TestLocks.hash(1)), delta.keys(new TestKey.Owner(TestLocks.OTHER)).keys());
        assertEquals(List.of(TestLocks.hash(1)), delta.keys(new TestKey.Expiry(new Height(50))).keys());
        delta.remove(TestLocks.hash(1));
        assertEquals(afterB, state.snapshot());
        delta.remove(TestLocks.hash(1));
        assertEquals(afterA, state.snapshot());
        delta.remove(TestLocks.hash(1));
        assertEquals(empty, state.snapshot());
    }

    @Test
    void updatesAStatusInPlace() {
        // Arrange
        InMemoryState state = TestLocks.state();
        var delta = delta(state);
        delta.add(TestLocks.lock());
        Map<String, Map<String, String>> unused = state.snapshot();

        // Act
        delta.update(TestLocks.lock().withStatus(LockStatus.USED));

        // Assert
        assertEquals(LockStatus.USED, delta.find(TestLocks.hash(1)).orElseThrow().status());
        delta.update(TestLocks.lock());
        assertEquals(unused, state.snapshot());
    }

    @Test
    void refusesWhatNoObserverShouldAsk() {
        // Arrange
        InMemoryState state = TestLocks.state();
        var delta = delta(state);

        // Act + Assert
        assertThrows(IllegalStateException.class, () -> delta.remove(TestLocks.hash(1)));
        assertThrows(IllegalStateException.class, () -> delta.update(TestLocks.lock()));
        delta.add(TestLocks.lock());
        assertThrows(IllegalStateException.class, () -> delta.add(TestLocks.lock()));
        assertThrows(IllegalStateException.class, () -> delta.add(TestLocks.replacing(
                TestLocks.lock(TestLocks.hash(1), TestLocks.OTHER, 7, LockStatus.USED), TestLocks.OWNER, 300)));
        assertThrows(IllegalArgumentException.class, () -> delta.keys(new TestKey.Lock(TestLocks.hash(1))));
    }
}
