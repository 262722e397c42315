package io.sirius.plugin.mosaic.model;

import java.util.Optional;

/**
 * How a levy is computed, with Sirius's wire values.
 */
public enum LevyType {
    /** No levy; not valid in a Mosaic_Modify_Levy. */
    NONE(0),
    /** A fixed amount per transfer. */
    ABSOLUTE(1),
    /**
     * A share of the amount transferred: the fee is in units of 1/{@value MosaicLevy#PERCENTILE_DECIMAL_PLACE} of a
     * percent (fee 150'000 = 1.5 %).
     */
    PERCENTILE(2);

    private final int code;

    LevyType(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }

    /**
     * @param code a wire value
     * @return the type, or empty for a value Sirius does not define
     */
    public static Optional<LevyType> fromCode(int code) {
        for (LevyType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
