package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.SecretLockDurationNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretLockDurationValidatorTest {

    @ParameterizedTest(name = "duration {0}: {1}")
    @CsvSource({"0, INVALID_DURATION", "24, SUCCESS", "25, INVALID_DURATION"})
    void appliesTheSharedDurationRuleToMaxSecretLockDuration(long duration, String expected) {
        // Arrange (maxSecretLockDuration 1d at 1h blocks = 24; the rule's own table: lockshared's LockDurationRuleTest)
        var notification = new SecretLockDurationNotification(new BlockDuration(duration));

        // Act
        var result = new SecretLockDurationValidator().validate(notification,
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
