package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressAliasTransactionHandlerTest {
    private static final Address TARGET = Fixtures.address(Fixtures.OTHER);

    private static TransactionContext context(int version) {
        return ContextBuilder.context().signer(Fixtures.OWNER).version(version).transaction();
    }

    @Test
    void namesItsOwnerThenTheAddress() {
        // Arrange
        List<Notification> out = new ArrayList<>();

        // Act
        new AddressAliasTransactionHandler().publish(new AddressAliasTransaction(0, Fixtures.ALPHA, TARGET), context(1), out::add);

        // Assert
        assertEquals(List.of(new AliasOwnerNotification(Fixtures.OWNER, Fixtures.ALPHA, 0),
                new AliasedAddressNotification(Fixtures.ALPHA, 0, TARGET)), out);
    }

    @Test
    void otherVersionsPublishNothing() {
        // Arrange
        List<Notification> out = new ArrayList<>();

        // Act
        new AddressAliasTransactionHandler().publish(new AddressAliasTransaction(0, Fixtures.ALPHA, TARGET), context(2), out::add);

        // Assert
        assertEquals(List.of(), out);
    }
}
