package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultisigPermittedOperationValidatorTest {

    @ParameterizedTest(name = "signer {0}: {1}")
    @CsvSource({
        "1, OPERATION_NOT_PERMITTED_BY_ACCOUNT",
        "2, OPERATION_NOT_PERMITTED_BY_ACCOUNT",
        "3, SUCCESS",
        "9, SUCCESS"})
    void aMultisigAccountMayNotSignButItsCosignatoriesMay(int signer, String expected) {
        // Arrange: 1 is a multisig of 2; 2 a multisig of 3; 3 only cosigns
        var state = Fixtures.graph().multisig(1, 1, 1, 2).multisig(2, 1, 1, 3).state();

        // Act
        ResultCode result = new MultisigPermittedOperationValidator().validate(
                new TransactionNotification(Fixtures.key(signer), Hash256.ZERO, new EntityType(0x4154), new Timestamp(1)),
                Fixtures.context().state(state).stateful());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
