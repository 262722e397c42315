package io.sirius.api.model;

import java.util.Arrays;

/**
 * A value of a fixed number of bytes, immutable and compared by content: what hashes, public keys and signatures share.
 * Values of different kinds are never equal, even with the same bytes.
 *
 * @since 1.1
 */
public abstract sealed class FixedBytes permits Hash256, PublicKey, Signature {
    private final byte[] bytes;

    /** @param bytes the value, owned by this object from now on (callers pass a copy) */
    FixedBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return a copy of the bytes */
    public final byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Copies the bytes into an array, avoiding the copy {@link #bytes()} makes.
     *
     * @param target the destination
     * @param offset where the first byte goes
     */
    public final void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    /** @return whether every byte is zero */
    public final boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** @return upper-case hex */
    public final String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Arrays.equals(bytes, ((FixedBytes) other).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public final String toString() {
        return toHex();
    }
}
