package io.sirius.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The constant-time limb arithmetic against BigInteger, on edge values and random ones. */
class ScalarsTest {
    private static final BigInteger L = Scalars.L;
    private static final BigInteger TWO_512 = BigInteger.ONE.shiftLeft(512);

    private static byte[] le(BigInteger value, int length) {
        byte[] out = new byte[length];
        byte[] be = value.toByteArray();
        for (int i = 0; i < Math.min(length, be.length); i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    private static List<BigInteger> edgeValues() {
        List<BigInteger> values = new ArrayList<>();
        for (BigInteger base : List.of(BigInteger.ZERO, L, L.shiftLeft(1), L.multiply(L), BigInteger.ONE.shiftLeft(252),
                BigInteger.ONE.shiftLeft(253), BigInteger.ONE.shiftLeft(256), BigInteger.ONE.shiftLeft(384), TWO_512)) {
            for (int delta = -2; delta <= 2; delta++) {
                BigInteger v = base.add(BigInteger.valueOf(delta));
                if (v.signum() >= 0 && v.compareTo(TWO_512) < 0) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    @Test
    void reduceAgreesWithBigInteger() {
        // Arrange
        List<BigInteger> values = edgeValues();
        Random random = new Random(252);
        for (int i = 0; i < 2000; i++) {
            values.add(new BigInteger(1 + random.nextInt(512), random));
        }
        // Act and Assert
        for (BigInteger v : values) {
            assertArrayEquals(le(v.mod(L), 32), Scalars.reduce(le(v, 64)), v.toString(16));
        }
    }

    @Test
    void mulAddAgreesWithBigInteger() {
        // Arrange
        List<BigInteger> operands = new ArrayList<>();
        for (BigInteger v : edgeValues()) {
            if (v.bitLength() <= 256) {
                operands.add(v);
            }
        }
        operands.add(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
        Random random = new Random(8032);
        for (int i = 0; i < 40; i++) {
            operands.add(new BigInteger(256, random));
        }
        // Act and Assert
        for (BigInteger a : operands) {
            for (int k = 0; k < 6; k++) {
                BigInteger b = operands.get(random.nextInt(operands.size()));
                BigInteger c = operands.get(random.nextInt(operands.size()));
                BigInteger expected = a.multiply(b).add(c).mod(L);
                assertArrayEquals(le(expected, 32), Scalars.mulAdd(le(a, 32), le(b, 32), le(c, 32)),
                        a.toString(16) + " * " + b.toString(16) + " + " + c.toString(16));
            }
        }
    }

    @Test
    void canonicalMeansBelowL() {
        // Act and Assert
        assertTrue(Scalars.isCanonical(le(L.subtract(BigInteger.ONE), 32), 0));
        assertTrue(Scalars.isCanonical(new byte[32], 0));
        assertFalse(Scalars.isCanonical(le(L, 32), 0));
        assertFalse(Scalars.isCanonical(le(BigInteger.ONE.shiftLeft(255), 32), 0));
    }
}
