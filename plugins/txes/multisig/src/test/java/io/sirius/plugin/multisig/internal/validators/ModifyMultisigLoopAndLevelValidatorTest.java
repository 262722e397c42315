package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigLoopAndLevelValidatorTest {
    /** Two levels: 1 is a multisig of 2; 2 a multisig of 3. Apart: 5 a multisig of 6; 7 a multisig of 5. */
    private static final InMemoryState STATE = Fixtures.graph().multisig(1, 1, 1, 2).multisig(2, 1, 1, 3)
            .multisig(5, 1, 1, 6).multisig(7, 1, 1, 5).state();

    @ParameterizedTest(name = "{0} gains {1}, depth {2}: {3}")
    @CsvSource({
        "9, 8, 3, SUCCESS",
        "3, 8, 3, SUCCESS",
        "3, 8, 2, MODIFY_MAX_MULTISIG_DEPTH",
        "9, 1, 3, SUCCESS",
        "9, 1, 2, MODIFY_MAX_MULTISIG_DEPTH",
        "3, 4, 3, SUCCESS",
        "3, 5, 3, MODIFY_MAX_MULTISIG_DEPTH",
        "3, 5, 5, SUCCESS",
        "3, 1, 3, MODIFY_MAX_MULTISIG_DEPTH",
        "3, 1, 10, MODIFY_LOOP",
        "2, 1, 10, MODIFY_LOOP",
        "1, 1, 10, MODIFY_LOOP",
        "6, 7, 10, MODIFY_LOOP",
        "1, 3, 10, SUCCESS",
        "9, 9, 3, MODIFY_LOOP",
        "8, 8, 0, MODIFY_MAX_MULTISIG_DEPTH"})
    void neitherTooDeepNorALoop(int multisig, int cosignatory, String depth, String expected) {
        // Act
        ResultCode result = new ModifyMultisigLoopAndLevelValidator().validate(
                new ModifyMultisigNewCosignerNotification(Fixtures.key(multisig), Fixtures.key(cosignatory)),
                Fixtures.context("maxMultisigDepth", depth).state(STATE).stateful());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
