package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigInvalidCosignersValidatorTest {
    /** 1 is a multisig of 2 and 3; 4 only cosigns 5. */
    private static final InMemoryState STATE = Fixtures.graph().multisig(1, 1, 1, 2, 3).multisig(5, 1, 1, 4).state();

    @ParameterizedTest(name = "signer {0}, [{1}]: {2}")
    @CsvSource({
        "1, +4, SUCCESS",
        "1, -2, SUCCESS",
        "1, +4 -3, SUCCESS",
        "1, +2, MODIFY_ALREADY_A_COSIGNER",
        "1, -4, MODIFY_NOT_A_COSIGNER",
        "1, +6 -7, MODIFY_NOT_A_COSIGNER",
        "9, +2 +3, SUCCESS",
        "9, +2 -3, MODIFY_UNKNOWN_MULTISIG_ACCOUNT",
        "4, +6, SUCCESS",
        "4, -5, MODIFY_NOT_A_COSIGNER"})
    void addsMustBeNewAndRemovalsExisting(int signer, String modifications, String expected) {
        // Act
        ResultCode result = new ModifyMultisigInvalidCosignersValidator().validate(
                new ModifyMultisigCosignersNotification(Fixtures.key(signer), Modifications.parse(modifications)),
                Fixtures.context().state(STATE).stateful());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
