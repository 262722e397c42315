package io.sirius.plugin.aggregate.internal.validators;

import static io.sirius.plugin.aggregate.internal.validators.Aggregates.numbers;
import static io.sirius.plugin.aggregate.internal.validators.Aggregates.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateEligibleCosignersValidatorTest {

    private static ResultCode validate(String strictSigner, String signers, String cosigners) {
        return new AggregateEligibleCosignersValidator().validate(
                Aggregates.aggregate(1, numbers(signers), numbers(cosigners)),
                Aggregates.config("strictSigner", strictSigner).stateful());
    }

    @ParameterizedTest(name = "signer 1, transactions of [{0}], cosigners [{1}]: {2}")
    @CsvSource({
        "1, '', SUCCESS",
        "1 2, 2, SUCCESS",
        "2 1 3, 3 2, SUCCESS",
        "1 2, '', SUCCESS",
        "1, 2, INELIGIBLE_COSIGNERS",
        "1 2, 2 3, INELIGIBLE_COSIGNERS",
        "2, 2, INELIGIBLE_COSIGNERS",
        "2 3, '', INELIGIBLE_COSIGNERS"})
    void everySignerMustSignAnEmbeddedTransactionWithAStrictSigner(String signers, String cosigners, String expected) {
        // Act: a missing cosigner is not this rule's business
        ResultCode result = validate("true", signers, cosigners);

        // Assert
        assertEquals(result(expected), result);
    }

    @ParameterizedTest(name = "signer 1, transactions of [{0}], cosigners [{1}]: {2}")
    @CsvSource({
        "2, 2, SUCCESS",
        "2 3, '', SUCCESS",
        "2, 2 3, INELIGIBLE_COSIGNERS"})
    void theSignerMayJustPayWithoutAStrictSigner(String signers, String cosigners, String expected) {
        // Act
        ResultCode result = validate("false", signers, cosigners);

        // Assert
        assertEquals(result(expected), result);
    }

    @Test
    void leavesTheCosignersToTheMultisigPluginWhenItIsEnabled() {
        // Act
        ResultCode result = new AggregateEligibleCosignersValidator().validate(
                Aggregates.aggregate(1, numbers("2"), numbers("3 4")), Aggregates.withMultisig(Aggregates.config()));

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }
}
