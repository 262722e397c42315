package io.sirius.crypto;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.internal.Ed25519Engine;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A private key, the public key derived from it and the scheme of the derivation. The same private key
 * gives different public keys (and addresses) in the SHA3 and SHA-2 schemes. Holds the expanded secret
 * so that signing does not hash the private key again.
 */
public final class KeyPair {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final DerivationScheme scheme;
    private final byte[] expanded;

    private KeyPair(PrivateKey privateKey, DerivationScheme scheme) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        byte[] seed = privateKey.bytes();
        this.expanded = Ed25519Engine.expand(seed, scheme.usesSha3());
        java.util.Arrays.fill(seed, (byte) 0);
        this.publicKey = PublicKey.of(Ed25519Engine.publicKey(expanded));
    }

    /**
     * @param privateKey the private key
     * @param scheme SHA3 (UNSET, ED25519_SHA3) or SHA-2 (ED25519_SHA2)
     * @return the key pair
     */
    public static KeyPair of(PrivateKey privateKey, DerivationScheme scheme) {
        return new KeyPair(privateKey, scheme);
    }

    /**
     * @param random the randomness source
     * @param scheme the scheme
     * @return a new random key pair
     */
    public static KeyPair generate(SecureRandom random, DerivationScheme scheme) {
        return new KeyPair(PrivateKey.generate(random), scheme);
    }

    /** @return the private key */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** @return the public key */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** @return the derivation scheme */
    public DerivationScheme scheme() {
        return scheme;
    }

    byte[] expanded() {
        return expanded;
    }

    @Override
    public String toString() {
        return "KeyPair[" + scheme + ", " + publicKey + "]";
    }
}
