package io.sirius.api.model;

/**
 * A namespace id (uint64, bit 63 set).
 *
 * @param value the raw uint64, compared unsigned
 */
public record NamespaceId(long value) implements Comparable<NamespaceId> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static NamespaceId of(long value) {
        return new NamespaceId(value);
    }

    @Override
    public int compareTo(NamespaceId other) {
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
