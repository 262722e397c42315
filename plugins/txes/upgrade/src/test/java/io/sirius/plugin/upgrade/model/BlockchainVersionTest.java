package io.sirius.plugin.upgrade.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockchainVersionTest {

    @Test
    void encodesItsPartsAsSiriusDoes() {
        // Act
        BlockchainVersion version = BlockchainVersion.of(1, 9, 5, 0);

        // Assert: CurrentBlockchainVersion of Sirius 1.9.5.0
        assertEquals(0x0001_0009_0005_0000L, version.value());
        assertEquals(1, version.major());
        assertEquals(9, version.minor());
        assertEquals(5, version.revision());
        assertEquals(0, version.build());
        assertEquals("1.9.5.0", version.toString());
    }

    @Test
    void readsEveryPartOfTheLargestVersion() {
        // Act
        BlockchainVersion version = new BlockchainVersion(-1);

        // Assert
        assertEquals("65535.65535.65535.65535", version.toString());
        assertEquals(version, BlockchainVersion.of(0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"1.9.5.0, 1.9.5.0, 0", "1.9.5.0, 1.9.5.1, -1", "1.10.0.0, 1.9.65535.65535, 1", "40000.0.0.0, 1.0.0.0, 1"})
    void comparesPartByPart(String left, String right, int expected) {
        // Arrange
        BlockchainVersion a = parse(left);
        BlockchainVersion b = parse(right);

        // Act and Assert
        assertEquals(expected, Integer.signum(a.compareTo(b)));
    }

    @Test
    void rejectsPartsWiderThan16Bits() {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockchainVersion.of(1, 0x10000, 0, 0));

        // Assert
        assertTrue(e.getMessage().contains("65536"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BlockchainVersion.of(-1, 0, 0, 0));
    }

    private static BlockchainVersion parse(String text) {
        String[] parts = text.split("\\.");
        return BlockchainVersion.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }
}
