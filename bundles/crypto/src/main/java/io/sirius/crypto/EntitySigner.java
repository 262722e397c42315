package io.sirius.crypto;

import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.DetachedCosignature;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.VersionField;
import java.util.Objects;

/**
 * The signing rules of spec section 2.6 over entity bytes:
 * <ul>
 * <li>a transaction's signer signs generation hash | bytes [100, end) (for aggregates the end is that of the
 * inner transactions), with the scheme named by byte 2 of the version field (0 and 1 SHA3-512, 2 SHA-512);</li>
 * <li>a cosigner signs the 32-byte aggregate hash;</li>
 * <li>a block producer (and a v4+ block cosigner) signs bytes [100, header size), no generation hash.</li>
 * </ul>
 * Thread safe; verification shares the checked-key cache of its {@link Ed25519}.
 */
public final class EntitySigner {
    private final Ed25519 ed25519;

    /**
     * @param ed25519 the signature primitive (and its key cache)
     */
    public EntitySigner(Ed25519 ed25519) {
        this.ed25519 = Objects.requireNonNull(ed25519, "ed25519");
    }

    /**
     * Signs a transaction payload: writes the key pair's public key as signer and the signature.
     *
     * @param keyPair the signer; its scheme must agree with the version field's scheme byte
     * @param payload one whole transaction (not modified)
     * @param generationHash the network's generation hash
     * @return a signed copy of the payload
     * @throws IllegalArgumentException if the key pair's scheme disagrees with the version field
     */
    public byte[] signTransaction(KeyPair keyPair, byte[] payload, Hash256 generationHash) {
        DerivationScheme scheme = schemeOf(payload, TransactionHeader.VERSION_OFFSET);
        if (scheme == null || scheme.usesSha3() != keyPair.scheme().usesSha3()) {
            throw new IllegalArgumentException("the version field asks for derivation scheme "
                    + (scheme == null ? "(unknown)" : scheme) + " but the key pair is " + keyPair.scheme());
        }
        byte[] signed = payload.clone();
        keyPair.publicKey().copyTo(signed, TransactionHeader.SIGNER_OFFSET);
        Signature signature = ed25519.sign(keyPair, EntityHasher.signingBytes(signed, generationHash));
        signature.copyTo(signed, TransactionHeader.SIGNATURE_OFFSET);
        return signed;
    }

    /**
     * @param payload one whole transaction
     * @param generationHash the network's generation hash
     * @return whether its signature is valid (false also for an unknown scheme byte or a malformed payload)
     */
    public boolean verifyTransaction(byte[] payload, Hash256 generationHash) {
        if (payload.length < TransactionHeader.SIZE) {
            return false;
        }
        DerivationScheme scheme = schemeOf(payload, TransactionHeader.VERSION_OFFSET);
        if (scheme == null) {
            return false;
        }
        byte[] data;
        try {
            data = EntityHasher.signingBytes(payload, generationHash);
        } catch (io.sirius.api.codec.DecodeException e) {
            return false;
        }
        return ed25519.verify(PublicKey.of(payload, TransactionHeader.SIGNER_OFFSET), scheme, data,
                Signature.of(payload, TransactionHeader.SIGNATURE_OFFSET));
    }

    /**
     * @param keyPair the cosigner
     * @param aggregateHash the hash of the aggregate
     * @return the cosignature, carrying the key pair's scheme
     */
    public Cosignature cosign(KeyPair keyPair, Hash256 aggregateHash) {
        return new Cosignature(keyPair.scheme(), keyPair.publicKey(), ed25519.sign(keyPair, aggregateHash.bytes()));
    }

    /**
     * @param keyPair the cosigner
     * @param aggregateHash the hash of the aggregate
     * @return the cosignature in its detached (128-byte) form
     */
    public DetachedCosignature cosignDetached(KeyPair keyPair, Hash256 aggregateHash) {
        return new DetachedCosignature(keyPair.publicKey(), ed25519.sign(keyPair, aggregateHash.bytes()), aggregateHash);
    }

