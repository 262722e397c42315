package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.levy.Levies;
import io.sirius.plugin.mosaic.internal.levy.LevyCalculator;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import java.util.Optional;

/**
 * A transfer of a levied mosaic (levies enabled, a levy in force) needs the levy's mosaic to be active
 * ({@code Levy_Not_Found_Or_Expired}) and the sender to hold the levy, plus the amount sent when the levy is paid in
 * the mosaic sent ({@code Insufficient_Levy_Balance}, also for an unknown sender). Transfers of other mosaics pass.
 *
 * <p>Sirius compares the transfer's unresolved id with the levy's mosaic; this compares resolved ids, so a transfer
 * naming the mosaic by an alias is judged the same way (in Sirius it would then be checked for the levy alone).
 */
public final class MosaicLevyTransferValidator implements StatefulValidator<BalanceTransferNotification> {

    @Override
    public Class<BalanceTransferNotification> notificationType() {
        return BalanceTransferNotification.class;
    }

    @Override
    public ResultCode validate(BalanceTransferNotification notification, StatefulValidationContext context) {
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaicId());
        if (mosaic.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        Optional<MosaicLevy> levy = Levies.inForce(context.state(), mosaic.get(), context.config(MosaicConfig.SECTION));
        if (levy.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        if (!Levies.isUsableLevyMosaic(context, levy.get().mosaicId())) {
            return MosaicResults.LEVY_NOT_FOUND_OR_EXPIRED;
        }
        long required = LevyCalculator.levy(levy.get(), notification.amount()).value();
        if (levy.get().mosaicId().equals(mosaic.get())) {
            long sum = required + notification.amount().value();
            if (Long.compareUnsigned(sum, required) < 0) {
                return MosaicResults.INSUFFICIENT_LEVY_BALANCE;
            }
            required = sum;
        }
        Optional<AccountState> sender = context.state().cache(AccountStateCache.DESCRIPTOR)
                .find(context.addressOf(notification.sender()));
        if (sender.isEmpty() || Long.compareUnsigned(sender.get().balance(levy.get().mosaicId()).value(), required) < 0) {
            return MosaicResults.INSUFFICIENT_LEVY_BALANCE;
        }
        return ResultCodes.SUCCESS;
    }
}
