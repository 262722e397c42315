package io.sirius.plugin.lockshared.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.BlockDuration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockDurationRuleTest {
    private static final ConfigProperties HOURLY = new ConfigProperties("chain", Map.of("blockGenerationTargetTime", "1h"));

    @ParameterizedTest(name = "duration {0}: {1}")
    @CsvSource({"0, false", "1, true", "23, true", "24, true", "25, false", "9223372036854775808, false",
        "18446744073709551615, false"})
    void allowsOneBlockUpToTheMaximumSpanInBlocks(String duration, boolean allowed) {
        // Arrange: 1d at 1h blocks = 24 blocks; durations are unsigned
        BlockDuration given = new BlockDuration(Long.parseUnsignedLong(duration));

        // Act + Assert
        assertEquals(allowed, LockDurationRule.allows(given, new BlockSpan(24), HOURLY));
    }

    @Test
    void followsTheBlockTimeInForce() {
        // Arrange: at 30 min blocks a day is 48 blocks; at 7 h blocks, 3 (rounded down)
        ConfigProperties halfHourly = new ConfigProperties("chain", Map.of("blockGenerationTargetTime", "30m"));
        ConfigProperties slow = new ConfigProperties("chain", Map.of("blockGenerationTargetTime", "7h"));

        // Act + Assert
        assertTrue(LockDurationRule.allows(new BlockDuration(48), new BlockSpan(24), halfHourly));
        assertFalse(LockDurationRule.allows(new BlockDuration(49), new BlockSpan(24), halfHourly));
        assertTrue(LockDurationRule.allows(new BlockDuration(3), new BlockSpan(24), slow));
        assertFalse(LockDurationRule.allows(new BlockDuration(4), new BlockSpan(24), slow));
    }

    @Test
    void aZeroSpanAllowsNothingAndAMissingBlockTimeIsAConfigError() {
        // Act + Assert
        assertFalse(LockDurationRule.allows(new BlockDuration(1), new BlockSpan(0), HOURLY));
        assertThrows(ConfigException.class, () -> LockDurationRule.allows(new BlockDuration(1), new BlockSpan(24),
                new ConfigProperties("chain", Map.of())));
    }
}
