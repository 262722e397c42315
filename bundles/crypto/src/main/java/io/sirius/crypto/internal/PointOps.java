package io.sirius.crypto.internal;

/**
 * Group operations of edwards25519 (-x^2 + y^2 = 1 + d x^2 y^2) in extended coordinates, using the
 * formulas of Hisil, Wong, Carter and Dawson, "Twisted Edwards curves revisited" (2008), for a = -1.
 *
 * <p>An instance owns the temporaries the formulas need, so it is cheap to use in a loop and must not be
 * shared between threads. The curve constants are static and immutable.
 */
public final class PointOps {
    /** d = -121665 / 121666. */
    static final int[] D;
    /** 2d. */
    static final int[] D2;

    static {
        int[] num = Field.of(121665);
        Field.negate(num, num);
        int[] den = Field.of(121666);
        Field.invVar(den, den);
        D = Field.create();
        Field.mul(num, den, D);
        D2 = Field.create();
        Field.add(D, D, D2);
        Field.carry(D2);
    }

    private final int[] a = Field.create();
    private final int[] b = Field.create();
    private final int[] c = Field.create();
    private final int[] t1 = Field.create();
    private final int[] t2 = Field.create();

    /**
     * Doubles the point (X : Y : Z) of {@code p} (T is not read).
     *
     * @param p the point
     * @param r receives 2p in completed form
     */
    void dbl(Point p, Completed r) {
        Field.sqr(p.x, a);
        Field.sqr(p.y, b);
        Field.sqr(p.z, c);
        Field.add(c, c, c);
        Field.add(a, b, r.h);
        Field.add(p.x, p.y, t1);
        Field.sqr(t1, t1);
        Field.sub(r.h, t1, r.e);
        Field.carry(r.e);
        Field.sub(a, b, r.g);
        Field.add(c, r.g, r.f);
        Field.carry(r.f);
    }

    /**
     * Adds (or subtracts) an affine prepared point to an extended point.
     *
     * @param p the extended point (T must be valid)
     * @param q the prepared point
     * @param negate whether to subtract {@code q} instead
     * @param r receives p + q or p - q in completed form
     */
    void addMixed(Point p, Niels q, boolean negate, Completed r) {
        Field.add(p.y, p.x, t1);
        Field.sub(p.y, p.x, t2);
        if (negate) {
            Field.mul(t1, q.yMinusX, b);
            Field.mul(t2, q.yPlusX, a);
        } else {
            Field.mul(t1, q.yPlusX, b);
            Field.mul(t2, q.yMinusX, a);
        }
        Field.mul(p.t, q.xy2d, c);
        Field.add(p.z, p.z, t1);
        Field.sub(b, a, r.e);
        Field.add(b, a, r.h);
        if (negate) {
            Field.add(t1, c, r.f);
            Field.sub(t1, c, r.g);
        } else {
            Field.sub(t1, c, r.f);
            Field.add(t1, c, r.g);
        }
        Field.carry(r.f);
        Field.carry(r.g);
    }

    /**
     * Adds two extended points (the general formula; used to build tables, not in hot loops).
     *
     * @param p the first point
     * @param q the second point
     * @param r receives p + q in completed form
     */
    void add(Point p, Point q, Completed r) {
        Field.sub(p.y, p.x, t1);
        Field.sub(q.y, q.x, t2);
        Field.mul(t1, t2, a);
        Field.add(p.y, p.x, t1);
        Field.add(q.y, q.x, t2);
        Field.mul(t1, t2, b);
        Field.mul(p.t, q.t, c);
        Field.mul(c, D2, c);
        Field.mul(p.z, q.z, t1);
        Field.add(t1, t1, t1);
        Field.sub(b, a, r.e);
        Field.add(b, a, r.h);
        Field.sub(t1, c, r.f);
        Field.add(t1, c, r.g);
        Field.carry(r.f);
        Field.carry(r.g);
    }

    /** Converts a completed point to extended coordinates (4 multiplications). */
    static void toExtended(Completed c, Point p) {
        Field.mul(c.e, c.f, p.x);
        Field.mul(c.g, c.h, p.y);
        Field.mul(c.f, c.g, p.z);
        Field.mul(c.e, c.h, p.t);
    }

    /** Converts a completed point to projective (X : Y : Z), leaving T stale (3 multiplications). */
    static void toProjective(Completed c, Point p) {
        Field.mul(c.e, c.f, p.x);
        Field.mul(c.g, c.h, p.y);
        Field.mul(c.f, c.g, p.z);
    }

    /** Doubles {@code p} in place {@code times} times; the result has a valid T. */
    void doubleTimes(Point p, int times, Completed scratch) {
        for (int i = 0; i < times; i++) {
            dbl(p, scratch);
            if (i + 1 < times) {
                toProjective(scratch, p);
            } else {
                toExtended(scratch, p);
            }
        }
    }

