package io.sirius.plugin.property.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import java.util.Arrays;

/**
 * A resolved property value as Sirius stores it: an address's 25 bytes, a mosaic id as 8 bytes little endian, or an
 * entity type as 2 bytes little endian. Values order as Sirius's {@code std::set} of byte vectors orders them: by their
 * bytes, unsigned.
 */
public final class PropertyValue implements Comparable<PropertyValue> {
    private final byte[] bytes;

    private PropertyValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the raw value; copied
     * @return the value
     */
    public static PropertyValue of(byte[] bytes) {
        return new PropertyValue(bytes.clone());
    }

    /**
     * @param address an address
     * @return its value
     */
    public static PropertyValue of(Address address) {
        return new PropertyValue(address.bytes());
    }

    /**
     * @param mosaic a mosaic id
     * @return its value, little endian
     */
    public static PropertyValue of(MosaicId mosaic) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (mosaic.value() >>> (8 * i));
        }
        return new PropertyValue(out);
    }

    /**
     * @param type an entity type
     * @return its value, little endian
     */
    public static PropertyValue of(EntityType type) {
        return new PropertyValue(new byte[] {(byte) type.value(), (byte) (type.value() >>> 8)});
    }

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the number of bytes */
    public int size() {
        return bytes.length;
    }

    /** @return the bytes read as a little-endian unsigned number (a mosaic id or an entity type) */
    public long littleEndian() {
        long value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }

    @Override
    public int compareTo(PropertyValue other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropertyValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }
}
