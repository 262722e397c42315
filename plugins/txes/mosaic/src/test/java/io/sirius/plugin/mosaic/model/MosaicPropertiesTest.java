package io.sirius.plugin.mosaic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.BlockDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicPropertiesTest {

    @Test
    void extractsEternalWhenNoDurationIsGiven() {
        // Act
        MosaicProperties properties = MosaicProperties.extract(3, 6, List.of());

        // Assert
        assertEquals(new MosaicProperties(3, 6, new BlockDuration(0)), properties);
        assertTrue(properties.isEternal());
    }

    @Test
    void extractsTheDurationSkipsUnknownIdsAndLetsTheLastOneWin() {
        // Act: an unknown id 7, then two durations, then a flags property that the header overrides
        MosaicProperties properties = MosaicProperties.extract(1, 2, List.of(new MosaicProperty(7, 99),
                new MosaicProperty(2, 10), new MosaicProperty(2, 20), new MosaicProperty(0, 3)));

        // Assert
        assertEquals(new MosaicProperties(1, 2, new BlockDuration(20)), properties);
        assertArrayEquals(new long[] {1, 2, 20}, properties.values());
    }

    @ParameterizedTest
    @CsvSource({"0, false, false", "1, true, false", "2, false, true", "3, true, true", "4, false, false", "6, false, true"})
    void readsTheFlags(int flags, boolean supplyMutable, boolean transferable) {
        // Act
        MosaicProperties properties = new MosaicProperties(flags, 0, new BlockDuration(5));

        // Assert
        assertEquals(supplyMutable, properties.supplyMutable());
        assertEquals(transferable, properties.transferable());
        assertFalse(properties.isEternal());
    }

    @ParameterizedTest
    @CsvSource({"0, true", "1, true", "2, true", "3, true", "4, false", "7, false", "255, false", "-1, false"})
    void acceptsOnlyTheFlagsSiriusDefines(long flags, boolean valid) {
        // Act and Assert
        assertEquals(valid, MosaicFlags.isValid(flags));
    }
}
