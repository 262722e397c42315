package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicRequiredNotification;
import java.util.Optional;

/**
 * A required mosaic must exist and be active at the height ({@code Expired}, also for an unknown mosaic, as Sirius
 * answers) and be owned by the signer ({@code Owner_Conflict}).
 */
public final class ProperMosaicValidator implements StatefulValidator<MosaicRequiredNotification> {

    @Override
    public Class<MosaicRequiredNotification> notificationType() {
        return MosaicRequiredNotification.class;
    }

    @Override
    public ResultCode validate(MosaicRequiredNotification notification, StatefulValidationContext context) {
        Optional<MosaicEntry> entry = ActiveMosaics.find(context, notification.mosaicId());
        if (entry.isEmpty()) {
            return MosaicResults.EXPIRED;
        }
        return entry.get().definition().owner().equals(notification.signer())
                ? ResultCodes.SUCCESS
                : MosaicResults.OWNER_CONFLICT;
    }
}
