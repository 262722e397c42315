package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;

/**
 * Publishes a levy removal: one notification, judged and applied by the levy validators and observers.
 */
public final class MosaicRemoveLevyTransactionHandler implements TransactionHandler<MosaicRemoveLevyTransaction> {

    @Override
    public void publish(MosaicRemoveLevyTransaction remove, TransactionContext context, NotificationSink sink) {
        if (context.version() != MosaicTypes.MOSAIC_REMOVE_LEVY_VERSION) {
            return;
        }
        sink.publish(new MosaicRemoveLevyNotification(remove.mosaicId(), context.signer()));
    }
}
