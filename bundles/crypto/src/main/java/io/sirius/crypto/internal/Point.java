package io.sirius.crypto.internal;

/**
 * A mutable point of edwards25519 in extended coordinates (X : Y : Z : T), with x = X/Z, y = Y/Z and
 * T = XY/Z (Hisil, Wong, Carter, Dawson 2008). When only (X : Y : Z) is meaningful, for example right before a
 * doubling, T may be stale.
 */
public final class Point {
    final int[] x = Field.create();
    final int[] y = Field.create();
    final int[] z = Field.create();
    final int[] t = Field.create();

    /** @return a new point set to the neutral element (0, 1) */
    public static Point identity() {
        Point p = new Point();
        p.setIdentity();
        return p;
    }

    void setIdentity() {
        java.util.Arrays.fill(x, 0);
        java.util.Arrays.fill(t, 0);
        java.util.Arrays.fill(y, 0);
        java.util.Arrays.fill(z, 0);
        y[0] = 1;
        z[0] = 1;
    }

    void set(Point other) {
        Field.copy(other.x, x);
        Field.copy(other.y, y);
        Field.copy(other.z, z);
        Field.copy(other.t, t);
    }

    /** @return a copy */
    public Point copy() {
        Point p = new Point();
        p.set(this);
        return p;
    }
}
