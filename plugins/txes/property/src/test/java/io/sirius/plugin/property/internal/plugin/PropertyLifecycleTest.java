package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.TransactionTypePropertyTransaction;
import io.sirius.plugin.property.state.PropertyView;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handlers, validators and observers over a chain of property transactions the way the kernel
 * does (each notification validated, then observed; undo in reverse) and rolls the blocks back one by one: every
 * state in between must come back byte for byte.
 */
class PropertyLifecycleTest {
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();

    PropertyLifecycleTest() {
        new PropertyPlugin().register(plugin);
    }

    @SuppressWarnings("unchecked")
    private <T> List<Notification> publish(int typeIndex, T body, long height) {
        TransactionDescriptor<T> descriptor = (TransactionDescriptor<T>) plugin.transactions().get(typeIndex);
        List<Notification> out = new ArrayList<>();
        descriptor.handler().publish(body, Fixtures.context(height, state).signer(Fixtures.OWNER).type(descriptor.type())
                .transaction(), out::add);
        return out;
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
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void undo(List<Notification> notifications, long height) {
        var observing = Fixtures.context(height, state).mode(NotifyMode.ROLLBACK).observer();
        List<Observer<?>> observers = new ArrayList<>(plugin.observers());
        Collections.reverse(observers);
        for (int i = notifications.size() - 1; i >= 0; i--) {
            for (Observer o : observers) {
                if (o.notificationType().isInstance(notifications.get(i))) {
                    o.notify(notifications.get(i), observing);
                }
            }
        }
    }

    @Test
    void fivePropertyChangesAndTheirRollbackBlockByBlock() {
        // Arrange: allow own type changes and transfers; block OTHER; allow only the currency; drop transfers; unblock
        List<List<Notification>> blocks = new ArrayList<>();
        List<Map<String, Map<String, String>>> states = new ArrayList<>();
        List<Runnable> steps = List.of(
                () -> blocks.add(publish(2, new TransactionTypePropertyTransaction(0x04, List.of(
                        new PropertyModification<>(0, new EntityType(0x4350)),
                        new PropertyModification<>(0, Fixtures.TRANSFER))), 10)),
                () -> blocks.add(publish(0, new AddressPropertyTransaction(0x81, List.of(
                        new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved()))), 11)),
                () -> blocks.add(publish(1, new MosaicPropertyTransaction(0x02, List.of(
                        new PropertyModification<>(0, new UnresolvedMosaicId(Fixtures.CURRENCY.value())))), 12)),
                () -> blocks.add(publish(2, new TransactionTypePropertyTransaction(0x04, List.of(
                        new PropertyModification<>(1, Fixtures.TRANSFER))), 13)),
                () -> blocks.add(publish(0, new AddressPropertyTransaction(0x81, List.of(
                        new PropertyModification<>(1, Fixtures.OTHER_ADDRESS.toUnresolved()))), 14)));

        // Act: commit
        for (int i = 0; i < steps.size(); i++) {
            states.add(state.snapshot());
            steps.get(i).run();
            commit(blocks.get(i), 10 + i);
        }

        // Assert: OWNER allows only 0x4350 and the currency
        var properties = PropertyView.of(state.view()).find(Fixtures.OWNER_ADDRESS).orElseThrow();
        assertEquals(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(false, Fixtures.CURRENCY),
                Fixtures.types(false, new EntityType(0x4350))), properties);

        // Act + Assert: roll back block by block
        for (int i = steps.size() - 1; i >= 0; i--) {
            undo(blocks.get(i), 10 + i);
            assertEquals(states.get(i), state.snapshot(), "state before block " + (10 + i));
        }
    }
}
