package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handlers, validators, observers and derivations over a chain of blocks the way the kernel does
 * (each notification validated, observed, then its derivations; undo in reverse, deriving again first), and rolls the
 * blocks back one by one: every state in between must come back byte for byte, and every undo must derive what the
 * commit derived.
 */
class SecretLockLifecycleTest {
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();
    private final List<Notification> derived = new ArrayList<>();

    SecretLockLifecycleTest() {
        new LockSecretPlugin().register(plugin);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void commit(List<Notification> notifications, long height) {
        var validation = Fixtures.context(height, state).validation();
        var stateful = Fixtures.context(height, state).stateful();
        var observing = Fixtures.context(height, state).mode(NotifyMode.COMMIT).observer();
        for (Notification n : notifications) {
            for (StatelessValidator v : plugin.statelessValidators()) {
                if (v.notificationType().isInstance(n)) {
                    ResultCode result = v.validate(n, validation);
                    assertTrue(result.isSuccess(), v.name() + " " + result.statusName());
                }
            }
            for (StatefulValidator v : plugin.statefulValidators()) {
                if (v.notificationType().isInstance(n)) {
                    ResultCode result = v.validate(n, stateful);
                    assertTrue(result.isSuccess(), v.name() + " " + result.statusName());
                }
            }
            for (Observer o : plugin.observers()) {
                if (o.notificationType().isInstance(n)) {
                    o.notify(n, observing);
                }
            }
            for (NotificationDerivation d : plugin.derivations()) {
                if (d.notificationType().isInstance(n)) {
                    d.derive(n, stateful, derived::add);
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Notification> undo(List<Notification> notifications, long height) {
        var stateful = Fixtures.context(height, state).stateful();
        var observing = Fixtures.context(height, state).mode(NotifyMode.ROLLBACK).observer();
        List<Notification> rederived = new ArrayList<>();
        for (int i = notifications.size() - 1; i >= 0; i--) {
            Notification n = notifications.get(i);
            List<Notification> again = new ArrayList<>();
            for (NotificationDerivation d : plugin.derivations()) {
                if (d.notificationType().isInstance(n)) {
                    d.derive(n, stateful, again::add);
                }
            }
            rederived.addAll(0, again);
            List<Observer<?>> observers = new ArrayList<>(plugin.observers());
            java.util.Collections.reverse(observers);
            for (Observer o : observers) {
                if (o.notificationType().isInstance(n)) {
                    o.notify(n, observing);
                }
            }
        }
        return rederived;
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
        List<Map<String, Map<String, String>>> states = new ArrayList<>();
        List<List<Notification>> blocks = new ArrayList<>();
        List<List<Notification>> derivedPerBlock = new ArrayList<>();

        // Act: commit
        long[] heights = {80, 90, 100};
        for (long height : heights) {
            states.add(state.snapshot());
            List<Notification> block = new ArrayList<>();
            if (height == 80) {
                block.addAll(publish(0, first, Fixtures.OWNER, height));
                block.addAll(publish(0, second, Fixtures.OWNER, height));
            } else if (height == 90) {
                block.addAll(publish(1, proof, Fixtures.OTHER, height));
            }
            block.add(block(height));
            derived.clear();
            commit(block, height);
            blocks.add(block);
            derivedPerBlock.add(List.copyOf(derived));
        }

        // Assert the commits: the recipient (key unknown here) is paid by address; the second lock is refunded
        var locks = SecretLockView.of(state.view());
        assertEquals(LockStatus.USED, locks.find(Fixtures.COMPOSITE).orElseThrow().status());
        UnresolvedMosaicId currency = new UnresolvedMosaicId(Fixtures.CURRENCY.value());
        assertEquals(List.of(), derivedPerBlock.get(0));
        assertEquals(List.of(new BalanceAddressCreditNotification(Fixtures.RECIPIENT.toUnresolved(), currency,
                new Amount(10))), derivedPerBlock.get(1));
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, currency, new Amount(10))), derivedPerBlock.get(2));

        // Act + Assert: roll back block by block
        for (int i = heights.length - 1; i >= 0; i--) {
            List<Notification> rederived = undo(blocks.get(i), heights[i]);
            assertEquals(derivedPerBlock.get(i), rederived, "derived again at " + heights[i]);
            assertEquals(states.get(i), state.snapshot(), "state before " + heights[i]);
        }
    }
}
