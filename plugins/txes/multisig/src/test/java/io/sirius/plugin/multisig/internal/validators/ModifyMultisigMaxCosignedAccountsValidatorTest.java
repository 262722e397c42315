package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModifyMultisigMaxCosignedAccountsValidatorTest {

    @ParameterizedTest(name = "cosigns {0}, max {1}: {2}")
    @CsvSource({"0, 2, SUCCESS", "1, 2, SUCCESS", "2, 2, MODIFY_MAX_COSIGNED_ACCOUNTS", "3, 2, MODIFY_MAX_COSIGNED_ACCOUNTS",
        "0, 0, MODIFY_MAX_COSIGNED_ACCOUNTS", "1, 1, MODIFY_MAX_COSIGNED_ACCOUNTS"})
    void aNewCosignatoryCosignsFewerThanTheMaximumBeforehand(int cosigned, String max, String expected) {
        // Arrange: account 2 is a multisig account of 3 (so it is in the graph) and cosigns accounts 10, 11, ...
        Fixtures.Graph graph = Fixtures.graph().multisig(2, 1, 1, 3);
        for (int i = 0; i < cosigned; i++) {
            graph.multisig(10 + i, 1, 1, 2);
        }
        InMemoryState state = graph.state();

        // Act
        ResultCode result = new ModifyMultisigMaxCosignedAccountsValidator().validate(
                new ModifyMultisigNewCosignerNotification(Fixtures.key(1), Fixtures.key(2)),
                Fixtures.context("maxCosignedAccountsPerAccount", max).state(state).stateful());

        // Assert
        assertEquals(Modifications.result(expected), result);
    }

    @ParameterizedTest(name = "max {0}")
    @ValueSource(strings = {"0", "1"})
    void anAccountOutsideTheGraphMayAlwaysCosignAsInSirius(String max) {
        // Act: account 2 has no entry; Sirius's rule reads the count only from an entry
        ResultCode result = new ModifyMultisigMaxCosignedAccountsValidator().validate(
                new ModifyMultisigNewCosignerNotification(Fixtures.key(1), Fixtures.key(2)),
                Fixtures.context("maxCosignedAccountsPerAccount", max).state(Fixtures.state()).stateful());

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }
}
