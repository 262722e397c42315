package io.sirius.plugin.aggregate.internal.validators;

import static io.sirius.plugin.aggregate.internal.validators.Aggregates.numbers;
import static io.sirius.plugin.aggregate.internal.validators.Aggregates.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BasicAggregateCosignaturesValidatorTest {
    private final StatefulValidationContext context = Aggregates.config(
            "maxTransactionsPerAggregate", "3", "maxCosignaturesPerAggregate", "4").stateful();

    private ResultCode validate(int signer, String signers, String cosigners) {
        AggregateCosignaturesNotification notification = Aggregates.aggregate(signer, numbers(signers), numbers(cosigners));
        return new BasicAggregateCosignaturesValidator().validate(notification, context);
    }

    @ParameterizedTest(name = "{0} transactions: {1}")
    @CsvSource({"0, NO_TRANSACTIONS", "1, SUCCESS", "2, SUCCESS", "3, SUCCESS", "4, TOO_MANY_TRANSACTIONS",
        "9, TOO_MANY_TRANSACTIONS"})
    void limitsTheTransactions(int count, String expected) {
        // Arrange: every transaction is the signer's
        int[] signers = new int[count];
        Arrays.fill(signers, 1);

        // Act
        ResultCode result = new BasicAggregateCosignaturesValidator().validate(
                Aggregates.aggregate(1, signers), context);

        // Assert
        assertEquals(result(expected), result);
    }

    @ParameterizedTest(name = "cosigners [{0}]: {1}")
    @CsvSource({
        "'', SUCCESS",
        "2, SUCCESS",
        "2 3 4, SUCCESS",
        "2 3 4 5, TOO_MANY_COSIGNATURES",
        "2 3 4 5 6, TOO_MANY_COSIGNATURES"})
    void limitsTheSignaturesCountingTheSigners(String cosigners, String expected) {
        // Act: at most 4 signatures, the signer's included
        ResultCode result = validate(1, "1", cosigners);

        // Assert
        assertEquals(result(expected), result);
    }

    @ParameterizedTest(name = "cosigners [{0}]: {1}")
    @CsvSource({
        "1, REDUNDANT_COSIGNATURES",
        "2 2, REDUNDANT_COSIGNATURES",
        "2 3 2, REDUNDANT_COSIGNATURES",
        "2 1, REDUNDANT_COSIGNATURES",
        "2 3, SUCCESS"})
    void noAccountSignsTwiceTheSignerIncluded(String cosigners, String expected) {
        // Act
        ResultCode result = validate(1, "1 2 3", cosigners);

        // Assert
        assertEquals(result(expected), result);
    }

    @ParameterizedTest(name = "{0} transactions, 5 cosigners: {1}")
    @CsvSource({"0, NO_TRANSACTIONS", "4, TOO_MANY_TRANSACTIONS"})
    void judgesTheTransactionsBeforeTheCosignatures(int count, String expected) {
        // Arrange
        int[] signers = new int[count];
        Arrays.fill(signers, 1);

        // Act
        ResultCode result = new BasicAggregateCosignaturesValidator().validate(
                Aggregates.aggregate(1, signers, 2, 2, 3, 4, 5), context);

        // Assert
        assertEquals(result(expected), result);
    }
}
