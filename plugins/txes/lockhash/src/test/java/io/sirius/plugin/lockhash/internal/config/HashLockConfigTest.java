package io.sirius.plugin.lockhash.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockConfigTest {
    /** Sirius's resources/config-network.properties section. */
    private static final Map<String, String> SIRIUS = Map.of("lockedFundsPerAggregate", "10'000'000",
            "maxHashLockDuration", "2d");

    private static HashLockConfig parse(Map<String, String> values) {
        return HashLockConfig.SECTION.parser().parse(new ConfigProperties(HashLockConfig.SECTION.sectionName(), values));
    }

    @Test
    void readsSiriussSectionAndTurnsTheDurationIntoBlocks() {
        // Act
        HashLockConfig config = parse(SIRIUS);

        // Assert: 2 days at Sirius's 15 s blocks
        assertEquals("plugin:catapult.plugins.lockhash", HashLockConfig.SECTION.sectionName());
        assertEquals(new HashLockConfig(new Amount(10_000_000), new BlockSpan(48)), config);
        assertEquals(new BlockDuration(11_520), config.maxHashLockDuration().blocks(Duration.ofSeconds(15)));
        Map<String, String> more = new HashMap<>(SIRIUS);
        more.put("enabled", "true");
        assertEquals(config, parse(more));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"lockedFundsPerAggregate, ", "lockedFundsPerAggregate, -1", "lockedFundsPerAggregate, ten",
        "maxHashLockDuration, ", "maxHashLockDuration, 2", "maxHashLockDuration, 48s"})
    void refusesMissingOrMalformedKeys(String key, String value) {
        // Arrange
        Map<String, String> values = new HashMap<>(SIRIUS);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }

        // Act + Assert
        assertThrows(ConfigException.class, () -> parse(values));
    }
}
