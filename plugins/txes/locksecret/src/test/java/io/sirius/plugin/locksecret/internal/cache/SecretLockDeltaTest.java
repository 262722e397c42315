package io.sirius.plugin.locksecret.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SecretLockInfo cache's layout; the index upkeep itself is lockshared's LockCacheDeltaTest. */
class SecretLockDeltaTest {

    @Test
    void listsALockUnderItsHeightOwnerAndSecretAndUnlistsItOnRemoval() {
        // Arrange
        InMemoryState state = Fixtures.state();
        SecretLockInfo other = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.OWNER_ADDRESS, Fixtures.OWNER, 100,
                LockStatus.UNUSED);
        Map<String, Map<String, String>> empty = state.snapshot();

        // Act
        SecretLockDelta.of(state).add(Fixtures.lock());
        SecretLockDelta.of(state).add(other);

        // Assert
        SecretLockView view = SecretLockView.of(state.view());
        LockKeySet both = LockKeySet.EMPTY.with(Fixtures.COMPOSITE).with(other.compositeHash());
        assertEquals(both, view.keys(new SecretLockKey.Expiry(new Height(100))));
        assertEquals(both, view.keys(new SecretLockKey.Owner(Fixtures.OWNER)));
        assertEquals(both, view.keys(new SecretLockKey.Secret(Fixtures.SHA3_SECRET)));
        assertEquals(LockKeySet.EMPTY, view.keys(new SecretLockKey.Owner(Fixtures.OTHER)));
        assertEquals(Optional.of(Fixtures.lock()), view.find(Fixtures.COMPOSITE));
        SecretLockDelta.of(state).remove(other.compositeHash());
        assertEquals(List.of(Fixtures.COMPOSITE), view.keys(new SecretLockKey.Secret(Fixtures.SHA3_SECRET)).keys());
        SecretLockDelta.of(state).remove(Fixtures.COMPOSITE);
        assertEquals(empty, state.snapshot());
    }
}
