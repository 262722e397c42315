package io.sirius.api.model;

/**
 * A number of blocks (uint64).
 *
 * @param value the raw uint64, compared unsigned
 */
public record BlockDuration(long value) implements Comparable<BlockDuration> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static BlockDuration of(long value) {
        return new BlockDuration(value);
    }

    @Override
    public int compareTo(BlockDuration other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
