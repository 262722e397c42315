package io.sirius.plugin.aggregate.internal.validators;

import static io.sirius.plugin.aggregate.internal.validators.Aggregates.numbers;
import static io.sirius.plugin.aggregate.internal.validators.Aggregates.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.aggregate.model.AggregateResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateSufficientCosignersValidatorTest {

    @ParameterizedTest(name = "signer 1, embedded signer {0}, cosigners [{1}]: {2}")
    @CsvSource({
        "1, '', SUCCESS",
        "1, 2, SUCCESS",
        "2, 2, SUCCESS",
        "3, 2 3 4, SUCCESS",
        "2, '', MISSING_COSIGNERS",
        "2, 3 4, MISSING_COSIGNERS"})
    void theEmbeddedSignerMustHaveSigned(int embeddedSigner, String cosigners, String expected) {
        // Act
        ResultCode result = new AggregateSufficientCosignersValidator().validate(
                Aggregates.embeddedIn(1, embeddedSigner, numbers(cosigners)), Aggregates.config().stateful());

        // Assert
        assertEquals(result(expected), result);
    }

    @Test
    void leavesTheSignersToTheMultisigPluginWhenItIsEnabled() {
        // Act: the embedded signer may be a multisig account, approved by its cosignatories
        ResultCode result = new AggregateSufficientCosignersValidator().validate(
                Aggregates.embeddedIn(1, 2, numbers("3")), Aggregates.withMultisig(Aggregates.config()));

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @Test
    void judgesPlainAccountsAgainWhenTheMultisigPluginIsDisabled() {
        // Act
        ResultCode result = new AggregateSufficientCosignersValidator().validate(
                Aggregates.embeddedIn(1, 2, numbers("3")),
                Aggregates.config().config(io.sirius.plugin.aggregate.internal.config.MultisigPresence.SECTION,
                        java.util.Map.of("enabled", "false")).stateful());

        // Assert
        assertEquals(AggregateResults.MISSING_COSIGNERS, result);
    }
}
