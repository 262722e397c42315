package io.sirius.plugin.mosaic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.plugin.mosaic.internal.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicDefinitionTest {

    private static MosaicDefinition defined(long height, long duration) {
        return new MosaicDefinition(new Height(height), Fixtures.OWNER, 1,
                new MosaicProperties(3, 0, new BlockDuration(duration)));
    }

    @ParameterizedTest
    @CsvSource({"99, false, false", "100, true, false", "109, true, false", "110, false, true", "111, false, true"})
    void aMortalMosaicLivesFromItsHeightForItsDuration(long at, boolean active, boolean expired) {
        // Arrange: defined at 100 for 10 blocks
        MosaicDefinition definition = defined(100, 10);

        // Act and Assert
        assertEquals(active, definition.isActive(new Height(at)));
        assertEquals(expired, definition.isExpired(new Height(at)));
    }

    @ParameterizedTest
    @CsvSource({"1", "100", "-1"})
    void anEternalMosaicIsAlwaysActive(long at) {
        // Arrange
        MosaicDefinition definition = defined(100, 0);

        // Act and Assert
        assertEquals(true, definition.isActive(new Height(at)));
        assertEquals(false, definition.isExpired(new Height(at)));
    }

    @Test
    void theExpiryHeightSaturatesInsteadOfWrapping() {
        // Arrange
        MosaicDefinition definition = defined(-10, 100);

        // Act and Assert
        assertEquals(new Height(-1), definition.expiryHeight());
        assertEquals(true, definition.isActive(new Height(-2)));
    }
}
