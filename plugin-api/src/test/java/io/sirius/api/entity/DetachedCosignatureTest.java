package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import org.junit.jupiter.api.Test;

class DetachedCosignatureTest {
    @Test
    void isSignerThenSignatureThenParentHash() {
        // Arrange
        byte[] bytes = new byte[DetachedCosignature.SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        // Act
        DetachedCosignature cosignature = DetachedCosignature.decode(bytes);
        // Assert
        assertEquals(Hex.encode(java.util.Arrays.copyOfRange(bytes, 0, 32)), cosignature.signer().toHex());
        assertEquals(Hex.encode(java.util.Arrays.copyOfRange(bytes, 32, 96)), cosignature.signature().toHex());
        assertEquals(Hex.encode(java.util.Arrays.copyOfRange(bytes, 96, 128)), cosignature.parentHash().toHex());
        assertArrayEquals(bytes, cosignature.encode());
        assertEquals(cosignature.signer(), cosignature.toCosignature().signer());
    }

    @Test
    void anyOtherLengthIsADecodeError() {
        // Act and Assert
        assertThrows(DecodeException.class, () -> DetachedCosignature.decode(new byte[127]));
        assertThrows(DecodeException.class, () -> DetachedCosignature.decode(new byte[129]));
    }
}
