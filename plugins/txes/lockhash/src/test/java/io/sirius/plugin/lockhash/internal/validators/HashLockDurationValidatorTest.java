package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockDurationNotification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockDurationValidatorTest {

    @ParameterizedTest(name = "duration {0}: {1}")
    @CsvSource({"0, INVALID_DURATION", "1, SUCCESS", "23, SUCCESS", "24, SUCCESS", "25, INVALID_DURATION",
        "18446744073709551615, INVALID_DURATION"})
    void limitsTheDurationToMaxHashLockDurationInBlocks(String duration, String expected) {
        // Arrange (maxHashLockDuration 1d at 1h blocks = 24)
        var notification = new HashLockDurationNotification(new BlockDuration(Long.parseUnsignedLong(duration)));

        // Act
        var result = new HashLockDurationValidator().validate(notification,
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }

    @Test
    void followsTheBlockTimeInForce() {
        // Arrange: at 30 min blocks a day is 48 blocks
        var context = Fixtures.context(10, Fixtures.state())
                .chainConfig(Map.of("blockGenerationTargetTime", "30m", "maxRollbackBlocks", "5")).validation();

        // Act + Assert
        assertEquals(Results.of("SUCCESS"), new HashLockDurationValidator().validate(
                new HashLockDurationNotification(new BlockDuration(48)), context));
        assertEquals(Results.of("INVALID_DURATION"), new HashLockDurationValidator().validate(
                new HashLockDurationNotification(new BlockDuration(49)), context));
    }
}
