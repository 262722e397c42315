package io.sirius.api.model;

/**
 * A time in milliseconds since the Sirius epoch, 2016-04-01T00:00:00Z (uint64).
 *
 * @param value the raw uint64, compared unsigned
 */
public record Timestamp(long value) implements Comparable<Timestamp> {

    /**
     * @param value the raw uint64
     * @return the value
     */
    public static Timestamp of(long value) {
        return new Timestamp(value);
    }

    /** The Sirius epoch, 2016-04-01T00:00:00Z, in Unix milliseconds. */
    public static final long EPOCH_UNIX_MILLIS = 1459468800000L;

    /**
     * @param instant a point in time
     * @return it in milliseconds since the Sirius epoch
     */
    public static Timestamp fromInstant(java.time.Instant instant) {
        return new Timestamp(instant.toEpochMilli() - EPOCH_UNIX_MILLIS);
    }

    /** @return this time as an instant */
    public java.time.Instant toInstant() {
        return java.time.Instant.ofEpochMilli(value + EPOCH_UNIX_MILLIS);
    }

    @Override
    public int compareTo(Timestamp other) {
        return Long.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
