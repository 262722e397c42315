package io.sirius.plugin.lockhash.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockhash.state.LockKeySet;
import io.sirius.plugin.lockhash.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashLockDeltaTest {

    @Test
    void listsALockUnderItsHeightAndOwner() {
        // Arrange
        InMemoryState state = Fixtures.state();
        HashLockInfo other = Fixtures.lock(Fixtures.hash(1), Fixtures.OWNER, 100, LockStatus.UNUSED);

        // Act
        HashLockDelta.of(state).add(Fixtures.lock());
        HashLockDelta.of(state).add(other);

        // Assert
        HashLockView view = HashLockView.of(state.view());
        LockKeySet both = LockKeySet.EMPTY.with(Fixtures.AGGREGATE).with(Fixtures.hash(1));
        assertEquals(both, view.keys(new HashLockKey.Expiry(new Height(100))));
        assertEquals(both, view.keys(new HashLockKey.Owner(Fixtures.OWNER)));
        assertEquals(LockKeySet.EMPTY, view.keys(new HashLockKey.Owner(Fixtures.OTHER)));
        assertEquals(Optional.of(Fixtures.lock()), view.find(Fixtures.AGGREGATE));
    }

    @Test
    void removingEachLockRestoresEachStateBeforeIt() {
        // Arrange: A (other, ends 50) replaced by B (owner, ends 200) replaced by C (other, ends 400)
        HashLockInfo a = Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OTHER, 50, LockStatus.UNUSED);
        HashLockInfo b = Fixtures.replacing(a, Fixtures.OWNER, 200);
        HashLockInfo c = Fixtures.replacing(b, Fixtures.OTHER, 400);
        InMemoryState state = Fixtures.state();
        HashLockDelta delta = HashLockDelta.of(state);
        Map<String, Map<String, String>> empty = state.snapshot();
        delta.add(a);
        Map<String, Map<String, String>> afterA = state.snapshot();
        delta.add(b);
        Map<String, Map<String, String>> afterB = state.snapshot();
        delta.add(c);

        // Act + Assert
        assertEquals(List.of(Fixtures.AGGREGATE), HashLockView.of(state.view())
                .keys(new HashLockKey.Owner(Fixtures.OTHER)).keys());
        delta.remove(Fixtures.AGGREGATE);
        assertEquals(afterB, state.snapshot());
        delta.remove(Fixtures.AGGREGATE);
        assertEquals(afterA, state.snapshot());
        delta.remove(Fixtures.AGGREGATE);
        assertEquals(empty, state.snapshot());
    }

    @Test
    void refusesWhatNoObserverShouldAsk() {
        // Arrange
        InMemoryState state = Fixtures.state();
        HashLockDelta delta = HashLockDelta.of(state);

        // Act + Assert
        assertThrows(IllegalStateException.class, () -> delta.remove(Fixtures.AGGREGATE));
        assertThrows(IllegalStateException.class, () -> delta.update(Fixtures.lock()));
        delta.add(Fixtures.lock());
        assertThrows(IllegalStateException.class, () -> delta.add(Fixtures.lock()));
        assertThrows(IllegalArgumentException.class, () -> HashLockView.of(state.view())
                .keys(new HashLockKey.Lock(Fixtures.AGGREGATE)));
    }
}
