package io.sirius.crypto;

import io.sirius.api.model.Hex;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A 32-byte Ed25519 private key (the RFC 8032 seed), used as-is: no byte reversal. Its text form never
 * shows the key; {@link #destroy()} wipes it.
 */
public final class PrivateKey {
    /** The size in bytes. */
    public static final int SIZE = 32;

    private final byte[] bytes;

    private PrivateKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes 32 bytes; copied
     * @return the key
     */
    public static PrivateKey of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a private key must be " + SIZE + " bytes, got " + bytes.length);
        }
        return new PrivateKey(bytes.clone());
    }

    /**
     * @param hex 64 hex characters
     * @return the key
     */
    public static PrivateKey fromHex(String hex) {
        return new PrivateKey(Hex.decode(hex, SIZE, "a private key"));
    }

    /**
     * @param random the randomness source, normally a {@link SecureRandom#getInstanceStrong()} or a default one
     * @return a new random key
     */
    public static PrivateKey generate(SecureRandom random) {
        byte[] bytes = new byte[SIZE];
        random.nextBytes(bytes);
        return new PrivateKey(bytes);
    }

    /** @return a copy of the 32 bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return upper-case hex of the key; for key files only, never for logs */
    public String toHex() {
        return Hex.encode(bytes);
    }

    /** Overwrites the key with zeros. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrivateKey that && java.security.MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 1;
    }

    @Override
    public String toString() {
        return "PrivateKey[hidden]";
    }
}
