package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handler, validators, observers and derivations over a chain of blocks the way the kernel does
 * (each notification validated, observed, then its derivations; undo in reverse, deriving again first), with the core's
 * {@code TransactionNotification} of a bonded aggregate standing in for the aggregate plugin, and rolls the blocks back
 * one by one: every state in between must come back byte for byte, and every undo must derive what the commit derived.
 */
class HashLockLifecycleTest {
    private static final PublicKey HARVESTER = Fixtures.OTHER;
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();

    HashLockLifecycleTest() {
        new LockHashPlugin().register(plugin);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Notification> commit(List<Notification> notifications, long height) {
        var validation = Fixtures.context(height, state).validation();
        var stateful = Fixtures.context(height, state).stateful();
        var observing = Fixtures.context(height, state).mode(NotifyMode.COMMIT).observer();
        List<Notification> derived = new ArrayList<>();
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
        return derived;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Notification> undo(List<Notification> notifications, long height) {
        var stateful = Fixtures.context(height, state).stateful();
        var observing = Fixtures.context(height, state).mode(NotifyMode.ROLLBACK).observer();
        List<Notification> rederived = new ArrayList<>();
        List<Observer<?>> observers = new ArrayList<>(plugin.observers());
        Collections.reverse(observers);
        for (int i = notifications.size() - 1; i >= 0; i--) {
            Notification n = notifications.get(i);
            List<Notification> again = new ArrayList<>();
            for (NotificationDerivation d : plugin.derivations()) {
                if (d.notificationType().isInstance(n)) {
                    d.derive(n, stateful, again::add);
                }
            }
            rederived.addAll(0, again);
            for (Observer o : observers) {
                if (o.notificationType().isInstance(n)) {
                    o.notify(n, observing);
                }
            }
        }
        return rederived;
    }

    @Test
    void twoLocksOneAggregateConfirmedOneForfeitedAndTheirRollbackBlockByBlock() {
        // Arrange: block 80 locks two aggregates for 20 blocks; block 90 confirms the first; block 100 ends the second
        UnresolvedMosaic deposit = new UnresolvedMosaic(new UnresolvedMosaicId(Fixtures.CURRENCY.value()),
                new Amount(10_000_000));
        long[] heights = {80, 90, 100};
        List<Map<String, Map<String, String>>> states = new ArrayList<>();
        List<List<Notification>> blocks = new ArrayList<>();
        List<List<Notification>> derived = new ArrayList<>();

        // Act: commit
        for (long height : heights) {
            states.add(state.snapshot());
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
            derived.add(commit(block, height));
            blocks.add(block);
        }

        // Assert the commits: the owner gets the first deposit back, the harvester of block 100 the second
        UnresolvedMosaicId currency = new UnresolvedMosaicId(Fixtures.CURRENCY.value());
        assertEquals(LockStatus.USED, HashLockView.of(state.view()).find(Fixtures.AGGREGATE).orElseThrow().status());
        assertEquals(LockStatus.UNUSED, HashLockView.of(state.view()).find(Fixtures.hash(7)).orElseThrow().status());
        assertEquals(List.of(), derived.get(0));
        assertEquals(List.of(new BalanceCreditNotification(Fixtures.OWNER, currency, new Amount(10_000_000))),
                derived.get(1));
        assertEquals(List.of(new BalanceCreditNotification(HARVESTER, currency, new Amount(10_000_000))), derived.get(2));

        // Act + Assert: roll back block by block
        for (int i = heights.length - 1; i >= 0; i--) {
            assertEquals(derived.get(i), undo(blocks.get(i), heights[i]), "derived again at " + heights[i]);
            assertEquals(states.get(i), state.snapshot(), "state before " + heights[i]);
        }
    }
}
