package io.sirius.crypto.internal;

/**
 * An affine point prepared for mixed addition: y + x, y - x and 2dxy. Negating it swaps the first two
 * and negates the third.
 */
final class Niels {
    final int[] yPlusX = Field.create();
    final int[] yMinusX = Field.create();
    final int[] xy2d = Field.create();

    /** Sets this to the neutral element: (1, 1, 0). */
    void setIdentity() {
        java.util.Arrays.fill(yPlusX, 0);
        java.util.Arrays.fill(yMinusX, 0);
        java.util.Arrays.fill(xy2d, 0);
        yPlusX[0] = 1;
        yMinusX[0] = 1;
    }

    /** Constant-time: replace this by {@code other} when mask is -1, keep it when 0. */
    void cmov(int mask, Niels other) {
        Field.cmov(mask, other.yPlusX, yPlusX);
        Field.cmov(mask, other.yMinusX, yMinusX);
        Field.cmov(mask, other.xy2d, xy2d);
    }

    /** Constant-time: negate this point when bit is 1. */
    void cnegate(int bit) {
        Field.cswap(bit, yPlusX, yMinusX);
        Field.cnegate(bit, xy2d);
    }
}
