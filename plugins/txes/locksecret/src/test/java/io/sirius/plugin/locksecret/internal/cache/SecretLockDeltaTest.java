package io.sirius.plugin.locksecret.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.state.LockKeySet;
import io.sirius.plugin.locksecret.state.LockStatus;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretLockDeltaTest {

    private static SecretLockInfo replacing(SecretLockInfo old, io.sirius.api.model.PublicKey owner, long height) {
        SecretLockInfo fresh = Fixtures.lock(old.secret(), old.recipient(), owner, height, LockStatus.UNUSED);
        return new SecretLockInfo(fresh.account(), fresh.accountAddress(), fresh.mosaicId(), fresh.amount(), fresh.height(),
                fresh.status(), fresh.hashAlgorithm(), fresh.secret(), fresh.recipient(), Optional.of(old));
    }

    @Test
    void listsALockUnderItsHeightOwnerAndSecret() {
        // Arrange
        InMemoryState state = Fixtures.state();
        SecretLockInfo other = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.OWNER_ADDRESS, Fixtures.OWNER, 100,
                LockStatus.UNUSED);

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
    }

    @Test
    void removingEachLockRestoresEachStateBeforeIt() {
        // Arrange: A (other, ends 50) replaced by B (owner, ends 200) replaced by C (other, ends 400)
        SecretLockInfo a = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.USED);
        SecretLockInfo b = replacing(a, Fixtures.OWNER, 200);
        SecretLockInfo c = replacing(b, Fixtures.OTHER, 400);
        InMemoryState state = Fixtures.state();
        SecretLockDelta delta = SecretLockDelta.of(state);
        Map<String, Map<String, String>> empty = state.snapshot();
        delta.add(a);
        Map<String, Map<String, String>> afterA = state.snapshot();
        delta.add(b);
        Map<String, Map<String, String>> afterB = state.snapshot();
        delta.add(c);

        // Act + Assert: the other owner's index keeps the key while A is in the chain
        assertEquals(List.of(Fixtures.COMPOSITE), SecretLockView.of(state.view())
                .keys(new SecretLockKey.Owner(Fixtures.OTHER)).keys());
        delta.remove(Fixtures.COMPOSITE);
        assertEquals(afterB, state.snapshot());
        delta.remove(Fixtures.COMPOSITE);
        assertEquals(afterA, state.snapshot());
        delta.remove(Fixtures.COMPOSITE);
        assertEquals(empty, state.snapshot());
    }

    @Test
    void refusesWhatNoObserverShouldAsk() {
        // Arrange
        InMemoryState state = Fixtures.state();
        SecretLockDelta delta = SecretLockDelta.of(state);

        // Act + Assert
        assertThrows(IllegalStateException.class, () -> delta.remove(Fixtures.COMPOSITE));
        assertThrows(IllegalStateException.class, () -> delta.update(Fixtures.lock()));
        delta.add(Fixtures.lock());
        assertThrows(IllegalStateException.class, () -> delta.add(Fixtures.lock()));
        assertThrows(IllegalArgumentException.class, () -> SecretLockView.of(state.view())
                .keys(new SecretLockKey.Lock(Fixtures.COMPOSITE)));
    }
}
