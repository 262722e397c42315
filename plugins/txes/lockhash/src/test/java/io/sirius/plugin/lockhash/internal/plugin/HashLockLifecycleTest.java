package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handler, validators, observers and derivations over a chain of blocks the way the kernel does
 * ({@link ChainRunner}), with the core's {@code TransactionNotification} of a bonded aggregate standing in for the
 * aggregate plugin, and rolls the blocks back one by one: every state in between must come back byte for byte, and
 * every undo must derive what the commit derived.
 */
class HashLockLifecycleTest {
    private static final PublicKey HARVESTER = Fixtures.OTHER;
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();
    private final ChainRunner chain;

    HashLockLifecycleTest() {
        new LockHashPlugin().register(plugin);
        chain = new ChainRunner(state, height -> Fixtures.context(height, state), plugin);
    }

    @SuppressWarnings("unchecked")
    private List<Notification> lock(HashLockTransaction body, long height) {
        TransactionDescriptor<HashLockTransaction> descriptor =
                (TransactionDescriptor<HashLockTransaction>) plugin.transactions().get(0);
        List<Notification> out = new ArrayList<>();
        out.add(new TransactionNotification(Fixtures.OWNER, Fixtures.hash(0xA0 + (int) height), descriptor.type(),
                new Timestamp(0)));
        descriptor.handler().publish(body, Fixtures.context(height, state).signer(Fixtures.OWNER)
                .type(descriptor.type()).transaction(), out::add);
        return out;
    }

    @Test
    void twoLocksOneAggregateConfirmedOneForfeitedAndTheirRollbackBlockByBlock() {
        // Arrange: block 80 locks two aggregates for 20 blocks; block 90 confirms the first; block 100 ends the second
        UnresolvedMosaic deposit = new UnresolvedMosaic(new UnresolvedMosaicId(Fixtures.CURRENCY.value()),
                new Amount(10_000_000));
        long[] heights = {80, 90, 100};
        List<List<Notification>> derived = new ArrayList<>();

        // Act: commit
        for (long height : heights) {
            List<Notification> block = new ArrayList<>();
            if (height == 80) {
                block.addAll(lock(new HashLockTransaction(deposit, new BlockDuration(20), Fixtures.AGGREGATE), height));
                block.addAll(lock(new HashLockTransaction(deposit, new BlockDuration(20), Fixtures.hash(7)), height));
            } else if (height == 90) {
                block.add(new TransactionNotification(Fixtures.OTHER, Fixtures.AGGREGATE, new EntityType(0x4241),
                        new Timestamp(0)));
            }
            block.add(new BlockNotification(HARVESTER, PublicKey.ZERO, new Height(height), new Timestamp(0), Amount.ZERO,
                    0, 1));
            derived.add(chain.commit(height, block));
        }

        // Assert the commits: the owner gets the first deposit back, the harvester of block 100 the second
        UnresolvedMosaicId currency = new UnresolvedMosaicId(Fixtures.CURRENCY.value());
        assertEquals(LockStatus.USED, HashLockView.of(state.view()).find(Fixtures.AGGREGATE).orElseThrow().status());
        assertEquals(LockStatus.UNUSED, HashLockView.of(state.view()).find(Fixtures.hash(7)).orElseThrow().status());
        assertEquals(List.of(), derived.get(0));
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, currency, new Amount(10_000_000)),
                new ReceiptNotification(new BalanceChangeReceipt(LockHashTypes.COMPLETED_RECEIPT, Fixtures.OWNER,
                        Fixtures.CURRENCY, new Amount(10_000_000)))), derived.get(1));
        assertEquals(List.of(new BalanceCreditNotification(HARVESTER, currency, new Amount(10_000_000)),
                new ReceiptNotification(ArtifactExpiryReceipt.of(LockHashTypes.EXPIRED_RECEIPT, Fixtures.hash(7)))),
                derived.get(2));

        // Act + Assert: roll back block by block; each undo must give back the state before its block and derive again
        // what its commit derived
        chain.rollbackAll();
        assertEquals(Fixtures.state().snapshot(), state.snapshot());
    }
}
