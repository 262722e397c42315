package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import java.util.Optional;

/**
 * A supply increase may not give the owner a mosaic it does not hold yet when it already holds
 * {@code maxMosaicsPerAccount} different mosaics ({@code Max_Mosaics_Exceeded}). Decreases pass.
 */
public final class MaxMosaicsSupplyChangeValidator implements StatefulValidator<MosaicSupplyChangeNotification> {

    @Override
    public Class<MosaicSupplyChangeNotification> notificationType() {
        return MosaicSupplyChangeNotification.class;
    }

    @Override
    public ResultCode validate(MosaicSupplyChangeNotification notification, StatefulValidationContext context) {
        if (notification.direction() != MosaicSupplyChangeDirection.INCREASE.code()) {
            return ResultCodes.SUCCESS;
        }
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaicId());
        if (mosaic.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        int max = context.config(MosaicConfig.SECTION).maxMosaicsPerAccount();
        return MosaicCount.allowsAnother(context.state(), context.addressOf(notification.signer()), mosaic.get(), max)
                ? ResultCodes.SUCCESS
                : MosaicResults.MAX_MOSAICS_EXCEEDED;
    }
}