    /**
     * Decodes a point per RFC 8032 section 5.1.3: y must be canonical (below p), x is recovered from the
     * curve equation and chosen by the sign bit; "negative zero" is refused.
     *
     * @param in the encoding
     * @param offset where its 32 bytes start
     * @param p receives the point
     * @return whether the bytes encode a point of the curve
     */
    static boolean decodeVar(byte[] in, int offset, Point p) {
        if (!Field.decodeCanonical(in, offset, p.y)) {
            return false;
        }
        int sign = (in[offset + 31] >>> 7) & 1;
        int[] u = Field.create();
        int[] v = Field.create();
        Field.sqr(p.y, u);
        Field.mul(D, u, v);
        u[0] -= 1;
        v[0] += 1;
        Field.carry(u);
        Field.carry(v);
        if (!Field.sqrtRatioVar(u, v, p.x)) {
            return false;
        }
        boolean xIsZero = Field.isZeroVar(p.x);
        if (xIsZero && sign == 1) {
            return false;
        }
        if (!xIsZero && Field.parity(p.x) != sign) {
            Field.negate(p.x, p.x);
            Field.carry(p.x);
        }
        java.util.Arrays.fill(p.z, 0);
        p.z[0] = 1;
        Field.mul(p.x, p.y, p.t);
        return true;
    }

    /**
     * Encodes a point: y with the parity of x in the top bit (RFC 8032 section 5.1.2). Variable time in Z's
     * inversion only if {@code constantTime} is false.
     */
    static void encode(Point p, byte[] out, int offset, boolean constantTime) {
        int[] zInv = Field.create();
        if (constantTime) {
            Field.inv(p.z, zInv);
        } else {
            Field.invVar(p.z, zInv);
        }
        int[] x = Field.create();
        int[] y = Field.create();
        Field.mul(p.x, zInv, x);
        Field.mul(p.y, zInv, y);
        Field.encode(y, out, offset);
        out[offset + 31] |= (byte) (Field.parity(x) << 7);
    }

    /** @return whether the point is the neutral element (X = 0 and Y = Z), variable time */
    static boolean isIdentityVar(Point p) {
        return Field.isZeroVar(p.x) && Field.equalVar(p.y, p.z);
    }

    /** @return whether two points are equal (X1 Z2 = X2 Z1 and Y1 Z2 = Y2 Z1), variable time */
    static boolean equalVar(Point p, Point q) {
        int[] l = Field.create();
        int[] r = Field.create();
        Field.mul(p.x, q.z, l);
        Field.mul(q.x, p.z, r);
        if (!Field.equalVar(l, r)) {
            return false;
        }
        Field.mul(p.y, q.z, l);
        Field.mul(q.y, p.z, r);
        return Field.equalVar(l, r);
    }

    /**
     * Converts extended points to affine prepared form with a single inversion (Montgomery's trick).
     *
     * @param points the points; none may have Z = 0 (no point of the curve does)
     * @return the prepared points, in the same order
     */
    static Niels[] toNiels(Point[] points) {
        int n = points.length;
        int[][] prefix = new int[n][];
        int[] acc = Field.of(1);
        for (int i = 0; i < n; i++) {
            prefix[i] = Field.create();
            Field.copy(acc, prefix[i]);
            Field.mul(acc, points[i].z, acc);
        }
        int[] inv = Field.create();
        Field.invVar(acc, inv);
        Niels[] out = new Niels[n];
        int[] zInv = Field.create();
        int[] x = Field.create();
        int[] y = Field.create();
        for (int i = n - 1; i >= 0; i--) {
            Field.mul(inv, prefix[i], zInv);
            Field.mul(inv, points[i].z, inv);
            Field.mul(points[i].x, zInv, x);
            Field.mul(points[i].y, zInv, y);
            Niels q = new Niels();
            Field.add(y, x, q.yPlusX);
            Field.carry(q.yPlusX);
            Field.sub(y, x, q.yMinusX);
            Field.carry(q.yMinusX);
            Field.mul(x, y, q.xy2d);
            Field.mul(q.xy2d, D2, q.xy2d);
            out[i] = q;
        }
        return out;
    }

    /**
     * Computes the odd multiples P, 3P, 5P, ... of a point, as needed by a width-w NAF.
     *
     * @param p the point
     * @param count how many multiples
     * @return them in extended coordinates
     */
    Point[] oddMultiples(Point p, int count) {
        Point[] out = new Point[count];
        Completed c = new Completed();
        Point twice = p.copy();
        doubleTimes(twice, 1, c);
        out[0] = p.copy();
        for (int i = 1; i < count; i++) {
            add(out[i - 1], twice, c);
            out[i] = new Point();
            toExtended(c, out[i]);
        }
        return out;
    }
}
