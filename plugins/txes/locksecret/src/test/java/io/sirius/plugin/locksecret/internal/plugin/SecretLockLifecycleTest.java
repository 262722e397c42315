package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handlers, validators, observers and derivations over a chain of blocks the way the kernel does
 * ({@link ChainRunner}), and rolls the blocks back one by one: every state in between must come back byte for byte,
 * and every undo must derive what the commit derived.
 */
class SecretLockLifecycleTest {
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();
    private final ChainRunner chain;

    SecretLockLifecycleTest() {
        new LockSecretPlugin().register(plugin);
        chain = new ChainRunner(state, height -> Fixtures.context(height, state), plugin);
    }

    @SuppressWarnings("unchecked")
    private <T> List<Notification> publish(int typeIndex, T body, PublicKey signer, long height) {
        TransactionDescriptor<T> descriptor = (TransactionDescriptor<T>) plugin.transactions().get(typeIndex);
        List<Notification> out = new ArrayList<>();
        descriptor.handler().publish(body, Fixtures.context(height, state).signer(signer).type(descriptor.type())
                .transaction(), out::add);
        return out;
    }

    private static BlockNotification block(long height) {
        return new BlockNotification(Fixtures.OTHER, PublicKey.ZERO, new Height(height), new Timestamp(0), Amount.ZERO, 0, 1);
    }

    @Test
    void aLockItsProofAnotherLocksRefundAndTheirRollbackBlockByBlock() {
        // Arrange: block 80 locks two secrets for 20 blocks; block 90 proves the first; block 100 ends the second
        UnresolvedMosaic mosaic = new UnresolvedMosaic(new UnresolvedMosaicId(Fixtures.CURRENCY.value()), new Amount(10));
        var first = new SecretLockTransaction(mosaic, new BlockDuration(20), 0, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT.toUnresolved());
        var second = new SecretLockTransaction(mosaic, new BlockDuration(20), 0, Fixtures.secret(5),
                Fixtures.RECIPIENT.toUnresolved());
        var proof = new SecretProofTransaction(0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), Fixtures.PROOF);
        List<List<Notification>> derivedPerBlock = new ArrayList<>();

        // Act: commit
        long[] heights = {80, 90, 100};
        for (long height : heights) {
            List<Notification> block = new ArrayList<>();
            if (height == 80) {
                block.addAll(publish(0, first, Fixtures.OWNER, height));
                block.addAll(publish(0, second, Fixtures.OWNER, height));
            } else if (height == 90) {
                block.addAll(publish(1, proof, Fixtures.OTHER, height));
            }
            block.add(block(height));
            derivedPerBlock.add(chain.commit(height, block));
        }

        // Assert the commits: the recipient (key unknown here) is paid by address; the second lock is refunded
        var locks = SecretLockView.of(state.view());
        assertEquals(LockStatus.USED, locks.find(Fixtures.COMPOSITE).orElseThrow().status());
        UnresolvedMosaicId currency = new UnresolvedMosaicId(Fixtures.CURRENCY.value());
        assertEquals(List.of(), derivedPerBlock.get(0));
        assertEquals(List.of(new BalanceAddressCreditNotification(Fixtures.RECIPIENT.toUnresolved(), currency,
                new Amount(10)), new ReceiptNotification(new BalanceChangeReceipt(LockSecretTypes.COMPLETED_RECEIPT,
                PublicKey.ZERO, Fixtures.CURRENCY, new Amount(10)))), derivedPerBlock.get(1));
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, currency, new Amount(10)),
                new ReceiptNotification(ArtifactExpiryReceipt.of(LockSecretTypes.EXPIRED_RECEIPT,
                        io.sirius.plugin.locksecret.state.SecretLockInfo.compositeHash(Fixtures.secret(5), Fixtures.RECIPIENT)))),
                derivedPerBlock.get(2));

        // Act + Assert: roll back block by block; each undo must give back the state before its block and derive again
        // what its commit derived
        chain.rollbackAll();
        assertEquals(Fixtures.state().snapshot(), state.snapshot());
    }
}
