package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifyMultisigMaxCosignedAccountsValidatorTest {

    @ParameterizedTest(name = "cosigns {0}, max {1}: {2}")
    @CsvSource({"0, 2, SUCCESS", "1, 2, SUCCESS", "2, 2, MODIFY_MAX_COSIGNED_ACCOUNTS", "3, 2, MODIFY_MAX_COSIGNED_ACCOUNTS",
        "0, 0, MODIFY_MAX_COSIGNED_ACCOUNTS"})
    void aNewCosignatoryCosignsFewerThanTheMaximumBeforehand(int cosigned, String max, String expected) {
        // Arrange: account 2 cosigns accounts 10, 11, ...
        Fixtures.Graph graph = Fixtures.graph();
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
}
