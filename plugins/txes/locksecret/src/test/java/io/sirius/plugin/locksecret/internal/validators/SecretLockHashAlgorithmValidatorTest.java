package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretLockHashAlgorithmValidatorTest {

    @ParameterizedTest(name = "algorithm {0}: {1}")
    @CsvSource({"0, SUCCESS", "1, SUCCESS", "2, SUCCESS", "3, SUCCESS", "4, INVALID_HASH_ALGORITHM",
        "255, INVALID_HASH_ALGORITHM"})
    void acceptsSiriussFourAlgorithmsOnly(int algorithm, String expected) {
        // Act
        var result = new SecretLockHashAlgorithmValidator().validate(new SecretLockHashAlgorithmNotification(algorithm),
                ContextBuilder.context().validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
