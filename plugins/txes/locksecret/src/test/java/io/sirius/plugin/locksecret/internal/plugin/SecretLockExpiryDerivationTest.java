package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretLockExpiryDerivationTest {
    private static final UnresolvedMosaicId CURRENCY = new UnresolvedMosaicId(Fixtures.CURRENCY.value());

    private static ReceiptNotification expired(SecretLockInfo lock) {
        return new ReceiptNotification(ArtifactExpiryReceipt.of(LockSecretTypes.EXPIRED_RECEIPT, lock.compositeHash()));
    }

    private static List<Notification> endBlock(InMemoryState state, long height) {
        List<Notification> derived = new ArrayList<>();
        new SecretLockExpiryDerivation().derive(new BlockNotification(Fixtures.OTHER, PublicKey.ZERO, new Height(height),
                new Timestamp(0), Amount.ZERO, 0, 1), Fixtures.context(height, state).stateful(), derived::add);
        return derived;
    }

    @Test
    void refundsTheOwnersOfTheUnusedLocksEndingAtTheBlock() {
        // Arrange: at 100 an unused lock of OWNER and one of OTHER, a used one; an unused one ending at 101
        InMemoryState state = Fixtures.state();
        SecretLockDelta delta = SecretLockDelta.of(state);
        delta.add(Fixtures.lock());
        delta.add(Fixtures.lock(Fixtures.secret(1), Fixtures.RECIPIENT, Fixtures.OTHER, 100, LockStatus.UNUSED));
        delta.add(Fixtures.lock(Fixtures.secret(2), Fixtures.RECIPIENT, Fixtures.OWNER, 100, LockStatus.USED));
        delta.add(Fixtures.lock(Fixtures.secret(3), Fixtures.RECIPIENT, Fixtures.OWNER, 101, LockStatus.UNUSED));

        // Act
        List<Notification> at100 = endBlock(state, 100);

        // Assert: in composite-hash order; nothing at 99; the 101 lock at 101
        List<SecretLockInfo> refunded = new ArrayList<>(List.of(Fixtures.lock(),
                Fixtures.lock(Fixtures.secret(1), Fixtures.RECIPIENT, Fixtures.OTHER, 100, LockStatus.UNUSED)));
        refunded.sort((a, b) -> LockKeySet.ORDER.compare(a.compositeHash(), b.compositeHash()));
        List<Notification> expected = refunded.stream()
                .<Notification>flatMap(lock -> java.util.stream.Stream.of(
                        new BalanceCreditNotification(lock.account(), CURRENCY, new Amount(10)), expired(lock)))
                .toList();
        assertEquals(expected, at100);
        assertEquals(List.of(), endBlock(state, 99));
        SecretLockInfo at101 = Fixtures.lock(Fixtures.secret(3), Fixtures.RECIPIENT, Fixtures.OWNER, 101, LockStatus.UNUSED);
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, CURRENCY, new Amount(10)), expired(at101)),
                endBlock(state, 101));
        assertEquals(0x2352, LockSecretTypes.EXPIRED_RECEIPT.value());
    }

    @Test
    void ignoresAKeyWhoseLockNowEndsElsewhere() {
        // Arrange: a lock ending at 50 was pruned and its key reused by one ending at 300
        SecretLockInfo old = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.UNUSED);
        SecretLockInfo fresh = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OWNER, 300, LockStatus.UNUSED);
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(old);
        SecretLockDelta.of(state).add(new SecretLockInfo(fresh.account(), fresh.accountAddress(), fresh.mosaicId(),
                fresh.amount(), fresh.height(), fresh.status(), fresh.hashAlgorithm(), fresh.secret(), fresh.recipient(),
                Optional.of(old)));

        // Act + Assert
        assertEquals(List.of(), endBlock(state, 50));
        assertEquals(2, endBlock(state, 300).size(), "the refund and its receipt");
    }
}
