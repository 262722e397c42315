package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.TransactionTypePropertyTransaction;
import io.sirius.plugin.property.state.PropertyView;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the registered handlers, validators and observers over a chain of property transactions the way the kernel
 * does ({@link ChainRunner}) and rolls the blocks back one by one: every state in between must come back byte for byte.
 */
class PropertyLifecycleTest {
    private final RecordingRegistrar plugin = new RecordingRegistrar();
    private final InMemoryState state = Fixtures.state();
    private final ChainRunner chain;

    PropertyLifecycleTest() {
        new PropertyPlugin().register(plugin);
        chain = new ChainRunner(state, height -> Fixtures.context(height, state), plugin);
    }

    /** Publishes a transaction of the plugin's type {@code typeIndex} at a height and commits it as a block. */
    @SuppressWarnings("unchecked")
    private <T> void commit(long height, int typeIndex, T body) {
        TransactionDescriptor<T> descriptor = (TransactionDescriptor<T>) plugin.transactions().get(typeIndex);
        List<Notification> block = new ArrayList<>();
        descriptor.handler().publish(body, Fixtures.context(height, state).signer(Fixtures.OWNER).type(descriptor.type())
                .transaction(), block::add);
        chain.commit(height, block);
    }

    @Test
    void fivePropertyChangesAndTheirRollbackBlockByBlock() {
        // Act: commit blocks that allow own type changes and transfers; block OTHER; allow only the currency; drop
        // transfers; unblock OTHER
        commit(10, 2, new TransactionTypePropertyTransaction(0x04, List.of(
                new PropertyModification<>(0, new EntityType(0x4350)),
                new PropertyModification<>(0, Fixtures.TRANSFER))));
        commit(11, 0, new AddressPropertyTransaction(0x81, List.of(
                new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved()))));
        commit(12, 1, new MosaicPropertyTransaction(0x02, List.of(
                new PropertyModification<>(0, new UnresolvedMosaicId(Fixtures.CURRENCY.value())))));
        commit(13, 2, new TransactionTypePropertyTransaction(0x04, List.of(
                new PropertyModification<>(1, Fixtures.TRANSFER))));
        commit(14, 0, new AddressPropertyTransaction(0x81, List.of(
                new PropertyModification<>(1, Fixtures.OTHER_ADDRESS.toUnresolved()))));

        // Assert: OWNER allows only 0x4350 and the currency
        var properties = PropertyView.of(state.view()).find(Fixtures.OWNER_ADDRESS).orElseThrow();
        assertEquals(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(false, Fixtures.CURRENCY),
                Fixtures.types(false, new EntityType(0x4350))), properties);

        // Act + Assert: roll back block by block; each undo must give back the state before its block
        chain.rollbackAll();
        assertEquals(Fixtures.state().snapshot(), state.snapshot());
    }
}
