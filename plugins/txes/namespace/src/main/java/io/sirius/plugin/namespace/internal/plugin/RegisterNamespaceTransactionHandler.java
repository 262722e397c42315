package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.namespace.internal.config.NetworkKeyRule;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeUnavailableNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a Register_Namespace's notifications (version 2), in Sirius's order:
 * <ol>
 * <li>the fee sink's public key becomes known;</li>
 * <li>the rental fee moves from the signer to the sink's address, in the currency mosaic, as a core
 * {@link BalanceTransferNotification} (the kernel checks and moves balances): {@code rootNamespaceRentalFeePerBlock x
 * duration} for a root, {@code childNamespaceRentalFee} for a child; nothing for an eternal root or for the network
 * ({@link NetworkKeyRule});</li>
 * <li>the registration's type, then the root or child registration, then the name.</li>
 * </ol>
 *
 * <p>When the fee terms cannot be known ({@link RentalFeeSource}), steps 1 and 2 are replaced by a
 * {@link NamespaceRentalFeeUnavailableNotification} that a validator refuses. Failing closed is deliberate: a node
 * that accepted registrations without their fee would put blocks on the chain that the same code, once it can read the
 * terms, would replay differently.
 */
public final class RegisterNamespaceTransactionHandler implements TransactionHandler<RegisterNamespaceTransaction> {
    private final RentalFeeSource fees;

    /**
     * @param fees where the fee terms come from
     */
    public RegisterNamespaceTransactionHandler(RentalFeeSource fees) {
        this.fees = Objects.requireNonNull(fees, "fees");
    }

    @Override
    public void publish(RegisterNamespaceTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != NamespaceTypes.REGISTER_NAMESPACE_VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        PublicKey signer = context.signer();
        publishFee(transaction, context, sink);
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

    private void publishFee(RegisterNamespaceTransaction transaction, TransactionContext context, NotificationSink sink) {
        Optional<RentalFeeTerms> terms = fees.at(context);
        if (terms.isEmpty()) {
            sink.publish(new NamespaceRentalFeeUnavailableNotification(context.signer()));
            return;
        }
        PublicKey sinkKey = terms.get().config().namespaceRentalFeeSinkPublicKey();
        sink.publish(new AccountPublicKeyNotification(sinkKey));
        boolean eternalRoot = transaction.isRoot() && transaction.duration().value() == 0;
        if (eternalRoot || NetworkKeyRule.isNetwork(context.signer(), context.height())) {
            return;
        }
        sink.publish(new BalanceTransferNotification(context.signer(), context.addressOf(sinkKey).toUnresolved(),
                new UnresolvedMosaicId(terms.get().currencyMosaicId().value()), terms.get().fee(transaction)));
    }
}
