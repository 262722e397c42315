package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Objects;

/**
 * The body of a Mosaic_Modify_Levy (0x434D, v1): {@code MosaicId u64 | Levy (Type u8 | Recipient 25 | MosaicId u64 |
 * Fee u64)}, 50 bytes. Sets or replaces the levy charged on transfers of {@code mosaicId}; only its owner may sign it.
 *
 * @param mosaicId the levied mosaic or an alias of it
 * @param levy the new levy
 */
public record MosaicModifyLevyTransaction(UnresolvedMosaicId mosaicId, UnresolvedMosaicLevy levy) {

    /** Checks the arguments. */
    public MosaicModifyLevyTransaction {
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(levy, "levy");
    }
}
