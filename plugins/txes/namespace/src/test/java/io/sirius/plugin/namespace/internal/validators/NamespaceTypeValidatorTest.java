package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceTypeValidatorTest {

    @ParameterizedTest(name = "type {0}: {1}")
    @CsvSource({"0, SUCCESS", "1, SUCCESS", "2, INVALID_NAMESPACE_TYPE", "255, INVALID_NAMESPACE_TYPE"})
    void acceptsRootAndChildOnly(int type, String expected) {
        // Act
        var result = new NamespaceTypeValidator().validate(new NamespaceRegistrationNotification(type),
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
