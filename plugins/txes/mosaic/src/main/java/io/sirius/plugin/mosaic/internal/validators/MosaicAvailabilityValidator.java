package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * A new mosaic may always be defined. A redefinition needs the mosaic active ({@code Expired}); it must change
 * something, which for an eternal mosaic means toggling a flag or the divisibility, since any duration would make it
 * non-eternal and the duration validator refuses that ({@code Modification_No_Changes}); and the supply must be zero,
 * so that a rollback knows the supply before ({@code Modification_Disallowed}).
 *
 * <p>The owner is not checked here: the id derives from the signer, so only the owner can name it.
 */
public final class MosaicAvailabilityValidator implements StatefulValidator<MosaicDefinitionNotification> {

    @Override
    public Class<MosaicDefinitionNotification> notificationType() {
        return MosaicDefinitionNotification.class;
    }

    @Override
    public ResultCode validate(MosaicDefinitionNotification notification, StatefulValidationContext context) {
        Optional<MosaicEntry> existing = context.state().cache(MosaicCache.DESCRIPTOR).find(notification.mosaicId());
        if (existing.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        MosaicEntry entry = existing.get();
        if (!entry.isActive(context.height())) {
            return MosaicResults.EXPIRED;
        }
        boolean requiredPropertyChanged = notification.properties().flags() != 0 || notification.properties().divisibility() != 0;
        if (!requiredPropertyChanged && entry.definition().isEternal()) {
            return MosaicResults.MODIFICATION_NO_CHANGES;
        }
        return entry.supply().value() != 0 ? MosaicResults.MODIFICATION_DISALLOWED : ResultCodes.SUCCESS;
    }
}
