package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * Judges the API's {@link MosaicRequiredNotification}, which the supply change handler and other plugins (metadata
 * on a mosaic) publish (Sirius's {@code ProperMosaicValidator}, its validator of that notification). The mosaic id,
 * an alias resolved through the context's resolvers, must name a mosaic that is in the cache and active at the
 * height ({@code Expired}: Sirius gives the same answer for an unknown mosaic and for an alias that resolves to
 * nothing), and the mosaic must belong to the notification's owner ({@code Owner_Conflict}).
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
        return entry.get().definition().owner().equals(notification.owner())
                ? ResultCodes.SUCCESS
                : MosaicResults.OWNER_CONFLICT;
    }
}
