package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultisigAggregateSufficientCosignersValidatorTest {
    /** 10 is a multisig of 1, 2, 3 with approval 2 and removal 3; 20 a 1-of-2 multisig of 10 and 4. */
    private static final InMemoryState STATE = Fixtures.graph().multisig(10, 2, 3, 1, 2, 3).multisig(20, 1, 1, 10, 4)
            .state();

    private static ResultCode validate(int signer, String transaction, String cosigners, String newCosignersMustApprove) {
        AggregateEmbeddedTransactionNotification notification = new AggregateEmbeddedTransactionNotification(
                Fixtures.key(signer), Embedded.parse(transaction).get(0), Embedded.cosignatures(cosigners));
        return new MultisigAggregateSufficientCosignersValidator().validate(notification,
                Fixtures.context("newCosignersMustApprove", newCosignersMustApprove).state(STATE).stateful());
    }

    @ParameterizedTest(name = "signer {0}, transaction of {1}, cosigners [{2}]: {3}")
    @CsvSource({
        "5, 5, '', SUCCESS",
        "1, 5, 5, SUCCESS",
        "1, 5, '', MISSING_COSIGNERS",
        "1, 5, 6 7, MISSING_COSIGNERS",
        "1, 10, '', MISSING_COSIGNERS",
        "1, 10, 2, SUCCESS",
        "1, 10, 2 3, SUCCESS",
        "5, 10, 1 3, SUCCESS",
        "10, 10, '', MISSING_COSIGNERS",
        "4, 20, '', SUCCESS",
        "1, 20, '', MISSING_COSIGNERS",
        "1, 20, 2, SUCCESS",
        "5, 20, 10, MISSING_COSIGNERS"})
    void aPlainAccountSignsAMultisigAccountGetsItsApprovalMinimumDownTheGraph(int signer, String transaction,
            String cosigners, String expected) {
        // Act
        ResultCode result = validate(signer, transaction, cosigners, "true");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "signer {0}, transaction of {1}, cosigners [{2}]: {3}")
    @CsvSource({
        "1, 10[-3], 2, MISSING_COSIGNERS",
        "1, 10[-3], 2 3, SUCCESS",
        "1, 10[+5], 2 5, SUCCESS",
        "1, 10[+5], 2, MISSING_COSIGNERS",
        "1, '10[+5,-3]', 2 3, MISSING_COSIGNERS",
        "1, '10[+5,-3]', 2 5, MISSING_COSIGNERS",
        "1, '10[+5,-3]', 2 3 5, SUCCESS",
        "4, 20[-10], '', SUCCESS",
        "5, '5[+6,+7]', 6, MISSING_COSIGNERS",
        "5, '5[+6,+7]', 6 7, SUCCESS",
        "5, 5[-6], '', SUCCESS"})
    void aModificationNeedsTheRemovalMinimumForRemovalsTheLargerForBothAndItsNewCosignatories(int signer,
            String transaction, String cosigners, String expected) {
        // Act
        ResultCode result = validate(signer, transaction, cosigners, "true");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "signer {0}, transaction of {1}, cosigners [{2}]: {3}")
    @CsvSource({"1, 10[+5], 2, SUCCESS", "5, '5[+6,+7]', '', SUCCESS"})
    void newCosignatoriesNeedNotApproveWhenTheNetworkSaysSo(int signer, String transaction, String cosigners,
            String expected) {
        // Act
        ResultCode result = validate(signer, transaction, cosigners, "false");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
