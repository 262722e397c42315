package io.sirius.plugin.mosaic.model;

/**
 * An optional property of a mosaic definition as the wire carries it: {@code id u8 | value u64}. Sirius defines one,
 * {@link #DURATION} (2); the required properties flags (0) and divisibility (1) travel in the definition's header.
 *
 * @param id the property id, 0 to 255 (not checked here: the properties validator judges it)
 * @param value the raw uint64 value
 */
public record MosaicProperty(int id, long value) {
    /** The id of the flags property. */
    public static final int FLAGS = 0;
    /** The id of the divisibility property. */
    public static final int DIVISIBILITY = 1;
    /** The id of the duration property. */
    public static final int DURATION = 2;
    /** The number of property ids Sirius knows (flags, divisibility, duration). */
    public static final int COUNT = 3;

    /** Checks the id fits a byte. */
    public MosaicProperty {
        if (id < 0 || id > 0xFF) {
            throw new IllegalArgumentException("a mosaic property id is a byte, not " + id);
        }
    }
}
