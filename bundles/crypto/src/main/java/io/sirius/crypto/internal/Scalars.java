package io.sirius.crypto.internal;

import java.math.BigInteger;

/**
 * Arithmetic modulo the group order L = 2^252 + 27742317777372353535851937790883648493, on 32-byte
 * little-endian scalars.
 *
 * <p>{@link #reduce} and {@link #mulAdd}, which see secret scalars when signing, run in constant time on
 * fixed-width limbs ({@link ScalarLimbs}); {@link BigInteger} serves only for constants and conversions.
 */
public final class Scalars {
    /** The order of the base point. */
    public static final BigInteger L = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private static final byte[] L_BYTES = toBytes(L);

    private Scalars() {
    }

    /**
     * @param le little-endian bytes, at most 64
     * @return the value modulo L, as 32 little-endian bytes (at most 64 bytes in)
     */
    public static byte[] reduce(byte[] le) {
        if (le.length > 64) {
            throw new IllegalArgumentException("at most 64 bytes can be reduced, got " + le.length);
        }
        return ScalarLimbs.reduce(le);
    }

    /**
     * @param a 32 little-endian bytes
     * @param b 32 little-endian bytes
     * @param c 32 little-endian bytes
     * @return (a * b + c) mod L, as 32 little-endian bytes
     */
    public static byte[] mulAdd(byte[] a, byte[] b, byte[] c) {
        if (a.length != 32 || b.length != 32 || c.length != 32) {
            throw new IllegalArgumentException("mulAdd takes 32-byte scalars");
        }
        return ScalarLimbs.mulAdd(a, b, c);
    }

    /**
     * @param s a buffer holding a 32-byte little-endian scalar
     * @param offset where it starts
     * @return whether it is below L (the canonical-S rule of RFC 8032 and Sirius)
     */
    public static boolean isCanonical(byte[] s, int offset) {
        for (int i = 31; i >= 0; i--) {
            int x = s[offset + i] & 0xFF;
            int l = L_BYTES[i] & 0xFF;
            if (x != l) {
                return x < l;
            }
        }
        return false;
    }

    /** @return the unsigned value of little-endian bytes */
    public static BigInteger toBig(byte[] le, int offset, int length) {
        byte[] be = new byte[length];
        for (int i = 0; i < length; i++) {
            be[i] = le[offset + length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    /** @return a value below 2^256 as 32 little-endian bytes */
    public static byte[] toBytes(BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < Math.min(32, be.length); i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }
}
