package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import java.util.Objects;

/**
 * A cosignature attached to an aggregate (or a v4+ block): the cosigner's signature of the aggregate's
 * hash. V1 aggregates and blocks carry it as {@code Signer 32 | Signature 64} (96 bytes, scheme implied
 * SHA3); V2 aggregates (0x4341, 0x4441) as {@code Scheme u8 | Signer 32 | Signature 64} (97 bytes).
 *
 * @param scheme the cosigner's derivation scheme ({@link DerivationScheme#UNSET} for the 96-byte form)
 * @param signer the cosigner
 * @param signature the signature
 */
public record Cosignature(DerivationScheme scheme, PublicKey signer, Signature signature) {
    /** Size of the V1 form. */
    public static final int SIZE = 96;
    /** Size of the V2 form, with the scheme byte. */
    public static final int EXTENDED_SIZE = 97;

    /** Checks for nulls. */
    public Cosignature {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * @param in the reader
     * @param extended whether to read the 97-byte form
     * @return the cosignature
     * @throws DecodeException on truncation or an unknown scheme byte
     */
    public static Cosignature decode(BinaryReader in, boolean extended) {
        DerivationScheme scheme = DerivationScheme.UNSET;
        if (extended) {
            int code = in.readU8("cosignature scheme");
            try {
                scheme = DerivationScheme.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw new DecodeException("cosignature at offset " + (in.position() - 1) + ": " + e.getMessage());
            }
        }
        PublicKey signer = PublicKey.of(in.readBytes(PublicKey.SIZE, "cosignature signer"));
        Signature signature = Signature.of(in.readBytes(Signature.SIZE, "cosignature signature"));
        return new Cosignature(scheme, signer, signature);
    }

    /**
     * @param out the writer
     * @param extended whether to write the 97-byte form
     */
    public void encode(BinaryWriter out, boolean extended) {
        if (extended) {
            out.writeU8(scheme.code());
        }
        out.writeBytes(signer.bytes());
        out.writeBytes(signature.bytes());
    }
}
