package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;

/**
 * Publishes a Register_Namespace's notifications (version 2), in Sirius's order: the rental fee owed, the
 * registration's type, then the root or child registration, then the name.
 *
 * <p>Sirius's handler publishes the fee's balance transfer itself, reading the config; a handler here sees no config,
 * so it publishes a {@link NamespaceRentalFeeNotification} at the same place and NamespaceRentalFeeDerivation, which
 * sees the config at the height, derives the sink's public key and the core balance transfer from it.
 */
public final class RegisterNamespaceTransactionHandler implements TransactionHandler<RegisterNamespaceTransaction> {

    @Override
    public void publish(RegisterNamespaceTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != NamespaceTypes.REGISTER_NAMESPACE_VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        PublicKey signer = context.signer();
        BlockDuration rental = transaction.isRoot() ? transaction.duration() : new BlockDuration(0);
        sink.publish(new NamespaceRentalFeeNotification(signer, transaction.namespaceType(), rental));
        sink.publish(new NamespaceRegistrationNotification(transaction.namespaceType()));
        if (transaction.isRoot()) {
            sink.publish(new RootNamespaceNotification(signer, transaction.namespaceId(), transaction.name(),
                    transaction.duration()));
        } else {
            sink.publish(new ChildNamespaceNotification(signer, transaction.namespaceId(), transaction.parentId(),
                    transaction.name()));
        }
        sink.publish(new NamespaceNameNotification(signer, transaction.namespaceId(), transaction.parentId(),
                transaction.name()));
    }
}
