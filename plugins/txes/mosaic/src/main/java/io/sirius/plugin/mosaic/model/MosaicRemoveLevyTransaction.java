package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Objects;

/**
 * The body of a Mosaic_Remove_Levy (0x444D, v1): {@code MosaicId u64}. Removes the levy of {@code mosaicId}; the
 * owner of the active mosaic may sign it, and so may the network key, which is how the levy of an expired mosaic is
 * removed.
 *
 * @param mosaicId the levied mosaic or an alias of it
 */
public record MosaicRemoveLevyTransaction(UnresolvedMosaicId mosaicId) {

    /** Checks the argument. */
    public MosaicRemoveLevyTransaction {
        Objects.requireNonNull(mosaicId, "mosaicId");
    }
}
