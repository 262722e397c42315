package io.sirius.crypto.internal;

/**
 * Precomputed multiples of the base point B, built once when the class loads (a few milliseconds) and
 * never changed afterwards.
 */
final class BaseTables {
    /** Window width of the NAF used for the base-point part of verification. */
    static final int VERIFY_WIDTH = 8;

    /** The base point: y = 4/5, x even. */
    static final Point BASE;
    /** Odd multiples B, 3B, ..., 127B. */
    static final Niels[] ODD;
    /** Odd multiples of 2^128 B. */
    static final Niels[] ODD_128;
    /** COMB[i][j] = (j + 1) * 256^i * B for i below 32 and j below 8: fixed-base signing. */
    static final Niels[][] COMB;

    static {
        byte[] encoded = new byte[32];
        java.util.Arrays.fill(encoded, (byte) 0x66);
        encoded[0] = 0x58;
        BASE = new Point();
        if (!PointOps.decodeVar(encoded, 0, BASE)) {
            throw new IllegalStateException("the base point does not decode");
        }
        PointOps ops = new PointOps();
        Completed c = new Completed();
        int count = 1 << (VERIFY_WIDTH - 2);
        ODD = PointOps.toNiels(ops.oddMultiples(BASE, count));
        Point base128 = BASE.copy();
        ops.doubleTimes(base128, 128, c);
        ODD_128 = PointOps.toNiels(ops.oddMultiples(base128, count));

        Point[] all = new Point[32 * 8];
        Point row = BASE.copy();
        for (int i = 0; i < 32; i++) {
            all[8 * i] = row.copy();
            for (int j = 1; j < 8; j++) {
                ops.add(all[8 * i + j - 1], row, c);
                all[8 * i + j] = new Point();
                PointOps.toExtended(c, all[8 * i + j]);
            }
            ops.doubleTimes(row, 8, c);
        }
        Niels[] flat = PointOps.toNiels(all);
        COMB = new Niels[32][8];
        for (int i = 0; i < 32; i++) {
            System.arraycopy(flat, 8 * i, COMB[i], 0, 8);
        }
    }

    private BaseTables() {
    }
}
