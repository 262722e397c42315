package io.sirius.api.model;

/**
 * A block height (uint64); the nemesis block is height 1.
 *
 * @param value the raw uint64, compared unsigned
 */
public record Height(long value) implements Comparable<Height> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static Height of(long value) {
        return new Height(value);
    }

    /** The nemesis block's height. */
    public static final Height NEMESIS = new Height(1);

    /** @return the next height */
    public Height next() {
        return new Height(value + 1);
    }

    @Override
    public int compareTo(Height other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
