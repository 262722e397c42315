package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasMosaicRequiredNotification;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicAliasTransactionHandlerTest {

    private static TransactionContext context(int version) {
        return ContextBuilder.context().signer(Fixtures.OWNER).version(version).transaction();
    }

    @Test
    void namesItsOwnerTheMosaicAndRequiresTheMosaic() {
        // Arrange
        List<Notification> out = new ArrayList<>();

        // Act
        new MosaicAliasTransactionHandler().publish(new MosaicAliasTransaction(1, Fixtures.BETA, new MosaicId(42)), context(1),
                out::add);

        // Assert
        assertEquals(List.of(new AliasOwnerNotification(Fixtures.OWNER, Fixtures.BETA, 1),
                new AliasedMosaicNotification(Fixtures.BETA, 1, new MosaicId(42)),
                new AliasMosaicRequiredNotification(Fixtures.OWNER, new MosaicId(42))), out);
    }

    @Test
    void otherVersionsPublishNothing() {
        // Arrange
        List<Notification> out = new ArrayList<>();

        // Act
        new MosaicAliasTransactionHandler().publish(new MosaicAliasTransaction(0, Fixtures.ALPHA, new MosaicId(1)), context(2),
                out::add);

        // Assert
        assertEquals(List.of(), out);
    }
}
