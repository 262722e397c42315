package io.sirius.plugin.property.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.AccountProperty;
import io.sirius.plugin.property.state.PropertyValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's properties, version 1: the bytes of Sirius's {@code AccountPropertiesSerializer} without its leading
 * version word (the kernel keeps the layout version), little endian:
 *
 * <pre>
 * address 25 | propertiesCount u64 (3) | (descriptor u8 | valuesCount u64 | value * valuesCount) * 3
 * </pre>
 *
 * <p>Properties come in Sirius's order (address 0x01, mosaic id 0x02, transaction type 0x04); a descriptor is the type,
 * with the block flag 0x80 when blocking or empty; values are 25, 8 or 2 bytes, ascending. Reading is strict, so that
 * every accepted byte string writes back identically, and checks each count against the bytes left before allocating.
 */
public final class AccountPropertiesSerializer implements EntrySerializer<AccountProperties> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(AccountProperties entry, BinaryWriter out) {
        out.writeBytes(entry.address().bytes());
        out.writeI64(entry.properties().size());
        for (AccountProperty property : entry.properties()) {
            out.writeU8(property.descriptor());
            out.writeI64(property.values().size());
            property.values().forEach(value -> out.writeBytes(value.bytes()));
        }
    }

    @Override
    public AccountProperties read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("account properties version " + version + " is unknown");
        }
        Address address;
        try {
            address = Address.of(in.readBytes(Address.SIZE, "address"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("address: " + e.getMessage());
        }
        long count = in.readI64("propertiesCount");
        if (count != AccountProperties.TYPES.size()) {
            throw new DecodeException("an account has " + AccountProperties.TYPES.size() + " properties, not "
                    + Long.toUnsignedString(count));
        }
        List<AccountProperty> properties = new ArrayList<>();
        for (int expected : AccountProperties.TYPES) {
            int descriptor = in.readU8("descriptor");
            if (PropertyType.valueType(descriptor) != expected) {
                throw new DecodeException("property descriptor " + descriptor + " is not type " + expected);
            }
            int size = AccountProperty.valueSize(expected);
            int valuesCount = in.checkCount(in.readI64("valuesCount"), size, "property values");
            List<PropertyValue> values = new ArrayList<>(valuesCount);
            for (int i = 0; i < valuesCount; i++) {
                values.add(PropertyValue.of(in.readBytes(size, "value")));
            }
            try {
                properties.add(new AccountProperty(expected, PropertyType.isBlock(descriptor), values));
            } catch (IllegalArgumentException e) {
                throw new DecodeException(e.getMessage());
            }
        }
        return new AccountProperties(address, properties);
    }
}
