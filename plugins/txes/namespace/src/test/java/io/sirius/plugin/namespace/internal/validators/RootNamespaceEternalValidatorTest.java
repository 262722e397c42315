package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootNamespaceEternalValidatorTest {

    @ParameterizedTest(name = "duration {0} at height {1}: {2}")
    @CsvSource({"0, 1, SUCCESS", "0, 2, ETERNAL_AFTER_NEMESIS_BLOCK", "0, 1000, ETERNAL_AFTER_NEMESIS_BLOCK",
        "1, 2, SUCCESS", "1, 1, SUCCESS"})
    void onlyTheNemesisBlockRegistersEternalRoots(long duration, long height, String expected) {
        // Arrange
        var notification = new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha", new BlockDuration(duration));

        // Act
        var result = new RootNamespaceEternalValidator().validate(notification,
                Fixtures.context(height, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
