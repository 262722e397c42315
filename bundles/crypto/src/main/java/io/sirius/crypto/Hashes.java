package io.sirius.crypto;

import io.sirius.api.model.Hash256;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * The hash functions of the Sirius chain. SHA3 here is FIPS-202 SHA3, not the original Keccak padding;
 * {@link #keccak256} is the latter (used by secret locks).
 */
public final class Hashes {
    private Hashes() {
    }

    /** @return SHA3-256 of the concatenated parts */
    public static byte[] sha3_256(byte[]... parts) {
        return digest(new SHA3Digest(256), parts);
    }

    /** @return SHA3-256 of the concatenated parts, as a hash value */
    public static Hash256 sha3_256Hash(byte[]... parts) {
        return Hash256.of(sha3_256(parts));
    }

    /** @return SHA3-512 of the concatenated parts */
    public static byte[] sha3_512(byte[]... parts) {
        return digest(new SHA3Digest(512), parts);
    }

    /** @return Keccak-256 (original padding) of the concatenated parts */
    public static byte[] keccak256(byte[]... parts) {
        return digest(new KeccakDigest(256), parts);
    }

    /** @return RIPEMD-160 of the concatenated parts */
    public static byte[] ripemd160(byte[]... parts) {
        return digest(new RIPEMD160Digest(), parts);
    }

    /** @return SHA-256 of the concatenated parts */
    public static byte[] sha256(byte[]... parts) {
        return digest(new SHA256Digest(), parts);
    }

    /** @return RIPEMD-160 of SHA-256 ("Hash160" of secret locks) */
    public static byte[] hash160(byte[]... parts) {
        return ripemd160(sha256(parts));
    }

    /** @return SHA-256 of SHA-256 ("Hash256" of secret locks) */
    public static byte[] doubleSha256(byte[]... parts) {
        return sha256(sha256(parts));
    }

    /** @return an incremental SHA3-256 */
    public static Hasher sha3_256Hasher() {
        return new Hasher(new SHA3Digest(256));
    }

    private static byte[] digest(Digest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** An incremental hash over slices of arrays. Not thread safe; single use. */
    public static final class Hasher {
        private final Digest digest;

        private Hasher(Digest digest) {
            this.digest = digest;
        }

        /**
         * @param bytes data to hash
         * @return this hasher
         */
        public Hasher update(byte[] bytes) {
            digest.update(bytes, 0, bytes.length);
            return this;
        }

        /**
         * @param bytes the buffer
         * @param offset where the data starts
         * @param length how many bytes
         * @return this hasher
         */
        public Hasher update(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
            return this;
        }

        /** @return the digest of everything given */
        public byte[] digest() {
            byte[] out = new byte[digest.getDigestSize()];
            digest.doFinal(out, 0);
            return out;
        }

        /** @return the 32-byte digest as a hash value (for 256-bit hashers) */
        public Hash256 hash() {
            return Hash256.of(digest());
        }
    }
}
