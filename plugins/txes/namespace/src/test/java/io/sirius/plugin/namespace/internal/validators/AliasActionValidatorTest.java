package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasActionValidatorTest {

    @ParameterizedTest(name = "action {0}: {1}")
    @CsvSource({"0, SUCCESS", "1, SUCCESS", "2, ALIAS_INVALID_ACTION", "255, ALIAS_INVALID_ACTION"})
    void acceptsLinkAndUnlinkOnly(int action, String expected) {
        // Act
        var result = new AliasActionValidator().validate(new AliasOwnerNotification(Fixtures.OWNER, Fixtures.ALPHA, action),
                Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
