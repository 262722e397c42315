package io.sirius.api.model;

/**
 * A mosaic id as a transaction names it: a mosaic id, or a namespace id (bit 63 set) that aliases one.
 *
 * @param value the raw uint64, compared unsigned
 */
public record UnresolvedMosaicId(long value) implements Comparable<UnresolvedMosaicId> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static UnresolvedMosaicId of(long value) {
        return new UnresolvedMosaicId(value);
    }

    /** @return whether this names a namespace alias (bit 63 set) rather than a mosaic */
    public boolean isAlias() {
        return value < 0;
    }

    @Override
    public int compareTo(UnresolvedMosaicId other) {
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
