package io.sirius.api.model;

/**
 * A resolved mosaic id (uint64, bit 63 clear).
 *
 * @param value the raw uint64, compared unsigned
 */
public record MosaicId(long value) implements Comparable<MosaicId> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static MosaicId of(long value) {
        return new MosaicId(value);
    }

    @Override
    public int compareTo(MosaicId other) {
        return Long.compareUnsigned(value, other.value);
    }

    /** @return the id as 16 upper-case hex digits, the form REST uses */
    public String toHex() {
        return String.format("%016X", value);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
