package io.sirius.plugin.lockhash.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HashLockInfo cache's layout; the index upkeep itself is lockshared's LockCacheDeltaTest. */
class HashLockDeltaTest {

    @Test
    void listsALockUnderItsHeightAndOwnerAndUnlistsItOnRemoval() {
        // Arrange
        InMemoryState state = Fixtures.state();
        HashLockInfo other = Fixtures.lock(Fixtures.hash(1), Fixtures.OWNER, 100, LockStatus.UNUSED);
        Map<String, Map<String, String>> empty = state.snapshot();

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
        HashLockDelta.of(state).remove(Fixtures.hash(1));
        HashLockDelta.of(state).remove(Fixtures.AGGREGATE);
        assertEquals(empty, state.snapshot());
    }
}
