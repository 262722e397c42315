package io.sirius.api.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FixedBytesTest {
    private static final String HEX = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF";

    @Test
    void valuesAreComparedByContentAndKind() {
        // Arrange
        PublicKey key = PublicKey.fromHex(HEX);
        Hash256 hash = Hash256.fromHex(HEX);

        // Act and Assert: same kind, same bytes: equal; another kind with the same bytes: not equal
        assertEquals(key, PublicKey.of(key.bytes()));
        assertEquals(key.hashCode(), PublicKey.of(key.bytes()).hashCode());
        assertNotEquals(key, hash);
        assertNotEquals(hash, key);
        assertNotEquals(key, null);
        assertNotEquals(key, PublicKey.ZERO);
        assertEquals(HEX, key.toHex());
        assertEquals(HEX, hash.toString());
    }

    @Test
    void valuesCannotBeChangedThroughTheirBytes() {
        // Arrange
        byte[] source = Hex.decode(HEX + HEX);
        Signature signature = Signature.of(source);

        // Act
        source[0] = 9;
        byte[] out = signature.bytes();
        out[1] = 9;

        // Assert
        assertEquals(HEX + HEX, signature.toHex());
        assertNotSame(signature.bytes(), signature.bytes());
    }

    @Test
    void copiesIntoAnArrayAtAnOffsetAndReadsFromOne() {
        // Arrange
        Hash256 hash = Hash256.fromHex(HEX);
        byte[] target = new byte[40];

        // Act
        hash.copyTo(target, 5);

        // Assert
        assertArrayEquals(hash.bytes(), Arrays.copyOfRange(target, 5, 37));
        assertEquals(hash, Hash256.of(target, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> hash.copyTo(target, 9));
    }

    @Test
    void onlyAllZeroBytesAreZero() {
        // Act and Assert
        assertTrue(Hash256.ZERO.isZero());
        assertTrue(Signature.ZERO.isZero());
        assertFalse(PublicKey.fromHex("00".repeat(31) + "01").isZero());
    }

    @Test
    void wrongLengthsAreRefused() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> PublicKey.of(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Signature.of(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> Hash256.fromHex(HEX + "00"));
    }
}
