package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.VersionField;
import java.util.Objects;

/**
 * The 42-byte header of a transaction inside an aggregate: Size u32 | Signer 32 | Version u32 | Type u16.
 * No signature, fee or deadline: the aggregate carries them.
 *
 * @param size the inner transaction's size, header included
 * @param signer the inner signer's public key
 * @param version network byte, derivation scheme and entity version
 * @param type the entity type
 */
public record EmbeddedTransactionHeader(int size, PublicKey signer, VersionField version, EntityType type) {
    /** The header size. */
    public static final int SIZE = 42;

    /** Checks for nulls and a size that cannot hold the header. */
    public EmbeddedTransactionHeader {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        if (size < SIZE) {
            throw new IllegalArgumentException("an embedded transaction is at least " + SIZE + " bytes, size says " + size);
        }
    }

    /**
     * @param in positioned at the Size field
     * @return the header
     * @throws DecodeException if fewer than 42 bytes remain or the size is impossible
     */
    public static EmbeddedTransactionHeader decode(BinaryReader in) {
        int size = in.readSize32("embedded transaction size");
        if (size < SIZE) {
            throw new DecodeException("embedded transaction size " + size + " is smaller than its " + SIZE
                    + "-byte header");
        }
        PublicKey signer = PublicKey.of(in.readBytes(PublicKey.SIZE, "embedded transaction signer"));
        VersionField version = VersionField.fromRaw(in.readI32("embedded transaction version"));
        EntityType type = new EntityType(in.readU16("embedded transaction type"));
        return new EmbeddedTransactionHeader(size, signer, version, type);
    }

    /** @param out receives the 42 bytes */
    public void encode(BinaryWriter out) {
        out.writeI32(size);
        out.writeBytes(signer.bytes());
        out.writeI32(version.raw());
        out.writeU16(type.value());
    }
}
