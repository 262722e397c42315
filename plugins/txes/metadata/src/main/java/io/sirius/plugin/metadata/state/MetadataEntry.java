package io.sirius.plugin.metadata.state;

import io.sirius.api.model.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A metadata value in the cache. Immutable: every change returns a new entry.
 *
 * <p>Like Sirius's, an entry has its own version: 1 when a plain form created it, 2 when an extended form did; only
 * version 2 entries carry the immutability flag (REST shows {@code isValueImmutable} for them alone). An entry keeps
 * its version and flag for its whole life: later changes, by either form, change only the value.
 *
 * @param key what identifies the entry
 * @param value the current value, 1 to 65535 bytes (an emptied value removes the entry)
 * @param version 1 or 2
 * @param immutable whether extended forms may no longer change the value (always false in version 1)
 */
public record MetadataEntry(MetadataKey key, byte[] value, int version, boolean immutable) {
    /** The version of entries the plain forms create. */
    public static final int PLAIN = 1;
    /** The version of entries the extended forms create. */
    public static final int EXTENDED = 2;

    /** Checks and copies the arguments. */
    public MetadataEntry {
        Objects.requireNonNull(key, "key");
        value = value.clone();
        if (value.length == 0 || value.length > 0xFFFF) {
            throw new IllegalArgumentException("a metadata value holds 1 to 65535 bytes, not " + value.length);
        }
        if (version != PLAIN && version != EXTENDED) {
            throw new IllegalArgumentException("metadata entry version " + version + " is neither 1 nor 2");
        }
        if (version == PLAIN && immutable) {
            throw new IllegalArgumentException("a version 1 metadata entry has no immutability flag");
        }
    }

    /** @return a copy of the value */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** @return the value's size in bytes */
    public int valueSize() {
        return value.length;
    }

    /**
     * @param newValue the new value
     * @return this entry with that value, its version and flag kept
     */
    public MetadataEntry withValue(byte[] newValue) {
        return new MetadataEntry(key, newValue, version, immutable);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetadataEntry that && key.equals(that.key) && Arrays.equals(value, that.value)
                && version == that.version && immutable == that.immutable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(value), version, immutable);
    }

    @Override
    public String toString() {
        return "MetadataEntry[" + key + ", value=" + Hex.encode(value) + ", version=" + version + ", immutable=" + immutable
                + "]";
    }
}
