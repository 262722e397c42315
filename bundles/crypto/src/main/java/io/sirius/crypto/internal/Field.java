package io.sirius.crypto.internal;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Arithmetic modulo p = 2^255 - 19 on BouncyCastle's public {@link X25519Field} representation (ten signed
 * 25/26-bit limbs in an {@code int[10]}), plus the few things it lacks: canonical decoding, parity and
 * small constants.
 *
 * <p>Limb bounds: {@code mul} and {@code sqr} accept limbs up to about 2^27 in magnitude, that is a sum or
 * difference of two reduced values. Callers that add more than two values call {@link #carry} first.
 */
public final class Field {
    /** Limbs per element. */
    public static final int SIZE = X25519Field.SIZE;

    private Field() {
    }

    /** @return a new zero element */
    public static int[] create() {
        return X25519Field.create();
    }

    /**
     * @param value a small non-negative integer
     * @return it as a field element
     */
    public static int[] of(int value) {
        int[] z = create();
        z[0] = value;
        X25519Field.carry(z);
        return z;
    }

    /** z = x + y (no carry). */
    public static void add(int[] x, int[] y, int[] z) {
        X25519Field.add(x, y, z);
    }

    /** z = x - y (no carry). */
    public static void sub(int[] x, int[] y, int[] z) {
        X25519Field.sub(x, y, z);
    }

    /** z = x * y, carried. */
    public static void mul(int[] x, int[] y, int[] z) {
        X25519Field.mul(x, y, z);
    }

    /** z = x * y for a small y, carried. */
    public static void mul(int[] x, int y, int[] z) {
        X25519Field.mul(x, y, z);
    }

    /** z = x^2, carried. */
    public static void sqr(int[] x, int[] z) {
        X25519Field.sqr(x, z);
    }

    /** Propagates carries so every limb is back in range. */
    public static void carry(int[] z) {
        X25519Field.carry(z);
    }

    /** z = -x. */
    public static void negate(int[] x, int[] z) {
        X25519Field.negate(x, z);
    }

    /** z = 1 / x, variable time (for public values only). */
    public static void invVar(int[] x, int[] z) {
        X25519Field.invVar(x, z);
    }

    /** z = 1 / x, constant time. */
    public static void inv(int[] x, int[] z) {
        X25519Field.inv(x, z);
    }

    /** Copies x into z. */
    public static void copy(int[] x, int[] z) {
        System.arraycopy(x, 0, z, 0, SIZE);
    }

    /**
     * Constant-time conditional move.
     *
     * @param mask 0 to keep {@code z}, -1 to replace it by {@code x}
     */
    public static void cmov(int mask, int[] x, int[] z) {
        X25519Field.cmov(mask, x, 0, z, 0);
    }

    /**
     * Constant-time conditional swap.
     *
     * @param bit 0 or 1
     */
    public static void cswap(int bit, int[] x, int[] y) {
        X25519Field.cswap(bit, x, y);
    }

    /**
     * Constant-time conditional negation.
     *
     * @param bit 0 or 1
     */
    public static void cnegate(int bit, int[] z) {
        X25519Field.cnegate(bit, z);
    }

    /**
     * Sets z to a square root of u / v.
     *
     * @return whether u / v is a square
     */
    public static boolean sqrtRatioVar(int[] u, int[] v, int[] z) {
        return X25519Field.sqrtRatioVar(u, v, z);
    }

    /** @return whether x is zero modulo p (variable time) */
    public static boolean isZeroVar(int[] x) {
        int[] t = create();
        copy(x, t);
        X25519Field.normalize(t);
        return X25519Field.isZeroVar(t);
    }

    /** @return whether x and y are equal modulo p (variable time) */
    public static boolean equalVar(int[] x, int[] y) {
        int[] t = create();
        sub(x, y, t);
        carry(t);
        return isZeroVar(t);
    }

    /**
     * Writes the canonical 32-byte little-endian encoding (top bit clear).
     *
     * @param x the element; not modified
     */
    public static void encode(int[] x, byte[] out, int offset) {
        int[] t = create();
        copy(x, t);
        X25519Field.normalize(t);
        X25519Field.encode(t, out, offset);
    }

    /** @return the low bit of the canonical encoding of x (the "sign" of RFC 8032) */
    public static int parity(int[] x) {
        byte[] b = new byte[32];
        encode(x, b, 0);
        return b[0] & 1;
    }

    /**
     * Decodes 255 bits (the top bit of byte 31 is ignored), refusing values that are not below p.
     *
     * @return whether the value was canonical
     */
    public static boolean decodeCanonical(byte[] in, int offset, int[] z) {
        if (!isCanonical(in, offset)) {
            return false;
        }
        byte[] b = new byte[32];
        System.arraycopy(in, offset, b, 0, 32);
        b[31] &= 0x7F;
        X25519Field.decode(b, 0, z);
        return true;
    }

    /** @return whether the 255-bit value (top bit ignored) is below p = 2^255 - 19 */
    static boolean isCanonical(byte[] in, int offset) {
        if ((in[offset + 31] & 0x7F) != 0x7F) {
            return true;
        }
        for (int i = 30; i >= 1; i--) {
            if ((in[offset + i] & 0xFF) != 0xFF) {
                return true;
            }
        }
        return (in[offset] & 0xFF) < 0xED;
    }
}
