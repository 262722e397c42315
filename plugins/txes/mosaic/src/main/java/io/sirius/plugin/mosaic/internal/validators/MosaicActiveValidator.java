package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicActiveNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * A mosaic another family relies on (an exchange offer) must be active ({@code Invalid_Id}), and a mortal one must
 * live at least until the offer expires ({@code Offer_Duration_Exceeds_Mosaic_Duration}).
 */
public final class MosaicActiveValidator implements StatefulValidator<MosaicActiveNotification> {

    @Override
    public Class<MosaicActiveNotification> notificationType() {
        return MosaicActiveNotification.class;
    }

    @Override
    public ResultCode validate(MosaicActiveNotification notification, StatefulValidationContext context) {
        Optional<MosaicEntry> entry = ActiveMosaics.find(context, notification.mosaicId());
        if (entry.isEmpty()) {
            return MosaicResults.INVALID_ID;
        }
        if (entry.get().definition().isEternal()) {
            return ResultCodes.SUCCESS;
        }
        return notification.offerExpirationHeight().compareTo(entry.get().definition().expiryHeight()) > 0
                ? MosaicResults.OFFER_DURATION_EXCEEDS_MOSAIC_DURATION
                : ResultCodes.SUCCESS;
    }
}
