package io.sirius.plugin.mosaic.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.plugin.mosaic.internal.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainValuesTest {

    private static ConfigProperties chain(Map<String, String> values) {
        return new ConfigProperties("chain", values);
    }

    @Test
    void readsTheSupplyBoundInSiriussNotation() {
        // Act
        long bound = ChainValues.maxMosaicAtomicUnits(chain(Fixtures.chain()));

        // Assert
        assertEquals(9_000_000_000_000_000L, bound);
    }

    @ParameterizedTest
    @CsvSource({"15s, 15000", "1s, 1000", "500ms, 500", "1m, 60000"})
    void readsTheBlockTimeInSiriussNotation(String value, long millis) {
        // Act
        Duration time = ChainValues.blockGenerationTargetTime(chain(Fixtures.chain("blockGenerationTargetTime", value)));

        // Assert
        assertEquals(Duration.ofMillis(millis), time);
    }

    @ParameterizedTest
    @CsvSource(value = {"maxMosaicAtomicUnits, NULL", "maxMosaicAtomicUnits, x", "maxMosaicAtomicUnits, -1"},
            nullValues = "NULL")
    void refusesAMissingOrMalformedSupplyBound(String key, String value) {
        // Arrange
        ConfigProperties chain = chain(Fixtures.chain(key, value));

        // Act and Assert
        assertThrows(ConfigException.class, () -> ChainValues.maxMosaicAtomicUnits(chain));
    }

    @ParameterizedTest
    @CsvSource(value = {"blockGenerationTargetTime, NULL", "blockGenerationTargetTime, 15",
        "blockGenerationTargetTime, 0s", "blockGenerationTargetTime, 0ms"}, nullValues = "NULL")
    void refusesAMissingMalformedOrZeroBlockTime(String key, String value) {
        // Arrange
        ConfigProperties chain = chain(Fixtures.chain(key, value));

        // Act and Assert
        assertThrows(ConfigException.class, () -> ChainValues.blockGenerationTargetTime(chain));
    }
}
