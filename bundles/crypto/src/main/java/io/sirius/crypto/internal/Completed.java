package io.sirius.crypto.internal;

/**
 * The "completed" result of an addition or doubling, (E, F, G, H), from which the extended point is
 * X = EF, Y = GH, Z = FG, T = EH. Keeping it apart lets a doubling that follows skip T (one multiplication).
 */
final class Completed {
    final int[] e = Field.create();
    final int[] f = Field.create();
    final int[] g = Field.create();
    final int[] h = Field.create();
}
