package io.sirius.crypto.internal;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/**
 * Ed25519 as RFC 8032 section 5.1 defines it, with the 512-bit hash H a parameter: SHA-512 (the RFC,
 * Sirius account v2) or SHA3-512 (Sirius account v1 and the pre-v2 form). Stateless; callers cache
 * {@link VerifyingKey}s.
 */
public final class Ed25519Engine {
    private Ed25519Engine() {
    }

    /** @return a fresh 512-bit digest of the scheme */
    public static Digest digest(boolean sha3) {
        return sha3 ? new SHA3Digest(512) : new SHA512Digest();
    }

    /**
     * Expands a 32-byte private key: h = H(seed), with the low half clamped into the secret scalar a and
     * the high half kept as the nonce prefix.
     *
     * @return 64 bytes: a (clamped) then prefix
     */
    public static byte[] expand(byte[] seed, boolean sha3) {
        Digest d = digest(sha3);
        d.update(seed, 0, seed.length);
        byte[] h = new byte[64];
        d.doFinal(h, 0);
        h[0] &= (byte) 0xF8;
        h[31] &= 0x7F;
        h[31] |= 0x40;
        return h;
    }

    /** @return the encoded public key A = a B of an expanded private key */
    public static byte[] publicKey(byte[] expanded) {
        byte[] scalar = java.util.Arrays.copyOf(expanded, 32);
        Point a = new Point();
        scalarMultBase(scalar, a);
        byte[] out = new byte[32];
        PointOps.encode(a, out, 0, true);
        java.util.Arrays.fill(scalar, (byte) 0);
        return out;
    }

    /**
     * Signs a message.
     *
     * @param expanded the expanded private key
     * @param publicKey the matching encoded public key
     * @param message the buffer holding the message
     * @param offset where the message starts
     * @param length its length
     * @param sha3 whether H is SHA3-512
     * @return the 64-byte signature R || S
     */
    public static byte[] sign(byte[] expanded, byte[] publicKey, byte[] message, int offset, int length, boolean sha3) {
        Digest d = digest(sha3);
        byte[] h = new byte[64];
        d.update(expanded, 32, 32);
        d.update(message, offset, length);
        d.doFinal(h, 0);
        byte[] r = Scalars.reduce(h);
        Point rPoint = new Point();
        scalarMultBase(r, rPoint);
        byte[] signature = new byte[64];
        PointOps.encode(rPoint, signature, 0, true);

        d.update(signature, 0, 32);
        d.update(publicKey, 0, 32);
        d.update(message, offset, length);
        d.doFinal(h, 0);
        byte[] k = Scalars.reduce(h);
        byte[] s = Scalars.mulAdd(k, java.util.Arrays.copyOf(expanded, 32), r);
        System.arraycopy(s, 0, signature, 32, 32);
        java.util.Arrays.fill(r, (byte) 0);
        java.util.Arrays.fill(h, (byte) 0);
        return signature;
    }

    /**
     * Verifies a signature with the cofactorless equation of RFC 8032 section 5.1.7 in its encoded form:
     * S must be canonical, and the encoding of S B - k A must equal R byte for byte.
     *
     * @param key the checked public key with its tables
     * @param publicKey its encoding (hashed into k)
     * @param message the buffer holding the message
     * @param offset where the message starts
     * @param length its length
     * @param signature the buffer holding R || S
     * @param signatureOffset where the signature starts
     * @param sha3 whether H is SHA3-512
     * @return whether the signature is valid
     */
    public static boolean verify(VerifyingKey key, byte[] publicKey, byte[] message, int offset, int length,
            byte[] signature, int signatureOffset, boolean sha3) {
        if (!Scalars.isCanonical(signature, signatureOffset + 32)) {
            return false;
        }
        Digest d = digest(sha3);
        byte[] h = new byte[64];
        d.update(signature, signatureOffset, 32);
        d.update(publicKey, 0, 32);
        d.update(message, offset, length);
        d.doFinal(h, 0);
        byte[] k = Scalars.reduce(h);

        MultiScalar ms = new MultiScalar(4);
        ms.term(Wnaf.of(signature, signatureOffset + 32, 16, BaseTables.VERIFY_WIDTH), BaseTables.ODD, false);
        ms.term(Wnaf.of(signature, signatureOffset + 48, 16, BaseTables.VERIFY_WIDTH), BaseTables.ODD_128, false);
        ms.term(Wnaf.of(k, 0, 16, VerifyingKey.WIDTH), key.odd, true);
        ms.term(Wnaf.of(k, 16, 16, VerifyingKey.WIDTH), key.odd128, true);
        Point check = ms.compute();

        byte[] encoded = new byte[32];
        PointOps.encode(check, encoded, 0, false);
        int diff = 0;
        for (int i = 0; i < 32; i++) {
            diff |= encoded[i] ^ signature[signatureOffset + i];
        }
        return diff == 0;
    }

    /**
     * Constant-time fixed-base multiplication s B for a 32-byte little-endian scalar below 2^255: the scalar
     * is recoded into 64 signed radix-16 digits in [-8, 8], the odd-position digits are summed from
     * {@link BaseTables#COMB}, multiplied by 16, and the even-position digits added (Bernstein, Duif, Lange,
     * Schwabe, Yang, "High-speed high-security signatures", section 4). Every table entry of a row is read
     * for each digit, so the memory access pattern does not depend on the scalar.
     */
    static void scalarMultBase(byte[] scalar, Point out) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (scalar[i] & 15);
            e[2 * i + 1] = (byte) ((scalar[i] >>> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            int v = e[i] + carry;
            carry = (v + 8) >> 4;
            e[i] = (byte) (v - (carry << 4));
        }
        e[63] += (byte) carry;

        PointOps ops = new PointOps();
        Completed c = new Completed();
        Niels q = new Niels();
        out.setIdentity();
        for (int i = 1; i < 64; i += 2) {
            select(i >> 1, e[i], q);
            ops.addMixed(out, q, false, c);
            PointOps.toExtended(c, out);
        }
        ops.doubleTimes(out, 4, c);
        for (int i = 0; i < 64; i += 2) {
            select(i >> 1, e[i], q);
            ops.addMixed(out, q, false, c);
            PointOps.toExtended(c, out);
        }
        java.util.Arrays.fill(e, (byte) 0);
    }

    /** Constant-time q = digit * 256^row * B for a digit in [-8, 8]. */
    private static void select(int row, int digit, Niels q) {
        int negative = (digit >>> 31) & 1;
        int magnitude = digit - ((-negative & digit) << 1);
        q.setIdentity();
        Niels[] entries = BaseTables.COMB[row];
        for (int j = 0; j < 8; j++) {
            int equal = ((magnitude ^ (j + 1)) - 1) >>> 31;
            q.cmov(-equal, entries[j]);
        }
        q.cnegate(negative);
    }
}
