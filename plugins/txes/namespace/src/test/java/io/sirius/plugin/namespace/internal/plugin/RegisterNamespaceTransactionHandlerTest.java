package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeUnavailableNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterNamespaceTransactionHandlerTest {
    private static final MosaicId CURRENCY = new MosaicId(0x0DC67FBE1CAD29E3L);
    private static final RentalFeeTerms TERMS = new RentalFeeTerms(
            NamespaceConfig.parse(new ConfigProperties("namespace", Fixtures.CONFIG)), CURRENCY);
    private static final RegisterNamespaceTransaction ROOT = RegisterNamespaceTransaction.root(new BlockDuration(100), "alpha");
    private static final RegisterNamespaceTransaction CHILD = RegisterNamespaceTransaction.child(Fixtures.ALPHA, "beta");

    private static TransactionContext context(long height, int version) {
        return ContextBuilder.context().signer(Fixtures.OWNER).type(NamespaceTypes.REGISTER_NAMESPACE).version(version)
                .height(height).transaction();
    }

    private static List<Notification> publish(RegisterNamespaceTransaction transaction, TransactionContext context,
            RentalFeeSource fees) {
        List<Notification> out = new ArrayList<>();
        new RegisterNamespaceTransactionHandler(fees).publish(transaction, context, out::add);
        return out;
    }

    private static BalanceTransferNotification fee(long amount) {
        return new BalanceTransferNotification(Fixtures.OWNER, Fixtures.address(Fixtures.SINK).toUnresolved(),
                new UnresolvedMosaicId(CURRENCY.value()), new Amount(amount));
    }

    @Test
    void aRootPaysItsDurationTimesTheFeePerBlockToTheSink() {
        // Act
        List<Notification> notifications = publish(ROOT, context(10, 2), c -> Optional.of(TERMS));

        // Assert
        assertEquals(List.of(
                new AccountPublicKeyNotification(Fixtures.SINK),
                fee(100 * Fixtures.ROOT_FEE_PER_BLOCK),
                new NamespaceRegistrationNotification(0),
                new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha", new BlockDuration(100)),
                new NamespaceNameNotification(Fixtures.OWNER, Fixtures.ALPHA, NamespaceIds.ROOT_PARENT, "alpha")),
                notifications);
    }

    @Test
    void aChildPaysTheChildFee() {
        // Act
        List<Notification> notifications = publish(CHILD, context(10, 2), c -> Optional.of(TERMS));

        // Assert
        assertEquals(List.of(
                new AccountPublicKeyNotification(Fixtures.SINK),
                fee(Fixtures.CHILD_FEE),
                new NamespaceRegistrationNotification(1),
                new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA, "beta"),
                new NamespaceNameNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA, "beta")),
                notifications);
    }

    @Test
    void anEternalRootAndTheNemesisBlockPayNothing() {
        // Arrange
        RegisterNamespaceTransaction eternal = RegisterNamespaceTransaction.root(new BlockDuration(0), "alpha");

        // Act
        List<Notification> eternalLater = publish(eternal, context(10, 2), c -> Optional.of(TERMS));
        List<Notification> childInNemesis = publish(CHILD, context(1, 2), c -> Optional.of(TERMS));

        // Assert
        assertEquals(new AccountPublicKeyNotification(Fixtures.SINK), eternalLater.get(0));
        assertEquals(new NamespaceRegistrationNotification(0), eternalLater.get(1));
        assertEquals(4, eternalLater.size());
        assertEquals(new AccountPublicKeyNotification(Fixtures.SINK), childInNemesis.get(0));
        assertEquals(new NamespaceRegistrationNotification(1), childInNemesis.get(1));
        assertEquals(4, childInNemesis.size());
    }

    @Test
    void unknownTermsReplaceTheFeeWithANotificationThatFails() {
        // Act
        List<Notification> notifications = publish(ROOT, context(10, 2), c -> Optional.empty());

        // Assert
        assertEquals(List.of(
                new NamespaceRentalFeeUnavailableNotification(Fixtures.OWNER),
                new NamespaceRegistrationNotification(0),
                new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha", new BlockDuration(100)),
                new NamespaceNameNotification(Fixtures.OWNER, Fixtures.ALPHA, NamespaceIds.ROOT_PARENT, "alpha")),
                notifications);
    }

    @Test
    void anotherVersionPublishesNothing() {
        // Act
        List<Notification> notifications = publish(ROOT, context(10, 1), c -> Optional.of(TERMS));

        // Assert
        assertEquals(List.of(), notifications);
    }
}
