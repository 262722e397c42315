package io.sirius.crypto.internal;

import java.math.BigInteger;

/**
 * Arithmetic modulo the group order L = 2^252 + 27742317777372353535851937790883648493, on 32-byte
 * little-endian scalars.
 *
 * <p>Uses {@link BigInteger}: simple and fast enough (about a microsecond per operation, a few percent of a
 * signature), but not constant time. Signing therefore leaks timing about the secret scalar through
 * {@link #mulAdd}; hardening it with fixed-width limb arithmetic is noted as follow-up work.
 */
public final class Scalars {
    /** The order of the base point. */
    public static final BigInteger L = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private static final byte[] L_BYTES = toBytes(L);

    private Scalars() {
    }

    /**
     * @param le little-endian bytes of any length
     * @return the value modulo L, as 32 little-endian bytes
     */
    public static byte[] reduce(byte[] le) {
        return toBytes(toBig(le, 0, le.length).mod(L));
    }

    /**
     * @return (a * b + c) mod L, as 32 little-endian bytes
     */
    public static byte[] mulAdd(byte[] a, byte[] b, byte[] c) {
        BigInteger result = toBig(a, 0, a.length).multiply(toBig(b, 0, b.length)).add(toBig(c, 0, c.length)).mod(L);
        return toBytes(result);
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
