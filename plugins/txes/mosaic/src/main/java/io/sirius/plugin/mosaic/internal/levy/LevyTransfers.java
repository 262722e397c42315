package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import java.util.Optional;

/**
 * The levy on a transfer of a levied mosaic, as a core balance transfer from the transfer's sender to the levy's
 * recipient, in the levy's mosaic, of the amount {@link LevyCalculator} gives (Sirius's
 * {@code LevyBalanceTransferObserver}, which moves the same amount between the same accounts). Nothing is derived
 * when levies are disabled, the mosaic (after alias resolution) has no levy in force, or the levy comes to zero. A
 * levy on the currency mosaic is charged like any other: Sirius makes no exception for it.
 *
 * <p>{@code MosaicLevyTransferValidator} has already checked, before the transfer, that the sender can pay both; the
 * core's balance validator checks the derived transfer again, and the core's observer moves it and keeps the
 * balance history exact.
 *
 * <p><b>Same result with or without its own transfer observed</b>, as the kernel requires to derive it again on
 * rollback: it reads the transfer itself, the mosaic section, the alias resolvers and the levy cache, and never a
 * balance. The derived transfer changes balances only, so it cannot change what this reads.
 *
 * <p>Two differences from Sirius, both from the kernel's rules for derived notifications (see the module README): a
 * transfer that is itself derived (a mosaic or namespace rental fee) carries no levy here, where Sirius would charge a
 * levy set on the currency mosaic on it too; and the derived levy transfer passes the transfer validators, where
 * Sirius's observer moves the balances unchecked.
 */
public final class LevyTransfers implements NotificationDerivation<BalanceTransferNotification> {

    @Override
    public Class<BalanceTransferNotification> notificationType() {
        return BalanceTransferNotification.class;
    }

    @Override
    public void derive(BalanceTransferNotification transfer, StatefulValidationContext context, NotificationSink sink) {
        Optional<MosaicId> mosaic = context.resolvers().resolve(transfer.mosaicId());
        if (mosaic.isEmpty()) {
            return;
        }
        Optional<MosaicLevy> levy = Levies.inForce(context.state(), mosaic.get(), context.config(MosaicConfig.SECTION));
        if (levy.isEmpty()) {
            return;
        }
        Amount amount = LevyCalculator.levy(levy.get(), transfer.amount());
        if (amount.value() == 0) {
            return;
        }
        sink.publish(new BalanceTransferNotification(transfer.sender(), levy.get().recipient().toUnresolved(),
                new UnresolvedMosaicId(levy.get().mosaicId().value()), amount));
    }
}
