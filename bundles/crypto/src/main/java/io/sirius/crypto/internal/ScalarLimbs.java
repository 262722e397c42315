package io.sirius.crypto.internal;

/**
 * Constant-time arithmetic modulo L = 2^252 + delta (delta below 2^125) on 28-bit limbs held in longs.
 *
 * <p>Reduction folds the part above 2^252 down with 2^252 = -delta (mod L): each of four fixed rounds
 * multiplies the high limbs by delta's five limbs and subtracts, shrinking the value by about 2^127, after
 * which the value lies in (-L, 2L) and one masked addition and one masked subtraction of L finish it. The
 * sequence of operations does not depend on the value: no branches, no early exits.
 */
final class ScalarLimbs {
    private static final int BITS = 28;
    private static final long MASK = (1L << BITS) - 1;
    /** Limbs of a reduction input: 20 x 28 = 560 bits, room for a 512-bit product plus an addend. */
    private static final int WIDE = 20;
    /** Limbs of a reduced scalar: 10 x 28 = 280 bits. */
    private static final int NARROW = 10;
    /** 252 = 9 x 28: limb 9 starts at 2^252. */
    private static final int HIGH = 9;

    /** delta = L - 2^252 in five 28-bit limbs. */
    private static final long[] DELTA = limbs(Scalars.toBytes(Scalars.L.subtract(java.math.BigInteger.ONE.shiftLeft(252))), NARROW);
    /** L in ten 28-bit limbs. */
    private static final long[] ORDER = limbs(Scalars.toBytes(Scalars.L), NARROW);

    private ScalarLimbs() {
    }

    /** @return the little-endian bytes (any length up to 64) reduced modulo L, as 32 bytes */
    static byte[] reduce(byte[] le) {
        long[] x = limbs(le, WIDE);
        return toBytes(reduceWide(x));
    }

    /** @return (a * b + c) mod L for 32-byte little-endian a, b, c */
    static byte[] mulAdd(byte[] a, byte[] b, byte[] c) {
        long[] x = limbs(a, NARROW);
        long[] y = limbs(b, NARROW);
        long[] z = limbs(c, WIDE);
        for (int i = 0; i < NARROW; i++) {
            for (int j = 0; j < NARROW; j++) {
                z[i + j] += x[i] * y[j];
            }
        }
        carry(z);
        return toBytes(reduceWide(z));
    }

    private static long[] reduceWide(long[] x) {
        for (int round = 0; round < 4; round++) {
            for (int i = HIGH; i < WIDE; i++) {
                long t = x[i];
                x[i] = 0;
                for (int j = 0; j < 5; j++) {
                    x[i - HIGH + j] -= t * DELTA[j];
                }
            }
            carry(x);
        }
        // x is now in (-L, 2L): add L if negative, then subtract L if the result is still at least L
        long negative = x[WIDE - 1] >> 63;
        for (int i = 0; i < NARROW; i++) {
            x[i] += ORDER[i] & negative;
        }
        carry(x);
        long[] w = new long[WIDE];
        for (int i = 0; i < WIDE; i++) {
            w[i] = x[i] - (i < NARROW ? ORDER[i] : 0);
        }
        carry(w);
        long keep = w[WIDE - 1] >> 63;
        for (int i = 0; i < WIDE; i++) {
            x[i] = (x[i] & keep) | (w[i] & ~keep);
        }
        return x;
    }

    /** Signed carry propagation: every limb but the last ends in [0, 2^28), the last keeps the sign. */
    private static void carry(long[] x) {
        for (int i = 0; i < x.length - 1; i++) {
            long c = x[i] >> BITS;
            x[i] -= c << BITS;
            x[i + 1] += c;
        }
    }

    private static long[] limbs(byte[] le, int count) {
        long[] out = new long[count];
        for (int bit = 0; bit < le.length * 8; bit += 8) {
            int limb = bit / BITS;
            int shift = bit % BITS;
            long b = le[bit / 8] & 0xFF;
            out[limb] |= (b << shift) & MASK;
            if (shift > BITS - 8) {
                out[limb + 1] |= b >>> (BITS - shift);
            }
        }
        return out;
    }

    private static byte[] toBytes(long[] x) {
        byte[] out = new byte[32];
        for (int bit = 0; bit < 256; bit += 8) {
            int limb = bit / BITS;
            int shift = bit % BITS;
            long v = x[limb] >>> shift;
            if (shift > BITS - 8) {
                v |= x[limb + 1] << (BITS - shift);
            }
            out[bit / 8] = (byte) v;
        }
        return out;
    }
}
