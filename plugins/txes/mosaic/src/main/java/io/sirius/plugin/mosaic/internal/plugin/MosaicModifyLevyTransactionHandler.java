package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;

/**
 * Publishes a levy change: one notification, judged and applied by the levy validators and observers.
 */
public final class MosaicModifyLevyTransactionHandler implements TransactionHandler<MosaicModifyLevyTransaction> {

    @Override
    public void publish(MosaicModifyLevyTransaction modify, TransactionContext context, NotificationSink sink) {
        if (context.version() != MosaicTypes.MOSAIC_MODIFY_LEVY_VERSION) {
            return;
        }
        sink.publish(new MosaicModifyLevyNotification(modify.mosaicId(), modify.levy(), context.signer()));
    }
}
