package io.sirius.plugin.transfer.internal.plugin;

import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.transfer.model.TransferMessageNotification;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.util.List;

/**
 * Publishes a transfer's notifications: the recipient becomes known, the recipient's properties are asked
 * whether they accept the signer, each mosaic moves, and the message and the mosaic list are checked.
 */
public final class TransferTransactionHandler implements TransactionHandler<TransferTransaction> {

    @Override
    public void publish(TransferTransaction transfer, TransactionContext context, NotificationSink sink) {
        sink.publish(new AccountAddressNotification(transfer.recipient()));
        sink.publish(new AddressInteractionNotification(context.signer(), context.type(), List.of(transfer.recipient())));
        for (UnresolvedMosaic mosaic : transfer.mosaics()) {
            sink.publish(new BalanceTransferNotification(context.signer(), transfer.recipient(), mosaic.id(),
                    mosaic.amount()));
        }
        if (transfer.messageSize() > 0) {
            sink.publish(new TransferMessageNotification(transfer.messageSize()));
        }
        if (!transfer.mosaics().isEmpty()) {
            sink.publish(new TransferMosaicsNotification(transfer.mosaics()));
        }
    }
}
