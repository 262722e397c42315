package io.sirius.api.model;

import java.util.Arrays;

/**
 * An Ed25519 signature: R (32 bytes) followed by S (32 bytes).
 */
public final class Signature extends FixedBytes {
    /** The size in bytes. */
    public static final int SIZE = 64;

    /** All zero bytes: "none" where the wire format has no optional fields. */
    public static final Signature ZERO = new Signature(new byte[SIZE]);

    private Signature(byte[] bytes) {
        super(bytes);
    }

    /**
     * @param bytes exactly {@link #SIZE} bytes; copied
     * @return the value
     * @throws IllegalArgumentException on any other length
     */
    public static Signature of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a signature must be " + SIZE + " bytes, got " + bytes.length);
        }
        return new Signature(bytes.clone());
    }

    /**
     * @param source an array holding the value
     * @param offset where the value starts
     * @return the value, copied out
     */
    public static Signature of(byte[] source, int offset) {
        return new Signature(Arrays.copyOfRange(source, offset, offset + SIZE));
    }

    /**
     * @param hex 128 hex characters
     * @return the value
     * @throws IllegalArgumentException if the text is not hex of the right length
     */
    public static Signature fromHex(String hex) {
        return new Signature(Hex.decode(hex, SIZE, "a signature"));
    }
}
