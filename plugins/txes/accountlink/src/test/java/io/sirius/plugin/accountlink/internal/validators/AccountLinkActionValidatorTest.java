package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountLinkActionValidatorTest {

    @ParameterizedTest(name = "action byte {0}: {1}")
    @CsvSource({"0, SUCCESS", "1, SUCCESS", "2, INVALID_ACTION", "127, INVALID_ACTION", "255, INVALID_ACTION"})
    void acceptsOnlyLinkAndUnlink(int action, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : AccountLinkResults.valueOf(expected);

        // Act
        ResultCode result = new AccountLinkActionValidator().validate(
                new RemoteAccountLinkNotification(Fixtures.MAIN, Fixtures.REMOTE, action), ContextBuilder.context().validation());

        // Assert
        assertEquals(want, result);
    }
}
