package io.sirius.api.model;

/**
 * An amount of a mosaic in atomic units (uint64).
 *
 * @param value the raw uint64, compared unsigned
 */
public record Amount(long value) implements Comparable<Amount> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static Amount of(long value) {
        return new Amount(value);
    }

    /** No amount. */
    public static final Amount ZERO = new Amount(0);

    @Override
    public int compareTo(Amount other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
