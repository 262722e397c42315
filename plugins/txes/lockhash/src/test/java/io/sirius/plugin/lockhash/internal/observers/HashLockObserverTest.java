package io.sirius.plugin.lockhash.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockhash.state.HashLockCache;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HashLockObserverTest {
    private static final HashLockNotification LOCK = new HashLockNotification(Fixtures.OWNER,
            new UnresolvedMosaic(new UnresolvedMosaicId(Fixtures.CURRENCY.value()), new Amount(10_000_000)),
            new BlockDuration(20), Fixtures.AGGREGATE);

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void createsAnUnusedLockEndingDurationBlocksFromNowAndListsIt(NotifyMode mode) {
        // Arrange: the lock Fixtures.lock() describes ends at 100 = 80 + 20
        Transition transition = new Transition(Fixtures::state, () -> {
            InMemoryState state = Fixtures.state();
            HashLockDelta.of(state).add(Fixtures.lock());
            return state;
        });
        InMemoryState state = transition.start(mode);

        // Act
        io.sirius.plugin.testkit.ContextBuilder context = Fixtures.context(80, state).mode(mode);
        new HashLockObserver().notify(LOCK, context.observer());

        // Assert: the lock and its two index rows, and nothing else; the created receipt in commit mode only
        assertEquals(transition.expected(mode), state.snapshot());
        if (mode == NotifyMode.COMMIT) {
            assertEquals(3, state.keys(HashLockCache.DESCRIPTOR).size());
            assertEquals(java.util.List.of(new io.sirius.api.receipt.BalanceChangeReceipt(
                    io.sirius.plugin.lockhash.model.LockHashTypes.CREATED_RECEIPT, Fixtures.OWNER, Fixtures.CURRENCY,
                    new Amount(10_000_000))), context.receipts());
            assertEquals(0x3148, io.sirius.plugin.lockhash.model.LockHashTypes.CREATED_RECEIPT.value());
        } else {
            assertEquals(java.util.List.of(), context.receipts());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void keepsAPrunedLockOfTheSameHashInsideTheNewOne(NotifyMode mode) {
        // Arrange: another owner's lock of the aggregate ended unused at 50 (pruned since block 56)
        HashLockInfo old = Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OTHER, 50, LockStatus.UNUSED);
        Transition transition = new Transition(() -> {
            InMemoryState state = Fixtures.state();
            HashLockDelta.of(state).add(old);
            return state;
        }, () -> {
            InMemoryState state = Fixtures.state();
            HashLockDelta.of(state).add(old);
            HashLockDelta.of(state).add(Fixtures.replacing(old, Fixtures.OWNER, 100));
            return state;
        });
        InMemoryState state = transition.start(mode);

        // Act
        new HashLockObserver().notify(LOCK, Fixtures.context(80, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
