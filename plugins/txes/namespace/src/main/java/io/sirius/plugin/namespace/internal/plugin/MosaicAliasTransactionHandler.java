package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.namespace.model.AliasMosaicRequiredNotification;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Publishes an Alias_Mosaic's notifications (version 1), as Sirius does: who changes which namespace's alias and how,
 * the mosaic linked or unlinked, and that the mosaic must exist and belong to the signer.
 */
public final class MosaicAliasTransactionHandler implements TransactionHandler<MosaicAliasTransaction> {

    @Override
    public void publish(MosaicAliasTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != NamespaceTypes.MOSAIC_ALIAS_VERSION) {
            return;
        }
        sink.publish(new AliasOwnerNotification(context.signer(), transaction.namespaceId(), transaction.aliasAction()));
        sink.publish(new AliasedMosaicNotification(transaction.namespaceId(), transaction.aliasAction(),
                transaction.mosaicId()));
        sink.publish(new AliasMosaicRequiredNotification(context.signer(), transaction.mosaicId()));
    }
}
