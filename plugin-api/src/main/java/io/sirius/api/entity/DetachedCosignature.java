package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import java.util.Objects;

/**
 * A cosignature travelling on its own (P2P push, REST {@code PUT /transactions/cosignature}):
 * {@code Signer 32 | Signature 64 | ParentHash 32}, 128 bytes.
 *
 * @param signer the cosigner
 * @param signature its signature of the parent hash
 * @param parentHash the hash of the aggregate being cosigned
 */
public record DetachedCosignature(PublicKey signer, Signature signature, Hash256 parentHash) {
    /** The size in bytes. */
    public static final int SIZE = 128;

    /** Checks for nulls. */
    public DetachedCosignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(parentHash, "parentHash");
    }

    /**
     * @param bytes exactly 128 bytes
     * @return the cosignature
     * @throws io.sirius.api.codec.DecodeException on any other length
     */
    public static DetachedCosignature decode(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        DetachedCosignature result = decode(in);
        in.requireExhausted("detached cosignature");
        return result;
    }

    /**
     * @param in positioned at the signer
     * @return the cosignature
     */
    public static DetachedCosignature decode(BinaryReader in) {
        PublicKey signer = PublicKey.of(in.readBytes(PublicKey.SIZE, "detached cosignature signer"));
        Signature signature = Signature.of(in.readBytes(Signature.SIZE, "detached cosignature signature"));
        Hash256 parent = Hash256.of(in.readBytes(Hash256.SIZE, "detached cosignature parent hash"));
        return new DetachedCosignature(signer, signature, parent);
    }

    /** @param out receives the 128 bytes */
    public void encode(BinaryWriter out) {
        out.writeBytes(signer.bytes());
        out.writeBytes(signature.bytes());
        out.writeBytes(parentHash.bytes());
    }

    /** @return the 128 bytes */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(SIZE);
        encode(out);
        return out.toByteArray();
    }

    /** @return the cosignature as attached to a V1 aggregate */
    public Cosignature toCosignature() {
        return new Cosignature(io.sirius.api.model.DerivationScheme.UNSET, signer, signature);
    }
}
