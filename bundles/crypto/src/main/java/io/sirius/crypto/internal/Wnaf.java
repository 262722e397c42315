package io.sirius.crypto.internal;

/**
 * Width-w non-adjacent form of a non-negative integer: digits that are zero or odd with absolute value
 * below 2^(w-1), at most one non-zero digit in any w consecutive positions (Solinas; Hankerson, Menezes
 * and Vanstone, "Guide to Elliptic Curve Cryptography", algorithm 3.35). Variable time: for public
 * scalars only.
 */
final class Wnaf {
    private Wnaf() {
    }

    /**
     * @param le the integer, little endian
     * @param offset where it starts
     * @param length its length in bytes
     * @param width the window width w, 2 to 8
     * @return {@code 8 * length + 1} digits, least significant first
     */
    static byte[] of(byte[] le, int offset, int length, int width) {
        int[] v = new int[(length + 3) / 4 + 1];
        for (int i = 0; i < length; i++) {
            v[i >> 2] |= (le[offset + i] & 0xFF) << (8 * (i & 3));
        }
        byte[] digits = new byte[8 * length + 1];
        int window = 1 << width;
        int half = window >> 1;
        int mask = window - 1;
        int position = 0;
        while (!isZero(v)) {
            int low = v[0];
            if ((low & 1) == 0) {
                int zeros = low == 0 ? 31 : Integer.numberOfTrailingZeros(low);
                shiftRight(v, zeros);
                position += zeros;
                continue;
            }
            int digit = low & mask;
            if (digit >= half) {
                digit -= window;
                addSmall(v, -digit);
            } else {
                v[0] = low - digit;
            }
            digits[position] = (byte) digit;
            shiftRight(v, 1);
            position++;
        }
        return digits;
    }

    private static boolean isZero(int[] v) {
        for (int word : v) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    private static void shiftRight(int[] v, int bits) {
        for (int i = 0; i < v.length - 1; i++) {
            v[i] = (v[i] >>> bits) | (v[i + 1] << (32 - bits));
        }
        v[v.length - 1] >>>= bits;
    }

    private static void addSmall(int[] v, int value) {
        long carry = value;
        for (int i = 0; i < v.length && carry != 0; i++) {
            long sum = (v[i] & 0xFFFFFFFFL) + carry;
            v[i] = (int) sum;
            carry = sum >>> 32;
        }
    }
}
