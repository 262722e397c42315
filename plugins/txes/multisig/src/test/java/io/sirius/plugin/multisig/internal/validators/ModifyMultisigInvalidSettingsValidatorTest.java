package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigInvalidSettingsValidatorTest {

    private static ResultCode validate(InMemoryState state, int removalDelta, int approvalDelta) {
        return new ModifyMultisigInvalidSettingsValidator().validate(
                new ModifyMultisigSettingsNotification(Fixtures.key(1), removalDelta, approvalDelta, 1),
                Fixtures.context().state(state).stateful());
    }

    @ParameterizedTest(name = "{0} cosignatories, approval {1} + {4}, removal {2} + {3}: {5}")
    @CsvSource({
        "3, 1, 1, 0, 0, SUCCESS",
        "3, 1, 1, 2, 2, SUCCESS",
        "3, 1, 1, 3, 0, MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES",
        "3, 1, 1, 0, 3, MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES",
        "3, 2, 2, -1, -1, SUCCESS",
        "3, 2, 2, -2, 0, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "3, 2, 2, 0, -2, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "3, 2, 2, -3, 0, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "3, 1, 1, -128, 127, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "1, 1, 1, 0, 0, SUCCESS",
        "0, 0, 0, 1, 1, MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES",
        "0, 1, 1, -1, -1, SUCCESS",
        "0, 1, 1, 0, 0, MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES",
        "0, 1, 1, -2, -2, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "0, 1, 1, -1, 0, MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES"})
    void theNewMinimumsLieBetweenOneAndTheCosignatoriesOrAreZeroWithoutAny(int cosignatories, int approval,
            int removal, int removalDelta, int approvalDelta, String expected) {
        // Arrange: the entry as the cosigners observer left it (0 cosignatories: the last one was just removed)
        List<io.sirius.api.model.PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < cosignatories; i++) {
            keys.add(Fixtures.key(2 + i));
        }
        InMemoryState state = Fixtures.state();
        MultisigEntry entry = new MultisigEntry(Fixtures.key(1), Fixtures.address(Fixtures.key(1)), approval, removal,
                keys, List.of(Fixtures.key(9)));
        state.cache(MultisigCache.DESCRIPTOR).put(entry.account(), entry);

        // Act
        ResultCode result = validate(state, removalDelta, approvalDelta);

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "removal {0}, approval {1}: {2}")
    @CsvSource({"0, 0, SUCCESS", "1, 1, SUCCESS", "-5, -5, SUCCESS", "1, 0, MODIFY_MIN_SETTING_OUT_OF_RANGE",
        "0, -1, MODIFY_MIN_SETTING_OUT_OF_RANGE"})
    void anAccountOutsideTheGraphMustChangeBothMinimumsAlike(int removalDelta, int approvalDelta, String expected) {
        // Act: a transaction without modifications on a plain account
        ResultCode result = validate(Fixtures.state(), removalDelta, approvalDelta);

        // Assert
        assertEquals(Modifications.result(expected), result);
    }
}
