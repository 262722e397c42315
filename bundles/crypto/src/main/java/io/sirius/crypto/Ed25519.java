package io.sirius.crypto;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.crypto.internal.Ed25519Engine;
import io.sirius.crypto.internal.KeyCache;
import io.sirius.crypto.internal.VerifyingKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Ed25519 signing and verification in the Sirius schemes: SHA3-512 for derivation schemes 0 (unset, pre-v2)
 * and 1, SHA-512 (RFC 8032) for scheme 2.
 *
 * <p>Verification is strict: S must be below the group order, the public key must be a canonical encoding
 * of a point in the prime-order subgroup other than the neutral element (the all-zero key is refused), and
 * the encoding of S B - k A must equal R. The key checks cost about one verification, so their outcome,
 * with the tables verification needs, is kept in a bounded per-instance cache. Thread safe.
 */
public final class Ed25519 {
    /** The cache capacity of {@link #Ed25519()}: about 3 KB per key. */
    public static final int DEFAULT_KEY_CACHE_CAPACITY = 4096;

    private final KeyCache keys;

    /** Creates an instance with a cache of {@link #DEFAULT_KEY_CACHE_CAPACITY} keys. */
    public Ed25519() {
        this(DEFAULT_KEY_CACHE_CAPACITY);
    }

    /**
     * @param keyCacheCapacity how many checked public keys to keep
     */
    public Ed25519(int keyCacheCapacity) {
        this.keys = new KeyCache(keyCacheCapacity);
    }

    /**
     * Derives the public key of a private key.
     *
     * @param privateKey the private key
     * @param scheme the scheme
     * @return the public key
     */
    public static PublicKey publicKey(PrivateKey privateKey, DerivationScheme scheme) {
        return KeyPair.of(privateKey, scheme).publicKey();
    }

    /**
     * Signs data with the key pair's scheme.
     *
     * @param keyPair the signer
     * @param data the message
     * @return the signature
     */
    public Signature sign(KeyPair keyPair, byte[] data) {
        return sign(keyPair, data, 0, data.length);
    }

    /**
     * Signs a slice of an array with the key pair's scheme.
     *
     * @param keyPair the signer
     * @param data the buffer
     * @param offset where the message starts
     * @param length its length
     * @return the signature
     */
    public Signature sign(KeyPair keyPair, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        byte[] publicKey = keyPair.publicKey().bytes();
        return Signature.of(Ed25519Engine.sign(keyPair.expanded(), publicKey, data, offset, length,
                keyPair.scheme().usesSha3()));
    }

    /**
     * Verifies a signature.
     *
     * @param signer the claimed signer
     * @param scheme the signer's scheme
     * @param data the message
     * @param signature the signature
     * @return whether it is valid
     */
    public boolean verify(PublicKey signer, DerivationScheme scheme, byte[] data, Signature signature) {
        return verify(signer, scheme, data, 0, data.length, signature);
    }

    /**
     * Verifies a signature over a slice of an array.
     *
     * @param signer the claimed signer
     * @param scheme the signer's scheme
     * @param data the buffer
     * @param offset where the message starts
     * @param length its length
     * @param signature the signature
     * @return whether it is valid
     */
    public boolean verify(PublicKey signer, DerivationScheme scheme, byte[] data, int offset, int length,
            Signature signature) {
        Objects.checkFromIndexSize(offset, length, data.length);
        Optional<VerifyingKey> key = keys.get(signer);
        if (key.isEmpty()) {
            return false;
        }
        return Ed25519Engine.verify(key.get(), signer.bytes(), data, offset, length, signature.bytes(), 0,
                scheme.usesSha3());
    }

    /**
     * Checks a public key without verifying anything (and caches the outcome).
     *
     * @param key the key
     * @return whether signatures under it can ever verify
     */
    public boolean isValidPublicKey(PublicKey key) {
        return keys.get(key).isPresent();
    }

    /** @return how many public keys the cache holds now */
    public int cachedKeys() {
        return keys.size();
    }
}
