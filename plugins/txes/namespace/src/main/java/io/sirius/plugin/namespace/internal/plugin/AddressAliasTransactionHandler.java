package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Publishes an Alias_Address's notifications (version 1), as Sirius does: who changes which namespace's alias and
 * how, then the address linked or unlinked.
 */
public final class AddressAliasTransactionHandler implements TransactionHandler<AddressAliasTransaction> {

    @Override
    public void publish(AddressAliasTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != NamespaceTypes.ADDRESS_ALIAS_VERSION) {
            return;
        }
        sink.publish(new AliasOwnerNotification(context.signer(), transaction.namespaceId(), transaction.aliasAction()));
        sink.publish(new AliasedAddressNotification(transaction.namespaceId(), transaction.aliasAction(),
                transaction.address()));
    }
}