    /**
     * @param cosignature a cosignature (its scheme selects the hash; UNSET means SHA3)
     * @param aggregateHash the hash of the aggregate it is attached to
     * @return whether it is valid
     */
    public boolean verifyCosignature(Cosignature cosignature, Hash256 aggregateHash) {
        return ed25519.verify(cosignature.signer(), cosignature.scheme(), aggregateHash.bytes(), cosignature.signature());
    }

    /**
     * @param cosignature a detached cosignature (SHA3 scheme)
     * @return whether it is a valid signature of its parent hash
     */
    public boolean verifyCosignature(DetachedCosignature cosignature) {
        return ed25519.verify(cosignature.signer(), DerivationScheme.UNSET, cosignature.parentHash().bytes(),
                cosignature.signature());
    }

    /**
     * Signs a block: writes the key pair's public key as signer and the signature of bytes [100, header size).
     *
     * @param keyPair the producer
     * @param block the block's bytes (not modified)
     * @return a signed copy
     */
    public byte[] signBlock(KeyPair keyPair, byte[] block) {
        int headerSize = requireBlockHeader(block);
        byte[] signed = block.clone();
        keyPair.publicKey().copyTo(signed, TransactionHeader.SIGNER_OFFSET);
        Signature signature = ed25519.sign(keyPair, signed, TransactionHeader.SIGNED_DATA_OFFSET,
                headerSize - TransactionHeader.SIGNED_DATA_OFFSET);
        signature.copyTo(signed, TransactionHeader.SIGNATURE_OFFSET);
        return signed;
    }

    /**
     * @param block a block's bytes
     * @return whether the producer's signature is valid
     */
    public boolean verifyBlock(byte[] block) {
        int headerSize = blockHeaderSize(block);
        DerivationScheme scheme = schemeOf(block, TransactionHeader.VERSION_OFFSET);
        if (headerSize < 0 || scheme == null) {
            return false;
        }
        return ed25519.verify(PublicKey.of(block, TransactionHeader.SIGNER_OFFSET), scheme, block,
                TransactionHeader.SIGNED_DATA_OFFSET, headerSize - TransactionHeader.SIGNED_DATA_OFFSET,
                Signature.of(block, TransactionHeader.SIGNATURE_OFFSET));
    }

    /**
     * @param keyPair a committee member
     * @param block the block's bytes
     * @return its block cosignature: a signature of the same bytes the producer signs
     */
    public Cosignature cosignBlock(KeyPair keyPair, byte[] block) {
        int headerSize = requireBlockHeader(block);
        return new Cosignature(DerivationScheme.UNSET, keyPair.publicKey(), ed25519.sign(keyPair, block,
                TransactionHeader.SIGNED_DATA_OFFSET, headerSize - TransactionHeader.SIGNED_DATA_OFFSET));
    }

    /**
     * @param cosignature a block cosignature
     * @param block the block's bytes
     * @return whether it is valid
     */
    public boolean verifyBlockCosignature(Cosignature cosignature, byte[] block) {
        int headerSize = blockHeaderSize(block);
        if (headerSize < 0) {
            return false;
        }
        return ed25519.verify(cosignature.signer(), cosignature.scheme(), block, TransactionHeader.SIGNED_DATA_OFFSET,
                headerSize - TransactionHeader.SIGNED_DATA_OFFSET, cosignature.signature());
    }

    private static int requireBlockHeader(byte[] block) {
        int headerSize = blockHeaderSize(block);
        if (headerSize < 0) {
            throw new IllegalArgumentException("a block of " + block.length + " bytes is shorter than its header");
        }
        return headerSize;
    }

    /** @return 302 or 322 from the version, or -1 if the bytes are too short for it */
    private static int blockHeaderSize(byte[] block) {
        if (block.length < BlockHeader.V3_SIZE) {
            return -1;
        }
        int version = VersionField.fromRaw(readI32(block, TransactionHeader.VERSION_OFFSET)).version();
        int size = version >= 4 ? BlockHeader.V4_SIZE : BlockHeader.V3_SIZE;
        return block.length >= size ? size : -1;
    }

    private static DerivationScheme schemeOf(byte[] entity, int versionOffset) {
        int code = VersionField.fromRaw(readI32(entity, versionOffset)).scheme();
        return code <= 2 ? DerivationScheme.fromCode(code) : null;
    }

    private static int readI32(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }
}
