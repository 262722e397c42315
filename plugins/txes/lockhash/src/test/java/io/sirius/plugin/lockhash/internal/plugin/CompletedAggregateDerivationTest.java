package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompletedAggregateDerivationTest {

    private static List<Notification> derive(InMemoryState state, int type) {
        List<Notification> derived = new ArrayList<>();
        new CompletedAggregateDerivation().derive(new TransactionNotification(Fixtures.OTHER, Fixtures.AGGREGATE,
                new EntityType(type), new Timestamp(0)), Fixtures.context(50, state).stateful(), derived::add);
        return derived;
    }

    private static InMemoryState withLock(LockStatus status) {
        InMemoryState state = Fixtures.state();
        HashLockDelta.of(state).add(Fixtures.lock().withStatus(status));
        return state;
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {0x4241, 0x4441})
    void returnsTheDepositToTheOwnerOnceTheLockIsUsed(int type) {
        // Act + Assert: the aggregate's signer (OTHER) gets nothing; the lock's owner gets the deposit
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, new UnresolvedMosaicId(Fixtures.CURRENCY.value()),
                new Amount(10_000_000)), new ReceiptNotification(new BalanceChangeReceipt(LockHashTypes.COMPLETED_RECEIPT,
                Fixtures.OWNER, Fixtures.CURRENCY, new Amount(10_000_000)))), derive(withLock(LockStatus.USED), type));
        assertEquals(0x2248, LockHashTypes.COMPLETED_RECEIPT.value());
    }

    @ParameterizedTest(name = "{0} lock, type {1}")
    @CsvSource({"UNUSED, 0x4241", "USED, 0x4141", "USED, 0x4154"})
    void derivesNothingForAnUnusedLockOrAnotherType(LockStatus status, String type) {
        // Act + Assert
        assertEquals(List.of(), derive(withLock(status), Integer.decode(type)));
        assertEquals(List.of(), derive(Fixtures.state(), Integer.decode(type)));
    }
}
