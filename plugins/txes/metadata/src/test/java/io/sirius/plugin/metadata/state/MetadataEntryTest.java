package io.sirius.plugin.metadata.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.plugin.metadata.internal.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataEntryTest {

    @ParameterizedTest(name = "size {0}, version {1}, immutable {2}")
    @CsvSource({"0, 1, false", "65536, 1, false", "1, 0, false", "1, 3, false", "1, 1, true"})
    void refusesWhatNoEntryCanBe(int size, int version, boolean immutable) {
        // Act and Assert
        assertThrows(IllegalArgumentException.class,
                () -> new MetadataEntry(Fixtures.accountKey(), new byte[size], version, immutable));
    }

    @ParameterizedTest(name = "size {0}, version {1}, immutable {2}")
    @CsvSource({"1, 1, false", "65535, 1, false", "1, 2, false", "1, 2, true"})
    void acceptsTheBoundaries(int size, int version, boolean immutable) {
        // Act
        MetadataEntry entry = new MetadataEntry(Fixtures.accountKey(), new byte[size], version, immutable);

        // Assert
        assertEquals(size, entry.valueSize());
    }

    @Test
    void aNewValueKeepsTheVersionAndFlag() {
        // Arrange
        MetadataEntry entry = Fixtures.extendedEntry("hi", true);

        // Act
        MetadataEntry changed = entry.withValue(Fixtures.bytes("hello"));

        // Assert
        assertEquals(Fixtures.extendedEntry("hello", true), changed);
    }

    @Test
    void comparesByValueAndKeepsItsValueToItself() {
        // Arrange
        byte[] value = Fixtures.bytes("hi");
        MetadataEntry entry = new MetadataEntry(Fixtures.accountKey(), value, 1, false);

        // Act
        value[0] = 0;
        entry.value()[1] = 0;

        // Assert
        assertArrayEquals(Fixtures.bytes("hi"), entry.value());
        assertEquals(Fixtures.plainEntry("hi"), entry);
        assertEquals(Fixtures.plainEntry("hi").hashCode(), entry.hashCode());
        assertNotEquals(Fixtures.extendedEntry("hi", false), entry);
    }
}
