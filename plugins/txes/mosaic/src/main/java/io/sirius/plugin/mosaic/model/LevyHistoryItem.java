package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Height;
import java.util.Objects;
import java.util.Optional;

/**
 * What a levy was before a change at a height: kept so that the change can be rolled back exactly.
 *
 * @param height the height of the change
 * @param previous the levy before it, or empty if there was none
 */
public record LevyHistoryItem(Height height, Optional<MosaicLevy> previous) {

    /** Checks the arguments. */
    public LevyHistoryItem {
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(previous, "previous");
    }
}
