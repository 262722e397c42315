package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicNonceNotification;
import io.sirius.plugin.mosaic.model.MosaicPropertiesNotification;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import io.sirius.plugin.mosaic.model.MosaicTypes;

/**
 * Publishes a definition's notifications in Sirius's order: the rental fee owed, then the nonce and id, the wire
 * properties, and the definition itself.
 *
 * <p>Sirius's handler reads the config at the height and publishes the fee as a balance transfer to the sink. A
 * handler here sees no config, so it names the fee ({@link MosaicRentalFeeNotification}) and the plugin derives the
 * transfer from the config in force (see {@code RentalFeeTransfers}).
 */
public final class MosaicDefinitionTransactionHandler implements TransactionHandler<MosaicDefinitionTransaction> {

    @Override
    public void publish(MosaicDefinitionTransaction definition, TransactionContext context, NotificationSink sink) {
        if (context.version() != MosaicTypes.MOSAIC_DEFINITION_VERSION) {
            // the kernel passes only versions the descriptor understands; there is nothing else to publish
            return;
        }
        sink.publish(new MosaicRentalFeeNotification(context.signer()));
        sink.publish(new MosaicNonceNotification(context.signer(), definition.nonce(), definition.mosaicId()));
        sink.publish(new MosaicPropertiesNotification(definition.flags(), definition.divisibility(),
                definition.optionalProperties()));
        sink.publish(new MosaicDefinitionNotification(context.signer(), definition.mosaicId(), definition.properties()));
    }
}
