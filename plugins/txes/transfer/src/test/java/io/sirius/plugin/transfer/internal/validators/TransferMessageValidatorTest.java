package io.sirius.plugin.transfer.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.transfer.internal.config.TransferConfig;
import io.sirius.plugin.transfer.model.TransferMessageNotification;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferMessageValidatorTest {
    private final ValidationContext context = ContextBuilder.context()
            .config(TransferConfig.SECTION, Map.of("maxMessageSize", "100"))
            .validation();

    @ParameterizedTest(name = "size {0}: {1}")
    @CsvSource({"1, SUCCESS", "99, SUCCESS", "100, SUCCESS", "101, MESSAGE_TOO_LARGE", "65535, MESSAGE_TOO_LARGE"})
    void limitsTheMessageSize(int size, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : TransferResults.valueOf(expected);

        // Act
        ResultCode result = new TransferMessageValidator().validate(new TransferMessageNotification(size), context);

        // Assert
        assertEquals(want, result);
    }
}
