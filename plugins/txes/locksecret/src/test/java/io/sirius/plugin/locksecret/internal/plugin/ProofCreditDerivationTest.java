package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofCreditDerivationTest {
    private static final ProofPublicationNotification PROOF = new ProofPublicationNotification(Fixtures.OWNER, 0,
            Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved());
    private static final UnresolvedMosaicId CURRENCY = new UnresolvedMosaicId(Fixtures.CURRENCY.value());

    private static List<Notification> derive(InMemoryState state) {
        List<Notification> derived = new ArrayList<>();
        new ProofCreditDerivation().derive(PROOF, Fixtures.context(50, state).stateful(), derived::add);
        return derived;
    }

    private static InMemoryState usedLock(boolean recipientKeyKnown) {
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(Fixtures.lock().withStatus(LockStatus.USED));
        AccountState recipient = AccountState.create(Fixtures.RECIPIENT, new Height(3));
        state.cache(AccountStateCache.DESCRIPTOR).put(Fixtures.RECIPIENT,
                recipientKeyKnown ? recipient.withPublicKey(Fixtures.OTHER, new Height(4)) : recipient);
        return state;
    }

    private static ReceiptNotification completed(PublicKey recipient) {
        return new ReceiptNotification(new BalanceChangeReceipt(LockSecretTypes.COMPLETED_RECEIPT, recipient,
                Fixtures.CURRENCY, new Amount(10)));
    }

    @Test
    void creditsTheRecipientByAddressWhetherOrNotItsKeyIsKnown() {
        // Act + Assert: the publisher (OWNER here) gets nothing; the recipient's address gets the lock
        // with the completed receipt naming the recipient's key, zero while the account has none (as Sirius writes it)
        BalanceAddressCreditNotification credit = new BalanceAddressCreditNotification(Fixtures.RECIPIENT.toUnresolved(),
                CURRENCY, new Amount(10));
        assertEquals(List.of(credit, completed(Fixtures.OTHER)), derive(usedLock(true)));
        assertEquals(List.of(credit, completed(PublicKey.ZERO)), derive(usedLock(false)));
        assertEquals(0x2252, LockSecretTypes.COMPLETED_RECEIPT.value());
    }

    @Test
    void derivesNothingForALockThatIsNotUsed() {
        // Arrange
        InMemoryState unused = Fixtures.state();
        SecretLockDelta.of(unused).add(Fixtures.lock());

        // Act + Assert
        assertEquals(List.of(), derive(unused));
        assertEquals(List.of(), derive(Fixtures.state()));
    }

    @Test
    void derivesTheSameWhetherOrNotItsCreditsWereObserved() {
        // Arrange: what the kernel's undo sees, the recipient already credited
        InMemoryState before = usedLock(true);
        InMemoryState after = usedLock(true);
        AccountState credited = after.cache(AccountStateCache.DESCRIPTOR).find(Fixtures.RECIPIENT).orElseThrow()
                .credit(Fixtures.CURRENCY, new Amount(10));
        after.cache(AccountStateCache.DESCRIPTOR).put(Fixtures.RECIPIENT, credited);

        // Act + Assert
        assertEquals(derive(before), derive(after));
    }
}
