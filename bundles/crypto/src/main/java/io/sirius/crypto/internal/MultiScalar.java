package io.sirius.crypto.internal;

/**
 * Variable-time multi-scalar multiplication sum(k_i * P_i) by interleaving (Straus/Shamir): one shared
 * chain of doublings, and one mixed addition per non-zero NAF digit from each point's table of odd
 * multiples. For public scalars only (verification, subgroup checks).
 */
final class MultiScalar {
    private final byte[][] digits;
    private final Niels[][] tables;
    private final boolean[] negated;
    private int terms;

    MultiScalar(int capacity) {
        digits = new byte[capacity][];
        tables = new Niels[capacity][];
        negated = new boolean[capacity];
    }

    /**
     * Adds a term.
     *
     * @param naf the scalar's NAF digits
     * @param oddMultiples the table of P, 3P, 5P, ... long enough for the NAF's width
     * @param negate whether to subtract the term instead
     */
    void term(byte[] naf, Niels[] oddMultiples, boolean negate) {
        digits[terms] = naf;
        tables[terms] = oddMultiples;
        negated[terms] = negate;
        terms++;
    }

    /** @return the sum in projective coordinates (X : Y : Z); T is not maintained */
    Point compute() {
        int top = -1;
        for (int i = 0; i < terms; i++) {
            for (int j = digits[i].length - 1; j > top; j--) {
                if (digits[i][j] != 0) {
                    top = j;
                    break;
                }
            }
        }
        Point p = Point.identity();
        PointOps ops = new PointOps();
        Completed c = new Completed();
        for (int j = top; j >= 0; j--) {
            ops.dbl(p, c);
            for (int i = 0; i < terms; i++) {
                int d = digits[i].length > j ? digits[i][j] : 0;
                if (d != 0) {
                    PointOps.toExtended(c, p);
                    ops.addMixed(p, tables[i][(Math.abs(d) - 1) >> 1], (d < 0) != negated[i], c);
                }
            }
            PointOps.toProjective(c, p);
        }
        return p;
    }
}
