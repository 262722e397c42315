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
 * ({@code Id_Not_Found}, {@code Ineligible_Signer}) or by the network key ({@code [network] publicKey} in force); if
 * the mosaic has a levy entry ({@code Levy_Entry_Not_Found}) with a levy in force ({@code Current_Levy_Not_Set}).
 *
 * <p>The network key is Sirius's way to remove the levy of a mosaic that has expired, whose owner can no longer be
 * checked. As in Sirius, it skips the owner and activity check altogether, so it may also remove the levy of an
 * active mosaic it does not own.
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
        if (!allowed.isSuccess() && !notification.signer().equals(context.networkPublicKey())) {
            return allowed;
        }
        Optional<LevyEntry> entry = mosaic.flatMap(id -> context.state().cache(LevyCache.DESCRIPTOR).find(id));
        if (entry.isEmpty()) {
            return MosaicResults.LEVY_ENTRY_NOT_FOUND;
        }
        return entry.get().levy().isEmpty() ? MosaicResults.CURRENT_LEVY_NOT_SET : ResultCodes.SUCCESS;
    }
}
