package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.model.Address;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;

/**
 * A definition's rental fee, as Sirius's definition handler publishes it: the sink's key becomes known, then a core
 * balance transfer of {@code mosaicRentalFee} currency units from the signer to the address of
 * {@code mosaicRentalFeeSinkPublicKey}, both from the config in force. A zero fee derives nothing.
 *
 * <p>Sirius exempts the network (nemesis) key; no context tells a plugin that key yet (see the plugin's
 * documentation), so the exemption waits for it.
 */
public final class RentalFeeTransfers implements NotificationDerivation<MosaicRentalFeeNotification> {

    @Override
    public Class<MosaicRentalFeeNotification> notificationType() {
        return MosaicRentalFeeNotification.class;
    }

    @Override
    public void derive(MosaicRentalFeeNotification fee, StatefulValidationContext context, NotificationSink sink) {
        MosaicConfig config = context.config(MosaicConfig.SECTION);
        if (config.mosaicRentalFee().value() == 0) {
            return;
        }
        Address sinkAddress = context.addressOf(config.mosaicRentalFeeSinkPublicKey());
        sink.publish(new AccountPublicKeyNotification(config.mosaicRentalFeeSinkPublicKey()));
        sink.publish(new BalanceTransferNotification(fee.signer(), sinkAddress.toUnresolved(),
                new UnresolvedMosaicId(context.currencyMosaicId().value()), config.mosaicRentalFee()));
    }
}
