package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.model.MosaicId;
import io.sirius.api.state.StateView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.validators.ActiveMosaics;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import java.util.Optional;

/**
 * Which levy is in force, and whether a mosaic can carry a levy payment (Sirius's {@code GetLevy} and
 * {@code IsMosaicIdValid}).
 */
public final class Levies {

    private Levies() {
    }

    /**
     * @param state the state to read
     * @param mosaic a mosaic
     * @param config the mosaic config in force
     * @return its levy, if levies are enabled and one is set
     */
    public static Optional<MosaicLevy> inForce(StateView state, MosaicId mosaic, MosaicConfig config) {
        if (!config.levyEnabled()) {
            return Optional.empty();
        }
        return state.cache(LevyCache.DESCRIPTOR).find(mosaic).flatMap(LevyEntry::levy);
    }

    /**
     * Whether a levy can be paid in a mosaic: it is active at the height. The currency mosaic always can, even where
     * the cache has no definition of it (a network whose nemesis predates this plugin); where it has one, Sirius's
     * answer and this one agree, since the currency is eternal.
     *
     * @param context a validator's context
     * @param mosaic the mosaic a levy is paid in
     * @return whether it can be
     */
    public static boolean isUsableLevyMosaic(StatefulValidationContext context, MosaicId mosaic) {
        return mosaic.equals(context.currencyMosaicId()) || active(context, mosaic).isPresent();
    }

    /**
     * @param context a validator's context
     * @param mosaic a mosaic
     * @return its entry if it is active at the context's height
     */
    public static Optional<MosaicEntry> active(StatefulValidationContext context, MosaicId mosaic) {
        return ActiveMosaics.find(context.state(), mosaic, context.height());
    }
}
