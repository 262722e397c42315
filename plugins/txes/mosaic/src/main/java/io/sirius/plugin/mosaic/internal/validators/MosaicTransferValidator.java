package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * A transferred mosaic must be active at the height ({@code Expired}, also for an unknown mosaic or an alias that
 * does not resolve), and a non-transferable one may only move to or from its owner ({@code Non_Transferable}). The
 * currency mosaic always passes, as in Sirius.
 *
 * <p>Sirius compares the transfer's unresolved id with the currency id; this compares the resolved id, so a transfer
 * naming the currency by its alias also passes without a lookup (Sirius reaches the same answer through the cache,
 * where the currency is an eternal transferable mosaic), and a network whose nemesis predates this plugin, with no
 * definition of its currency in the cache, can still move it. Amounts are in atomic units, so every amount fits the
 * divisibility: Sirius checks divisibility only when a mosaic is defined, and so does this plugin.
 */
public final class MosaicTransferValidator implements StatefulValidator<BalanceTransferNotification> {

    @Override
    public Class<BalanceTransferNotification> notificationType() {
        return BalanceTransferNotification.class;
    }

    @Override
    public ResultCode validate(BalanceTransferNotification notification, StatefulValidationContext context) {
        Optional<MosaicId> id = context.resolvers().resolve(notification.mosaicId());
        if (id.isPresent() && id.get().equals(context.currencyMosaicId())) {
            return ResultCodes.SUCCESS;
        }
        Optional<MosaicEntry> entry = id.flatMap(resolved -> ActiveMosaics.find(context.state(), resolved, context.height()));
        if (entry.isEmpty()) {
            return MosaicResults.EXPIRED;
        }
        if (entry.get().definition().properties().transferable()) {
            return ResultCodes.SUCCESS;
        }
        return isOwnerParticipant(entry.get(), notification, context) ? ResultCodes.SUCCESS : MosaicResults.NON_TRANSFERABLE;
    }

    private static boolean isOwnerParticipant(MosaicEntry entry, BalanceTransferNotification notification,
            StatefulValidationContext context) {
        if (entry.definition().owner().equals(notification.sender())) {
            return true;
        }
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        return recipient.isPresent() && recipient.get().equals(context.addressOf(entry.definition().owner()));
    }
}
