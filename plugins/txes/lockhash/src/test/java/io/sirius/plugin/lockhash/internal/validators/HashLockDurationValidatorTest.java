package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockDurationNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockDurationValidatorTest {

    @ParameterizedTest(name = "duration {0}: {1}")
    @CsvSource({"0, INVALID_DURATION", "24, SUCCESS", "25, INVALID_DURATION"})
    void appliesTheSharedDurationRuleToMaxHashLockDuration(long duration, String expected) {
        // Arrange (maxHashLockDuration 1d at 1h blocks = 24; the rule's own table: lockshared's LockDurationRuleTest)
        var notification = new HashLockDurationNotification(new BlockDuration(duration));

        // Act
        var result = new HashLockDurationValidator().validate(notification,
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
