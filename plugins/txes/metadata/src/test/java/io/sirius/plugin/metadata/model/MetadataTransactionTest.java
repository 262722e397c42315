package io.sirius.plugin.metadata.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataTransactionTest {

    @ParameterizedTest(name = "delta {0}")
    @ValueSource(ints = {-32769, 32768})
    void refusesADeltaOutsideInt16(int delta) {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new MetadataTransaction(PublicKey.ZERO, 0, 0, delta, new byte[0], false));
    }

    @Test
    void acceptsTheInt16AndUint16Limits() {
        // Act
        MetadataTransaction low = new MetadataTransaction(PublicKey.ZERO, 0, 0, -32768, new byte[0xFFFF], false);
        MetadataTransaction high = new MetadataTransaction(PublicKey.ZERO, 0, 0, 32767, new byte[0], false);

        // Assert
        assertEquals(0xFFFF, low.valueSize());
        assertEquals(32767, high.valueSizeDelta());
        assertThrows(IllegalArgumentException.class, () -> new MetadataTransaction(PublicKey.ZERO, 0, 0, 0, new byte[0x10000], false));
    }

    @Test
    void comparesByValueAndKeepsItsValueToItself() {
        // Arrange
        byte[] value = {1, 2};
        MetadataTransaction transaction = new MetadataTransaction(PublicKey.ZERO, 5, 6, 2, value, true);

        // Act
        value[0] = 9;
        transaction.value()[1] = 9;

        // Assert
        assertArrayEquals(new byte[] {1, 2}, transaction.value());
        assertEquals(new MetadataTransaction(PublicKey.ZERO, 5, 6, 2, new byte[] {1, 2}, true), transaction);
        assertEquals(new MetadataTransaction(PublicKey.ZERO, 5, 6, 2, new byte[] {1, 2}, true).hashCode(), transaction.hashCode());
        assertNotEquals(new MetadataTransaction(PublicKey.ZERO, 5, 6, 2, new byte[] {1, 2}, false), transaction);
    }
}
