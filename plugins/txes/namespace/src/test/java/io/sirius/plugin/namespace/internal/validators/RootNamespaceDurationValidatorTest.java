package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootNamespaceDurationValidatorTest {

    @ParameterizedTest(name = "duration {0}: {1}")
    @CsvSource({"0, SUCCESS", "1, SUCCESS", "239, SUCCESS", "240, SUCCESS", "241, INVALID_DURATION",
        "18446744073709551615, INVALID_DURATION"})
    void limitsTheDurationToMaxNamespaceDuration(String duration, String expected) {
        // Arrange (maxNamespaceDuration 10d at 1h blocks = 240)
        var notification = new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha",
                new BlockDuration(Long.parseUnsignedLong(duration)));

        // Act
        var result = new RootNamespaceDurationValidator().validate(notification,
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
