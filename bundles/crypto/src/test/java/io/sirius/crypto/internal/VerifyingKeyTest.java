package io.sirius.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Hex;
import org.junit.jupiter.api.Test;

class VerifyingKeyTest {
    /** A point of order 8 (from the list of small-order encodings, e.g. RFC 8032 discussions, libsodium). */
    private static final String ORDER_8 = "C7176A703D4DD84FBA3C0B760D10670F2A2053FA2C39CCC64EC7FD7792AC037A";
    private static final String VALID = "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117";

    @Test
    void aKeyOfThePrimeOrderSubgroupIsAccepted() {
        // Act and Assert
        assertNotNull(VerifyingKey.decode(Hex.decode(VALID)));
    }

    @Test
    void smallOrderKeysAreRefused() {
        // Arrange
        Point torsion = new Point();
        // Act
        boolean decodes = PointOps.decodeVar(Hex.decode(ORDER_8), 0, torsion);
        // Assert
        assertTrue(decodes);
        Point eightT = torsion.copy();
        new PointOps().doubleTimes(eightT, 3, new Completed());
        assertTrue(PointOps.isIdentityVar(eightT), "the torsion point has order dividing 8");
        assertNull(VerifyingKey.decode(Hex.decode(ORDER_8)));
    }

    @Test
    void aValidKeyPlusATorsionPointIsRefused() {
        // Arrange: A + T is on the curve but outside the prime-order subgroup
        Point a = new Point();
        Point t = new Point();
        PointOps.decodeVar(Hex.decode(VALID), 0, a);
        PointOps.decodeVar(Hex.decode(ORDER_8), 0, t);
        Completed sum = new Completed();
        new PointOps().add(a, t, sum);
        Point mixed = new Point();
        PointOps.toExtended(sum, mixed);
        byte[] encoded = new byte[32];
        PointOps.encode(mixed, encoded, 0, false);
        Point decoded = new Point();
        // Act
        boolean onCurve = PointOps.decodeVar(encoded, 0, decoded);
        VerifyingKey key = VerifyingKey.decode(encoded);
        // Assert
        assertTrue(onCurve);
        assertTrue(PointOps.equalVar(mixed, decoded));
        assertNull(key);
    }

    @Test
    void encodingRoundTripsThroughDecoding() {
        // Arrange
        Point base = BaseTables.BASE.copy();
        byte[] encoded = new byte[32];
        // Act
        PointOps.encode(base, encoded, 0, true);
        // Assert
        assertEquals("5866666666666666666666666666666666666666666666666666666666666666", Hex.encode(encoded));
    }
}
