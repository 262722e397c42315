package io.sirius.api.model;

import java.util.Arrays;

/**
 * An Ed25519 signature: R (32 bytes) followed by S (32 bytes).
 */
public final class Signature {
    /** The size in bytes. */
    public static final int SIZE = 64;

    /** All zero bytes: "none" where the wire format has no optional fields. */
    public static final Signature ZERO = new Signature(new byte[SIZE]);

    private final byte[] bytes;

    private Signature(byte[] bytes) {
        this.bytes = bytes;
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

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Copies the bytes into an array, avoiding the copy {@link #bytes()} makes.
     *
     * @param target the destination
     * @param offset where the first byte goes
     */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** @return whether every byte is zero */
    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** @return upper-case hex */
    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
