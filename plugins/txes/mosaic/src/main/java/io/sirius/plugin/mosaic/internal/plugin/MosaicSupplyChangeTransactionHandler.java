package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import java.util.Optional;

/**
 * Publishes a supply change: the signer must own the active mosaic, the supply changes, and then the owner's balance
 * changes by the same delta through the core: a credit for an increase, a debit for a decrease.
 *
 * <p>Sirius's supply observer writes the owner's balance itself; here the balance moves only through the core's
 * credit and debit notifications, so the kernel checks the debit and keeps the balance history exact. They come after
 * the supply change notification so that its validators see the owner's balance before the change, as Sirius's do.
 * A direction byte Sirius does not define gets no balance notification (the supply change validator refuses it).
 */
public final class MosaicSupplyChangeTransactionHandler implements TransactionHandler<MosaicSupplyChangeTransaction> {

    @Override
    public void publish(MosaicSupplyChangeTransaction change, TransactionContext context, NotificationSink sink) {
        if (context.version() != MosaicTypes.MOSAIC_SUPPLY_CHANGE_VERSION) {
            return;
        }
        sink.publish(new MosaicRequiredNotification(context.signer(), change.mosaicId()));
        sink.publish(new MosaicSupplyChangeNotification(context.signer(), change.mosaicId(), change.direction(),
                change.delta()));
        Optional<MosaicSupplyChangeDirection> direction = change.knownDirection();
        if (direction.isEmpty()) {
            return;
        }
        if (direction.get() == MosaicSupplyChangeDirection.INCREASE) {
            sink.publish(new BalanceCreditNotification(context.signer(), change.mosaicId(), change.delta()));
        } else {
            sink.publish(new BalanceDebitNotification(context.signer(), change.mosaicId(), change.delta()));
        }
    }
}
