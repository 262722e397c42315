package io.sirius.plugin.mosaic.model;

import java.util.Optional;

/**
 * Which way a supply change goes, with Sirius's wire values.
 */
public enum MosaicSupplyChangeDirection {
    /** The supply shrinks: the owner's balance is debited. */
    DECREASE(0),
    /** The supply grows: the owner's balance is credited. */
    INCREASE(1);

    private final int code;

    MosaicSupplyChangeDirection(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }

    /**
     * @param code a wire value
     * @return the direction, or empty for a value Sirius does not define
     */
    public static Optional<MosaicSupplyChangeDirection> fromCode(int code) {
        for (MosaicSupplyChangeDirection direction : values()) {
            if (direction.code == code) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
