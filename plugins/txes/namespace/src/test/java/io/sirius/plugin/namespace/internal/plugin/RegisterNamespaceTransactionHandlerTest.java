package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterNamespaceTransactionHandlerTest {

    private static List<Notification> publish(RegisterNamespaceTransaction transaction, int version) {
        TransactionContext context = ContextBuilder.context().signer(Fixtures.OWNER).type(NamespaceTypes.REGISTER_NAMESPACE)
                .version(version).transaction();
        List<Notification> out = new ArrayList<>();
        new RegisterNamespaceTransactionHandler().publish(transaction, context, out::add);
        return out;
    }

    @Test
    void aRootOwesItsFeeThenRegistersItsTypeTheRootAndTheName() {
        // Act
        List<Notification> notifications = publish(RegisterNamespaceTransaction.root(new BlockDuration(100), "alpha"), 2);

        // Assert
        assertEquals(List.of(
                new NamespaceRentalFeeNotification(Fixtures.OWNER, 0, new BlockDuration(100)),
                new NamespaceRegistrationNotification(0),
                new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha", new BlockDuration(100)),
                new NamespaceNameNotification(Fixtures.OWNER, Fixtures.ALPHA, NamespaceIds.ROOT_PARENT, "alpha")),
                notifications);
    }

    @Test
    void aChildOwesItsFeeThenRegistersItsTypeTheChildAndTheName() {
        // Act
        List<Notification> notifications = publish(RegisterNamespaceTransaction.child(Fixtures.ALPHA, "beta"), 2);

        // Assert
        assertEquals(List.of(
                new NamespaceRentalFeeNotification(Fixtures.OWNER, 1, new BlockDuration(0)),
                new NamespaceRegistrationNotification(1),
                new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA, "beta"),
                new NamespaceNameNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA, "beta")),
                notifications);
    }

    @Test
    void anotherVersionPublishesNothing() {
        // Act and Assert
        assertEquals(List.of(), publish(RegisterNamespaceTransaction.root(new BlockDuration(100), "alpha"), 1));
    }
}
