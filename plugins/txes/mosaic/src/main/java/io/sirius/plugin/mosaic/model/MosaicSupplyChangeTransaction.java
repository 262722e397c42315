package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a Mosaic_Supply_Change (0x424D, v2): {@code MosaicId u64 | Direction u8 | Delta u64}.
 *
 * @param mosaicId the mosaic or an alias of it
 * @param direction the direction byte as on the wire (0 decrease, 1 increase; others fail validation)
 * @param delta how much the supply changes
 */
public record MosaicSupplyChangeTransaction(UnresolvedMosaicId mosaicId, int direction, Amount delta) {

    /** Checks the arguments. */
    public MosaicSupplyChangeTransaction {
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(delta, "delta");
        if (direction < 0 || direction > 0xFF) {
            throw new IllegalArgumentException("the direction is a byte, not " + direction);
        }
    }

    /** @return the direction, or empty if the byte is not one Sirius defines */
    public Optional<MosaicSupplyChangeDirection> knownDirection() {
        return MosaicSupplyChangeDirection.fromCode(direction);
    }
}
