package io.sirius.plugin.aggregate.internal.validators;

import static io.sirius.plugin.aggregate.internal.validators.Aggregates.numbers;
import static io.sirius.plugin.aggregate.internal.validators.Aggregates.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictAggregateCosignaturesValidatorTest {
    private final StatefulValidationContext strict = Aggregates.config("enableStrictCosignatureCheck", "true").stateful();

    @ParameterizedTest(name = "signer 1, transactions of [{0}], cosigners [{1}]: {2}")
    @CsvSource({
        "1, '', SUCCESS",
        "1 2, 2, SUCCESS",
        "2 1 2, 2, SUCCESS",
        "1 2 3, 2 3, SUCCESS",
        "1 2, '', MISSING_COSIGNERS",
        "1 2 3, 3, MISSING_COSIGNERS",
        "1, 2, INELIGIBLE_COSIGNERS",
        "2, 2, INELIGIBLE_COSIGNERS",
        "1 2, 3, INELIGIBLE_COSIGNERS",
        "1 2 4, 3, INELIGIBLE_COSIGNERS"})
    void theSignersMustBeExactlyTheEmbeddedSignersIneligibleFirst(String signers, String cosigners, String expected) {
        // Act
        ResultCode result = new StrictAggregateCosignaturesValidator().validate(
                Aggregates.aggregate(1, numbers(signers), numbers(cosigners)), strict);

        // Assert
        assertEquals(result(expected), result);
    }

    @Test
    void doesNothingUnlessEnabled() {
        // Act
        ResultCode result = new StrictAggregateCosignaturesValidator().validate(
                Aggregates.aggregate(1, numbers("2"), numbers("3")), Aggregates.config().stateful());

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }
}
