package io.sirius.plugin.locksecret.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecretLockObserverTest {
    private static final SecretLockNotification LOCK = new SecretLockNotification(Fixtures.OWNER,
            new UnresolvedMosaic(new UnresolvedMosaicId(Fixtures.CURRENCY.value()), new Amount(10)), new BlockDuration(20),
            LockHashAlgorithm.SHA3_256.code(), Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved());

    private static void observe(InMemoryState state, NotifyMode mode, long height) {
        io.sirius.plugin.testkit.ContextBuilder context = Fixtures.context(height, state).mode(mode);
        new SecretLockObserver().notify(LOCK, context.observer());
        // the created receipt (owner, mosaic, amount), in commit mode only
        assertEquals(mode == NotifyMode.COMMIT ? java.util.List.of(new io.sirius.api.receipt.BalanceChangeReceipt(
                io.sirius.plugin.locksecret.model.LockSecretTypes.CREATED_RECEIPT, LOCK.signer(), Fixtures.CURRENCY,
                LOCK.mosaic().amount())) : java.util.List.of(), context.receipts());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void createsAnUnusedLockEndingDurationBlocksFromNowAndListsIt(NotifyMode mode) {
        // Arrange: the lock Fixtures.lock() describes ends at 100 = 80 + 20
        Transition transition = new Transition(Fixtures::state, () -> {
            InMemoryState state = Fixtures.state();
            SecretLockDelta.of(state).add(Fixtures.lock());
            return state;
        });
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, 80);

        // Assert: the lock and its three index rows, and nothing else
        assertEquals(transition.expected(mode), state.snapshot());
        if (mode == NotifyMode.COMMIT) {
            assertEquals(4, state.keys(SecretLockCache.DESCRIPTOR).size());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void keepsAPrunedLockOfTheSameKeyInsideTheNewOne(NotifyMode mode) {
        // Arrange: another owner's used lock ended at 50 under the same key (pruned since block 56)
        SecretLockInfo old = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.USED);
        Transition transition = new Transition(() -> {
            InMemoryState state = Fixtures.state();
            SecretLockDelta.of(state).add(old);
            return state;
        }, () -> {
            InMemoryState state = Fixtures.state();
            SecretLockDelta.of(state).add(old);
            SecretLockInfo lock = Fixtures.lock();
            SecretLockDelta.of(state).add(new SecretLockInfo(lock.account(), lock.accountAddress(), lock.mosaicId(),
                    lock.amount(), lock.height(), lock.status(), lock.hashAlgorithm(), lock.secret(), lock.recipient(),
                    Optional.of(old)));
            return state;
        });
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, 80);

        // Assert: both owners' indexes, both expiry rows
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @Test
    void failsLoudlyOnARecipientThatDoesNotResolve() {
        // Arrange
        var unresolvable = new SecretLockNotification(Fixtures.OWNER, LOCK.mosaic(), LOCK.duration(), 0, LOCK.secret(),
                io.sirius.api.model.UnresolvedAddress.alias(io.sirius.api.model.NetworkType.MIJIN_TEST,
                        new io.sirius.api.model.NamespaceId(0x8000000000000001L)));

        // Act + Assert
        assertThrows(IllegalStateException.class, () -> new SecretLockObserver().notify(unresolvable,
                Fixtures.context(80, Fixtures.state()).observer()));
    }
}
