package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import java.util.Optional;

/**
 * A transfer may not give its recipient a mosaic it does not hold yet when it already holds
 * {@code maxMosaicsPerAccount} different mosaics ({@code Max_Mosaics_Exceeded}). Zero amounts, unknown recipients
 * and aliases that do not resolve pass: nothing is added to an account here (the core judges the rest).
 */
public final class MaxMosaicsBalanceTransferValidator implements StatefulValidator<BalanceTransferNotification> {

    @Override
    public Class<BalanceTransferNotification> notificationType() {
        return BalanceTransferNotification.class;
    }

    @Override
    public ResultCode validate(BalanceTransferNotification notification, StatefulValidationContext context) {
        if (notification.amount().value() == 0) {
            return ResultCodes.SUCCESS;
        }
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaicId());
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        if (mosaic.isEmpty() || recipient.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        int max = context.config(MosaicConfig.SECTION).maxMosaicsPerAccount();
        return MosaicCount.allowsAnother(context.state(), recipient.get(), mosaic.get(), max)
                ? ResultCodes.SUCCESS
                : MosaicResults.MAX_MOSAICS_EXCEEDED;
    }
}
