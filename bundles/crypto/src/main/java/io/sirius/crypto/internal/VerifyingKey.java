package io.sirius.crypto.internal;

/**
 * A public key that passed every check (canonical encoding, on the curve, not the neutral element, in the
 * prime-order subgroup) together with the tables verification needs: the odd multiples of A and of
 * 2^128 A, in affine prepared form. Immutable once built; costs about as much as one verification to
 * build, so callers cache it per key.
 */
public final class VerifyingKey {
    /** Window width of the NAF used for the public-key part of verification. */
    static final int WIDTH = 5;

    final Niels[] odd;
    final Niels[] odd128;

    private VerifyingKey(Niels[] odd, Niels[] odd128) {
        this.odd = odd;
        this.odd128 = odd128;
    }

    /**
     * Decodes and checks a public key.
     *
     * @param publicKey the 32-byte encoding
     * @return the key, or null if it must be refused
     */
    public static VerifyingKey decode(byte[] publicKey) {
        if (publicKey.length != 32 || isAllZero(publicKey)) {
            return null;
        }
        Point a = new Point();
        if (!PointOps.decodeVar(publicKey, 0, a) || PointOps.isIdentityVar(a)) {
            return null;
        }
        PointOps ops = new PointOps();
        Completed c = new Completed();
        int count = 1 << (WIDTH - 2);
        Point a128 = a.copy();
        ops.doubleTimes(a128, 128, c);
        Point[] points = new Point[2 * count];
        System.arraycopy(ops.oddMultiples(a, count), 0, points, 0, count);
        System.arraycopy(ops.oddMultiples(a128, count), 0, points, count, count);
        Niels[] all = PointOps.toNiels(points);
        Niels[] odd = java.util.Arrays.copyOfRange(all, 0, count);
        Niels[] odd128 = java.util.Arrays.copyOfRange(all, count, 2 * count);
        VerifyingKey key = new VerifyingKey(odd, odd128);
        return key.isInPrimeOrderSubgroup() ? key : null;
    }

    /** L * A must be the neutral element; computed as L_lo * A + L_hi * (2^128 A). */
    private boolean isInPrimeOrderSubgroup() {
        byte[] order = Scalars.toBytes(Scalars.L);
        MultiScalar ms = new MultiScalar(2);
        ms.term(Wnaf.of(order, 0, 16, WIDTH), odd, false);
        ms.term(Wnaf.of(order, 16, 16, WIDTH), odd128, false);
        return PointOps.isIdentityVar(ms.compute());
    }

    private static boolean isAllZero(byte[] bytes) {
        int acc = 0;
        for (byte b : bytes) {
            acc |= b;
        }
        return acc == 0;
    }
}
