package io.sirius.api.model;

import java.util.Arrays;

/**
 * An Ed25519 public key (32 bytes): the signer of transactions and blocks, and the identity of an account.
 */
public final class PublicKey {
    /** The size in bytes. */
    public static final int SIZE = 32;

    /** All zero bytes: "none" where the wire format has no optional fields. */
    public static final PublicKey ZERO = new PublicKey(new byte[SIZE]);

    private final byte[] bytes;

    private PublicKey(byte[] bytes) {
        this.bytes = bytes;
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
        return other instanceof PublicKey that && Arrays.equals(bytes, that.bytes);
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
