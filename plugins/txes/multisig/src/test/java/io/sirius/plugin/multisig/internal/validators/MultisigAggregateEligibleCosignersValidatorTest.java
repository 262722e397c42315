package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.config.AggregateSettings;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultisigAggregateEligibleCosignersValidatorTest {
    /** 10 is a 2-of-3 multisig of 1, 2, 3; 20 a 1-of-2 multisig of 10 and 4. */
    private static final InMemoryState STATE = Fixtures.graph().multisig(10, 2, 3, 1, 2, 3).multisig(20, 1, 1, 10, 4)
            .state();

    private static ResultCode validate(int signer, String transactions, String cosigners, String strictSigner,
            String newCosignersMustApprove) {
        AggregateCosignaturesNotification notification = new AggregateCosignaturesNotification(Fixtures.key(signer),
                Embedded.parse(transactions), Embedded.cosignatures(cosigners));
        return new MultisigAggregateEligibleCosignersValidator().validate(notification,
                Fixtures.context("newCosignersMustApprove", newCosignersMustApprove)
                        .config(AggregateSettings.SECTION, Map.of("strictSigner", strictSigner))
                        .state(STATE).stateful());
    }

    @ParameterizedTest(name = "signer {0}, transactions of [{1}], cosigners [{2}]: {3}")
    @CsvSource({
        "5, 5, '', SUCCESS",
        "5, 5 6, 6, SUCCESS",
        "5, 5, 6, INELIGIBLE_COSIGNERS",
        "1, 10, 2, SUCCESS",
        "1, 10, 2 3, SUCCESS",
        "2, 10, '', SUCCESS",
        "1, 10, 5, INELIGIBLE_COSIGNERS",
        "10, 10, 1 2, INELIGIBLE_COSIGNERS",
        "1, 20, 4 2, SUCCESS",
        "4, 20, '', SUCCESS",
        "1, 20, 10, INELIGIBLE_COSIGNERS",
        "1, 1, '', SUCCESS",
        "1, 10 5, 5 3, SUCCESS",
        "5, '5[+6,+7]', 6 7, SUCCESS",
        "5, '5[+6,-7]', 6, SUCCESS",
        "5, '5[+6,-7]', 6 7, INELIGIBLE_COSIGNERS",
        "1, 10[+6], 2 6, SUCCESS"})
    void everySignerMustBeAPlainAccountThatOneOfTheTransactionsNeedsDownTheGraph(int signer, String transactions,
            String cosigners, String expected) {
        // Act
        ResultCode result = validate(signer, transactions, cosigners, "true", "true");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "signer {0}, transactions of [{1}], cosigners [{2}]: {3}")
    @CsvSource({
        "5, 6, 6, SUCCESS",
        "9, 10, 1 2, SUCCESS",
        "9, 10, 1 9, INELIGIBLE_COSIGNERS"})
    void withoutAStrictSignerTheSignerMayJustPay(int signer, String transactions, String cosigners, String expected) {
        // Act
        ResultCode result = validate(signer, transactions, cosigners, "false", "true");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "signer {0}, transactions of [{1}], cosigners [{2}]: {3}")
    @CsvSource({
        "5, '5[+6,+7]', '', SUCCESS",
        "5, '5[+6,+7]', 6, INELIGIBLE_COSIGNERS"})
    void newCosignatoriesAreNeededOnlyWhenTheyMustApprove(int signer, String transactions, String cosigners,
            String expected) {
        // Act
        ResultCode result = validate(signer, transactions, cosigners, "true", "false");

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
