package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigCosignersValidatorTest {

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource({
        "+2, SUCCESS",
        "+2 +3 +4, SUCCESS",
        "-2, SUCCESS",
        "+2 -3 +4, SUCCESS",
        "2:2, MODIFY_UNSUPPORTED_MODIFICATION_TYPE",
        "+2 255:3, MODIFY_UNSUPPORTED_MODIFICATION_TYPE",
        "+2 -2, MODIFY_ACCOUNT_IN_BOTH_SETS",
        "-2 +2, MODIFY_ACCOUNT_IN_BOTH_SETS",
        "-2 -3, MODIFY_MULTIPLE_DELETES",
        "+2 +2, MODIFY_REDUNDANT_MODIFICATIONS",
        "-2 -2, MODIFY_REDUNDANT_MODIFICATIONS",
        "-2 -3 -2, MODIFY_MULTIPLE_DELETES",
        "+2 -2 9:3, MODIFY_ACCOUNT_IN_BOTH_SETS"})
    void eachModificationIsAKnownTypeOnceAndAtMostOneRemoval(String modifications, String expected) {
        // Act
        ResultCode result = new ModifyMultisigCosignersValidator().validate(
                new ModifyMultisigCosignersNotification(Fixtures.key(1), Modifications.parse(modifications)),
                ContextBuilder.context().validation());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
