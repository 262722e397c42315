package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Objects;

/**
 * The body of a Mosaic_Remove_Levy (0x444D, v1): {@code MosaicId u64}. Removes the levy of {@code mosaicId}; its
 * owner, or the network key once the mosaic has expired, may sign it.
 *
 * @param mosaicId the levied mosaic or an alias of it
 */
public record MosaicRemoveLevyTransaction(UnresolvedMosaicId mosaicId) {

    /** Checks the argument. */
    public MosaicRemoveLevyTransaction {
        Objects.requireNonNull(mosaicId, "mosaicId");
    }
}
