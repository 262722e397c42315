package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashLockExpiryDerivationTest {
    private static final PublicKey HARVESTER = Fixtures.OTHER;
    private static final BalanceCreditNotification FORFEIT = new BalanceCreditNotification(HARVESTER,
            new UnresolvedMosaicId(Fixtures.CURRENCY.value()), new Amount(10_000_000));

    private static ReceiptNotification expired(Hash256 hash) {
        return new ReceiptNotification(ArtifactExpiryReceipt.of(LockHashTypes.EXPIRED_RECEIPT, hash));
    }

    private static List<Notification> endBlock(InMemoryState state, long height) {
        List<Notification> derived = new ArrayList<>();
        new HashLockExpiryDerivation().derive(new BlockNotification(HARVESTER, Fixtures.OWNER, new Height(height),
                new Timestamp(0), Amount.ZERO, 0, 1), Fixtures.context(height, state).stateful(), derived::add);
        return derived;
    }

    @Test
    void givesTheDepositsOfTheUnusedLocksEndingAtTheBlockToItsSigner() {
        // Arrange: at 100 two unused locks and a used one; an unused one at 101; a replaced key
        InMemoryState state = Fixtures.state();
        HashLockDelta delta = HashLockDelta.of(state);
        delta.add(Fixtures.lock());
        delta.add(Fixtures.lock(Fixtures.hash(1), Fixtures.OWNER, 100, LockStatus.UNUSED));
        delta.add(Fixtures.lock(Fixtures.hash(2), Fixtures.OWNER, 100, LockStatus.USED));
        delta.add(Fixtures.lock(Fixtures.hash(3), Fixtures.OWNER, 101, LockStatus.UNUSED));
        delta.add(Fixtures.lock(Fixtures.hash(4), Fixtures.OWNER, 40, LockStatus.UNUSED));
        delta.add(Fixtures.replacing(Fixtures.lock(Fixtures.hash(4), Fixtures.OWNER, 40, LockStatus.UNUSED),
                Fixtures.OWNER, 300));

        // Act + Assert: to the harvester, not the beneficiary nor the owner; each with its expiry receipt, in key order
        Hash256 first = Arrays.compareUnsigned(Fixtures.lock().hash().bytes(), Fixtures.hash(1).bytes()) < 0
                ? Fixtures.lock().hash() : Fixtures.hash(1);
        Hash256 second = first.equals(Fixtures.hash(1)) ? Fixtures.lock().hash() : Fixtures.hash(1);
        assertEquals(List.of(FORFEIT, expired(first), FORFEIT, expired(second)), endBlock(state, 100));
        assertEquals(List.of(FORFEIT, expired(Fixtures.hash(3))), endBlock(state, 101));
        assertEquals(List.of(), endBlock(state, 99));
        assertEquals(List.of(), endBlock(state, 40));
        assertEquals(List.of(FORFEIT, expired(Fixtures.hash(4))), endBlock(state, 300));
        assertEquals(0x2348, LockHashTypes.EXPIRED_RECEIPT.value());
    }
}
