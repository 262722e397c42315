package io.sirius.api.model;

import java.util.Arrays;

/**
 * A 32-byte hash: SHA3-256 for transaction, block and state hashes.
 */
public final class Hash256 extends FixedBytes {
    /** The size in bytes. */
    public static final int SIZE = 32;

    /** All zero bytes: "none" where the wire format has no optional fields. */
    public static final Hash256 ZERO = new Hash256(new byte[SIZE]);

    private Hash256(byte[] bytes) {
        super(bytes);
    }

    /**
     * @param bytes exactly {@link #SIZE} bytes; copied
     * @return the value
     * @throws IllegalArgumentException on any other length
     */
    public static Hash256 of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash must be " + SIZE + " bytes, got " + bytes.length);
        }
        return new Hash256(bytes.clone());
    }

    /**
     * @param source an array holding the value
     * @param offset where the value starts
     * @return the value, copied out
     */
    public static Hash256 of(byte[] source, int offset) {
        return new Hash256(Arrays.copyOfRange(source, offset, offset + SIZE));
    }

    /**
     * @param hex 64 hex characters
     * @return the value
     * @throws IllegalArgumentException if the text is not hex of the right length
     */
    public static Hash256 fromHex(String hex) {
        return new Hash256(Hex.decode(hex, SIZE, "a hash"));
    }
}
