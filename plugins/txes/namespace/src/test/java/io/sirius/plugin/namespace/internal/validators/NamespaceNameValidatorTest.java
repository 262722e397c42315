package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceNameValidatorTest {

    private static String validate(String name) {
        var notification = new NamespaceNameNotification(Fixtures.OWNER, NamespaceIds.root(name), NamespaceIds.ROOT_PARENT, name);
        var result = new NamespaceNameValidator().validate(notification, Fixtures.context(10, Fixtures.state()).validation());
        return result.equals(Results.of("SUCCESS")) ? "SUCCESS" : ((NamespaceResults) result).name();
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource({"1, SUCCESS", "15, SUCCESS", "16, SUCCESS", "17, INVALID_NAME", "64, INVALID_NAME", "255, INVALID_NAME"})
    void limitsTheLengthToMaxNameSize(int length, String expected) {
        // Act and Assert (maxNameSize is 16)
        assertEquals(expected, validate("a".repeat(length)));
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource({"'', INVALID_NAME", "a-b_c, SUCCESS", "0x, SUCCESS", "-a, INVALID_NAME", "Abc, INVALID_NAME",
        "a.b, INVALID_NAME", "'a\u00E9', INVALID_NAME"})
    void allowsOnlySiriusCharacters(String name, String expected) {
        // Act and Assert
        assertEquals(expected, validate(name));
    }
}
