package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Charges a registration's rental fee the way Sirius's handler does, with the settings in force at the height: the
 * sink ({@code namespaceRentalFeeSinkPublicKey}) becomes a known account, then the fee moves from the signer to the
 * sink's address in the currency mosaic as a core {@link BalanceTransferNotification}, which the kernel validates
 * (the signer's balance) and observes. A root pays {@code rootNamespaceRentalFeePerBlock x duration}, a child
 * {@code childNamespaceRentalFee}; an eternal root and the network's own registrations ({@code [network] publicKey})
 * pay nothing. Beside the transfer, the receipt Sirius's rental fee observer writes
 * ({@link NamespaceTypes#RENTAL_FEE_RECEIPT}: signer, sink address, currency, fee), as a {@link ReceiptNotification}.
 *
 * <p>Reads only the config, never a balance it moves, so deriving again on rollback gives the same notifications, as
 * the API requires. Where Sirius's uint64 product would wrap around, this node charges 2^64 - 1, which no account can
 * pay: a wrapped, tiny fee for a huge duration is not a rule worth copying.
 */
public final class NamespaceRentalFeeDerivation implements NotificationDerivation<NamespaceRentalFeeNotification> {

    @Override
    public Class<NamespaceRentalFeeNotification> notificationType() {
        return NamespaceRentalFeeNotification.class;
    }

    @Override
    public void derive(NamespaceRentalFeeNotification notification, StatefulValidationContext context, NotificationSink sink) {
        NamespaceConfig config = context.config(NamespaceConfig.SECTION);
        PublicKey sinkKey = config.namespaceRentalFeeSinkPublicKey();
        sink.publish(new AccountPublicKeyNotification(sinkKey));
        boolean eternalRoot = notification.isRoot() && notification.duration().value() == 0;
        if (eternalRoot || notification.signer().equals(context.networkPublicKey())) {
            return;
        }
        Address sinkAddress = context.addressOf(sinkKey);
        Amount fee = fee(config, notification);
        sink.publish(new BalanceTransferNotification(notification.signer(), sinkAddress.toUnresolved(),
                new UnresolvedMosaicId(context.currencyMosaicId().value()), fee));
        sink.publish(new ReceiptNotification(new BalanceTransferReceipt(NamespaceTypes.RENTAL_FEE_RECEIPT,
                notification.signer(), sinkAddress, context.currencyMosaicId(), fee)));
    }

    /**
     * @param config the namespace section in force
     * @param notification the fee owed
     * @return the fee
     */
    static Amount fee(NamespaceConfig config, NamespaceRentalFeeNotification notification) {
        if (!notification.isRoot()) {
            return config.childNamespaceRentalFee();
        }
        long perBlock = config.rootNamespaceRentalFeePerBlock().value();
        long duration = notification.duration().value();
        if (perBlock != 0 && Long.compareUnsigned(duration, Long.divideUnsigned(-1L, perBlock)) > 0) {
            return new Amount(-1L);
        }
        return new Amount(perBlock * duration);
    }
}
