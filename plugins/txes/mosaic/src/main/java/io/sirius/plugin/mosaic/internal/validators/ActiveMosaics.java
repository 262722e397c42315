package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.state.StateView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * Finds mosaics that are active at a height (Sirius's {@code ActiveMosaicView}): a mosaic that is not in the cache,
 * is not active at the height, or is named by an alias no namespace resolves, is not found.
 */
public final class ActiveMosaics {

    private ActiveMosaics() {
    }

    /**
     * @param state the state to read
     * @param id the mosaic
     * @param height the height
     * @return its entry if it is active there
     */
    public static Optional<MosaicEntry> find(StateView state, MosaicId id, Height height) {
        return state.cache(MosaicCache.DESCRIPTOR).find(id).filter(entry -> entry.isActive(height));
    }

    /**
     * @param context a validator's context (state, height and resolvers)
     * @param id a mosaic id or alias
     * @return its entry if it resolves and is active at the context's height
     */
    public static Optional<MosaicEntry> find(StatefulValidationContext context, UnresolvedMosaicId id) {
        return context.resolvers().resolve(id).flatMap(resolved -> find(context.state(), resolved, context.height()));
    }
}
