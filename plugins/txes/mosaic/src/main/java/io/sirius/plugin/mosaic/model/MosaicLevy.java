package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import java.util.Objects;

/**
 * A levy in force (Sirius's {@code LevyEntryData}): aliases are resolved when it is set.
 *
 * @param type absolute or percentile (never {@link LevyType#NONE})
 * @param recipient who receives the levy
 * @param mosaicId the mosaic the levy is paid in
 * @param fee the amount, or the share in units of 1/{@value #PERCENTILE_DECIMAL_PLACE} of a percent
 */
public record MosaicLevy(LevyType type, Address recipient, MosaicId mosaicId, Amount fee) {
    /** The denominator of a percentile fee within one percent (Sirius's {@code MosaicLevyFeeDecimalPlace}). */
    public static final long PERCENTILE_DECIMAL_PLACE = 100_000;

    /** Checks the arguments. */
    public MosaicLevy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(fee, "fee");
        if (type == LevyType.NONE) {
            throw new IllegalArgumentException("a levy in force has a type other than NONE");
        }
    }
}
