package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.Hash256;
import io.sirius.crypto.Hashes;
import java.util.Optional;

/**
 * How a secret is computed from its proof, with Sirius's wire values. A 20-byte result (Hash160) fills the first 20
 * bytes of the 32-byte secret and leaves the rest zero, as Sirius pads it.
 */
public enum LockHashAlgorithm {
    /** SHA3-256 (FIPS 202). */
    SHA3_256(0),
    /** Keccak-256, the original Keccak padding (Ethereum's). */
    KECCAK_256(1),
    /** RIPEMD-160 of SHA-256 (Bitcoin's Hash160). */
    HASH_160(2),
    /** SHA-256 of SHA-256 (Bitcoin's Hash256). */
    HASH_256(3);

    private final int code;

    LockHashAlgorithm(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }

    /**
     * @param code a wire value, 0 to 255
     * @return the algorithm, or empty for a value Sirius does not implement (4, its internal marker, and above)
     */
    public static Optional<LockHashAlgorithm> fromCode(int code) {
        for (LockHashAlgorithm algorithm : values()) {
            if (algorithm.code == code) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * @param data a proof
     * @return its secret under this algorithm, zero-padded to 32 bytes
     */
    public Hash256 hash(byte[] data) {
        byte[] digest = switch (this) {
            case SHA3_256 -> Hashes.sha3_256(data);
            case KECCAK_256 -> Hashes.keccak256(data);
            case HASH_160 -> Hashes.hash160(data);
            case HASH_256 -> Hashes.doubleSha256(data);
        };
        byte[] secret = new byte[Hash256.SIZE];
        System.arraycopy(digest, 0, secret, 0, digest.length);
        return Hash256.of(secret);
    }
}
