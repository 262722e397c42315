package io.sirius.plugin.metadata.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;

/**
 * The Metadata_v2 entry, layout 1: the bytes of Sirius's {@code MetadataEntrySerializer}, little endian,
 * <pre>
 * entryVersion u32 | sourceAddress 25 | targetKey 32 | scopedMetadataKey u64 | targetId u64 | metadataType u8 |
 * valueSize u16 | value | [isValueImmutable u8, only when entryVersion is 2]
 * </pre>
 * The entry's own version (1 or 2, which form created it) is part of the entry, as in Sirius; the layout version the
 * kernel stores beside the bytes is this serializer's, 1.
 *
 * <p>Reading is strict, so that every accepted byte string writes back identically: the entry version must be 1 or 2,
 * the address must carry its checksum, the type must be known, an account entry's target id must be 0, the value must
 * not be empty and the flag must be 0 or 1.
 */
public final class MetadataEntrySerializer implements EntrySerializer<MetadataEntry> {
    /** The layout version {@link #write} produces. */
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(MetadataEntry entry, BinaryWriter out) {
        MetadataKey key = entry.key();
        out.writeI32(entry.version());
        out.writeBytes(key.sourceAddress().bytes());
        out.writeBytes(key.targetKey().bytes());
        out.writeI64(key.scopedMetadataKey());
        out.writeI64(key.targetId());
        out.writeU8(key.targetType().code());
        out.writeU16(entry.valueSize());
        out.writeBytes(entry.value());
        if (entry.version() == MetadataEntry.EXTENDED) {
            out.writeU8(entry.immutable() ? 1 : 0);
        }
    }

    @Override
    public MetadataEntry read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("metadata entry layout " + version + " is unknown");
        }
        int entryVersion = in.readI32("version");
        if (entryVersion != MetadataEntry.PLAIN && entryVersion != MetadataEntry.EXTENDED) {
            throw new DecodeException("metadata entry version " + Integer.toUnsignedString(entryVersion) + " is neither 1 nor 2");
        }
        Address source;
        try {
            source = Address.of(in.readBytes(Address.SIZE, "sourceAddress"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("sourceAddress: " + e.getMessage());
        }
        PublicKey target = PublicKey.of(in.readBytes(PublicKey.SIZE, "targetKey"));
        long scopedKey = in.readI64("scopedMetadataKey");
        long targetId = in.readI64("targetId");
        int typeCode = in.readU8("metadataType");
        MetadataType type = MetadataType.fromCode(typeCode)
                .orElseThrow(() -> new DecodeException("metadataType " + typeCode + " is unknown"));
        if (type == MetadataType.ACCOUNT && targetId != 0) {
            throw new DecodeException("an account entry has targetId 0, not " + Long.toUnsignedString(targetId));
        }
        int valueSize = in.readU16("valueSize");
        if (valueSize == 0) {
            throw new DecodeException("a metadata entry's value is never empty");
        }
        byte[] value = in.readBytes(valueSize, "value");
        boolean immutable = false;
        if (entryVersion == MetadataEntry.EXTENDED) {
            int flag = in.readU8("isValueImmutable");
            if (flag > 1) {
                throw new DecodeException("isValueImmutable is " + flag + ", not 0 or 1");
            }
            immutable = flag == 1;
        }
        return new MetadataEntry(new MetadataKey(source, target, scopedKey, type, targetId), value, entryVersion, immutable);
    }
}
