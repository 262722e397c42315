package io.sirius.api.model;

import java.util.Arrays;

/**
 * An Ed25519 public key (32 bytes): the signer of transactions and blocks, and the identity of an account.
 */
public final class PublicKey extends FixedBytes {
    /** The size in bytes. */
    public static final int SIZE = 32;

    /** All zero bytes: "none" where the wire format has no optional fields. */
    public static final PublicKey ZERO = new PublicKey(new byte[SIZE]);

    private PublicKey(byte[] bytes) {
        super(bytes);
    }

    /**
     * @param bytes exactly {@link #SIZE} bytes; copied
     * @return the value
     * @throws IllegalArgumentException on any other length
     */
    public static PublicKey of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a public key must be " + SIZE + " bytes, got " + bytes.length);
        }
        return new PublicKey(bytes.clone());
    }

    /**
     * @param source an array holding the value
     * @param offset where the value starts
     * @return the value, copied out
     */
    public static PublicKey of(byte[] source, int offset) {
        return new PublicKey(Arrays.copyOfRange(source, offset, offset + SIZE));
    }

    /**
     * @param hex 64 hex characters
     * @return the value
     * @throws IllegalArgumentException if the text is not hex of the right length
     */
    public static PublicKey fromHex(String hex) {
        return new PublicKey(Hex.decode(hex, SIZE, "a public key"));
    }
}
