package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import java.util.Optional;

/**
 * A levy may be removed only if levies are enabled ({@code Levy_Not_Enabled}); by the owner of the active mosaic
 * ({@code Id_Not_Found}, {@code Ineligible_Signer}); if the mosaic has a levy entry ({@code Levy_Entry_Not_Found})
 * with a levy in force ({@code Current_Levy_Not_Set}).
 *
 * <p>Sirius also lets the network key remove the levy of a mosaic that has expired (its owner can then no longer be
 * checked). No context tells a plugin the network key yet, so that exception waits for the API (see the plugin's
 * documentation); until then only the owner of an active mosaic can remove its levy.
 */
public final class MosaicRemoveLevyValidator implements StatefulValidator<MosaicRemoveLevyNotification> {

    @Override
    public Class<MosaicRemoveLevyNotification> notificationType() {
        return MosaicRemoveLevyNotification.class;
    }

    @Override
    public ResultCode validate(MosaicRemoveLevyNotification notification, StatefulValidationContext context) {
        if (!context.config(MosaicConfig.SECTION).levyEnabled()) {
            return MosaicResults.LEVY_NOT_ENABLED;
        }
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaicId());
        ResultCode allowed = LevyOperations.allowed(notification.signer(), mosaic, context);
        if (!allowed.isSuccess()) {
            return allowed;
        }
        Optional<LevyEntry> entry = context.state().cache(LevyCache.DESCRIPTOR).find(mosaic.get());
        if (entry.isEmpty()) {
            return MosaicResults.LEVY_ENTRY_NOT_FOUND;
        }
        return entry.get().levy().isEmpty() ? MosaicResults.CURRENT_LEVY_NOT_SET : ResultCodes.SUCCESS;
    }
}
