package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import java.util.Objects;

/**
 * The 122-byte header of a top-level transaction: Size u32 | Signature 64 | Signer 32 | Version u32 |
 * Type u16 | MaxFee u64 | Deadline u64.
 *
 * @param size the whole transaction's size in bytes, header included
 * @param signature the signature (zero while unsigned)
 * @param signer the signer's public key
 * @param version network byte, derivation scheme and entity version
 * @param type the entity type
 * @param maxFee the most the signer pays, uint64
 * @param deadline the time after which the transaction is void
 */
public record TransactionHeader(int size, Signature signature, PublicKey signer, VersionField version, EntityType type,
        long maxFee, Timestamp deadline) {
    /** The header size. */
    public static final int SIZE = 122;
    /** Where the signed and hashed data starts: after Size, Signature and Signer. */
    public static final int SIGNED_DATA_OFFSET = 100;
    /** Offset of the Signature field. */
    public static final int SIGNATURE_OFFSET = 4;
    /** Offset of the Signer field. */
    public static final int SIGNER_OFFSET = 68;
    /** Offset of the Version field. */
    public static final int VERSION_OFFSET = 100;
    /** Offset of the Type field. */
    public static final int TYPE_OFFSET = 104;

    /** Checks for nulls and a size that cannot hold the header. */
    public TransactionHeader {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(deadline, "deadline");
        if (size < SIZE) {
            throw new IllegalArgumentException("a transaction is at least " + SIZE + " bytes, size says " + size);
        }
    }

    /**
     * Reads the header fields; the caller checks the size against the bytes it has.
     *
     * @param in positioned at the Size field
     * @return the header
     * @throws io.sirius.api.codec.DecodeException if fewer than 122 bytes remain or the size is impossible
     */
    public static TransactionHeader decode(BinaryReader in) {
        int size = in.readSize32("transaction size");
        if (size < SIZE) {
            throw new io.sirius.api.codec.DecodeException("transaction size " + size + " is smaller than its "
                    + SIZE + "-byte header");
        }
        Signature signature = Signature.of(in.readBytes(Signature.SIZE, "transaction signature"));
        PublicKey signer = PublicKey.of(in.readBytes(PublicKey.SIZE, "transaction signer"));
        VersionField version = VersionField.fromRaw(in.readI32("transaction version"));
        EntityType type = new EntityType(in.readU16("transaction type"));
        long maxFee = in.readI64("transaction max fee");
        Timestamp deadline = Timestamp.of(in.readI64("transaction deadline"));
        return new TransactionHeader(size, signature, signer, version, type, maxFee, deadline);
    }

    /** @param out receives the 122 bytes */
    public void encode(BinaryWriter out) {
        out.writeI32(size);
        out.writeBytes(signature.bytes());
        out.writeBytes(signer.bytes());
        out.writeI32(version.raw());
        out.writeU16(type.value());
        out.writeI64(maxFee);
        out.writeI64(deadline.value());
    }

    /**
     * @param newSize the size to put in
     * @return this header with another size
     */
    public TransactionHeader withSize(int newSize) {
        return new TransactionHeader(newSize, signature, signer, version, type, maxFee, deadline);
    }

    /**
     * @param newSignature the signature to put in
     * @return this header with another signature
     */
    public TransactionHeader withSignature(Signature newSignature) {
        return new TransactionHeader(size, newSignature, signer, version, type, maxFee, deadline);
    }

    /** @return the embedded form of this header (no signature, fee or deadline), with its size adjusted */
    public EmbeddedTransactionHeader toEmbedded() {
        return new EmbeddedTransactionHeader(size - SIZE + EmbeddedTransactionHeader.SIZE, signer, version, type);
    }
}
