package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import io.sirius.plugin.mosaic.model.MosaicTypes;

/**
 * A definition's rental fee, as Sirius's definition handler publishes it, with the settings in force at the height:
 * the sink ({@code mosaicRentalFeeSinkPublicKey}) becomes a known account, then {@code mosaicRentalFee} units of the
 * currency mosaic move from the signer to the sink's address as a core balance transfer, which the kernel validates
 * (the signer's balance) and observes. A fee of zero is published as it is, as Sirius does (the core moves nothing).
 * Beside it, the receipt Sirius's rental fee observer writes ({@link MosaicTypes#RENTAL_FEE_RECEIPT}: signer, sink
 * address, currency, fee), as a {@link ReceiptNotification}.
 *
 * <p>The network key ({@code [network] publicKey}) pays no fee, as in Sirius: a nemesis block signed by it defines the
 * currency mosaic before any account holds it. The sink still becomes known.
 *
 * <p><b>Same result with or without its own notifications observed</b>, as the kernel requires to derive it again on
 * rollback: it reads only the signer, the mosaic section, the network key and the currency mosaic, never a balance
 * or the account the sink key notification makes known.
 */
public final class RentalFeeTransfers implements NotificationDerivation<MosaicRentalFeeNotification> {

    @Override
    public Class<MosaicRentalFeeNotification> notificationType() {
        return MosaicRentalFeeNotification.class;
    }

    @Override
    public void derive(MosaicRentalFeeNotification fee, StatefulValidationContext context, NotificationSink sink) {
        MosaicConfig config = context.config(MosaicConfig.SECTION);
        PublicKey sinkKey = config.mosaicRentalFeeSinkPublicKey();
        sink.publish(new AccountPublicKeyNotification(sinkKey));
        if (fee.signer().equals(context.networkPublicKey())) {
            return;
        }
        Address sinkAddress = context.addressOf(sinkKey);
        sink.publish(new BalanceTransferNotification(fee.signer(), sinkAddress.toUnresolved(),
                new UnresolvedMosaicId(context.currencyMosaicId().value()), config.mosaicRentalFee()));
        sink.publish(new ReceiptNotification(new BalanceTransferReceipt(MosaicTypes.RENTAL_FEE_RECEIPT, fee.signer(),
                sinkAddress, context.currencyMosaicId(), config.mosaicRentalFee())));
    }
}
