package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigMaxCosignersValidatorTest {

    @ParameterizedTest(name = "{0} cosignatories, [{1}]: {2}")
    @CsvSource({
        "0, +2 +3, SUCCESS",
        "0, +2 +3 +4, SUCCESS",
        "0, +2 +3 +4 +5, MODIFY_MAX_COSIGNERS",
        "2, +4, SUCCESS",
        "3, +4, MODIFY_MAX_COSIGNERS",
        "3, +4 -2, SUCCESS",
        "3, -2, SUCCESS",
        "0, -2, MODIFY_MAX_COSIGNERS"})
    void theAccountEndsWithAtMostTheMaximum(int existing, String modifications, String expected) {
        // Arrange: account 1 has cosignatories 2, 3, ... (max 3)
        InMemoryState state = Fixtures.state();
        if (existing > 0) {
            int[] cosignatories = new int[existing];
            for (int i = 0; i < existing; i++) {
                cosignatories[i] = 2 + i;
            }
            Fixtures.graph().multisig(1, 1, 1, cosignatories).into(state);
        }

        // Act
        ResultCode result = new ModifyMultisigMaxCosignersValidator().validate(
                new ModifyMultisigCosignersNotification(Fixtures.key(1), Modifications.parse(modifications)),
                Fixtures.context("maxCosignersPerAccount", "3").state(state).stateful());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
