package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Objects;
import java.util.Optional;

/**
 * A levy as a Mosaic_Modify_Levy carries it (Sirius's {@code MosaicLevyRaw}): {@code Type u8 | Recipient 25 |
 * MosaicId u64 | Fee u64}. The recipient and the levy's mosaic may be aliases.
 *
 * @param type the type byte as on the wire (see {@link LevyType}; others fail validation)
 * @param recipient who receives the levy
 * @param mosaicId the mosaic the levy is paid in
 * @param fee the fee: an amount ({@link LevyType#ABSOLUTE}) or a share ({@link LevyType#PERCENTILE})
 */
public record UnresolvedMosaicLevy(int type, UnresolvedAddress recipient, UnresolvedMosaicId mosaicId, Amount fee) {

    /** Checks the arguments. */
    public UnresolvedMosaicLevy {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(fee, "fee");
        if (type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("the levy type is a byte, not " + type);
        }
    }

    /** @return the type, or empty if the byte is not one Sirius defines */
    public Optional<LevyType> knownType() {
        return LevyType.fromCode(type);
    }
}
