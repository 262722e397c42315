package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.state.CacheView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.namespace.model.AliasMosaicRequiredNotification;
import java.util.Optional;

/**
 * A mosaic alias names a mosaic that exists (ALIAS_MOSAIC_UNKNOWN), is active at the height (ALIAS_MOSAIC_EXPIRED) and
 * belongs to the signer (ALIAS_MOSAIC_OWNER_CONFLICT), read from the mosaic plugin's cache; Sirius checks the same
 * through the mosaic family's {@code MosaicRequired} rule. When the mosaic plugin is not active at the height its cache
 * is not registered, no mosaic exists, and the alias fails as unknown.
 */
public final class AliasMosaicOwnerValidator implements StatefulValidator<AliasMosaicRequiredNotification> {

    @Override
    public Class<AliasMosaicRequiredNotification> notificationType() {
        return AliasMosaicRequiredNotification.class;
    }

    @Override
    public ResultCode validate(AliasMosaicRequiredNotification notification, StatefulValidationContext context) {
        Optional<MosaicEntry> mosaic = mosaics(context).flatMap(cache -> cache.find(notification.mosaicId()));
        if (mosaic.isEmpty()) {
            return NamespaceResults.ALIAS_MOSAIC_UNKNOWN;
        }
        if (!mosaic.get().isActive(context.height())) {
            return NamespaceResults.ALIAS_MOSAIC_EXPIRED;
        }
        return mosaic.get().definition().owner().equals(notification.signer())
                ? ResultCodes.SUCCESS
                : NamespaceResults.ALIAS_MOSAIC_OWNER_CONFLICT;
    }

    private static Optional<CacheView<MosaicId, MosaicEntry>> mosaics(StatefulValidationContext context) {
        try {
            return Optional.of(context.state().cache(MosaicCache.DESCRIPTOR));
        } catch (IllegalArgumentException e) {
            // StateView's contract: the cache of a plugin that is not active is not registered
            return Optional.empty();
        }
    }
}
