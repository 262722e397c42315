package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigTextValidatorTest {

    private static ResultCode validate(String config, String entities) {
        return new NetworkConfigTextValidator().validate(Fixtures.notification(5, config, entities),
                ContextBuilder.context().validation());
    }

    @Test
    void acceptsAWholeConfiguration() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.config(Fixtures.NETWORK_KEY, "transfer"), Fixtures.ENTITIES));
    }

    @ParameterizedTest(name = "importanceGrouping {0}, maxRollbackBlocks 360: {1}")
    @CsvSource({"179, BLOCKCHAIN_CONFIG_MALFORMED", "180, BLOCKCHAIN_CONFIG_MALFORMED", "181, SUCCESS"})
    void appliesTheKernelsConsistencyRules(long importanceGrouping, String expected) {
        // Arrange
        String config = Fixtures.config(Fixtures.NETWORK_KEY).replace("importanceGrouping = 5760",
                "importanceGrouping = " + importanceGrouping);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = validate(config, Fixtures.ENTITIES);

        // Assert
        assertEquals(want, result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "no network key; [network]\\n\\npublicKey = B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF\\n; [network]\\n",
        "a short network key; publicKey = B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF; publicKey = B4F1",
        "a missing chain key; maxTransactionsPerBlock = 200; x = 1",
        "a line that is not key = value; greedDelta = 0.5; greedDelta",
        "a repeated section; [chain]; [network]",
        "a key outside any section; [network]; oops = 1\\n[network]"})
    void rejectsWhatIsNotAWholeConfiguration(String what, String replaced, String replacement) {
        // Arrange
        String config = Fixtures.config(Fixtures.NETWORK_KEY, "transfer").replace(replaced.replace("\\n", "\n"),
                replacement.replace("\\n", "\n"));

        // Act
        ResultCode result = validate(config, Fixtures.ENTITIES);

        // Assert
        assertEquals(NetworkConfigResults.BLOCKCHAIN_CONFIG_MALFORMED, result, what);
    }

    @Test
    void rejectsAnEmptyTextAndBytesThatAreNotUtf8() {
        // Arrange
        byte[] latin1 = (Fixtures.config(Fixtures.NETWORK_KEY) + "# caf\u00E9\n").getBytes(StandardCharsets.ISO_8859_1);
        NetworkConfigNotification notUtf8 = new NetworkConfigNotification(new BlockDuration(5), latin1,
                Fixtures.ENTITIES.getBytes(StandardCharsets.UTF_8));

        // Act and Assert
        assertEquals(NetworkConfigResults.BLOCKCHAIN_CONFIG_MALFORMED, validate("", Fixtures.ENTITIES));
        assertEquals(NetworkConfigResults.BLOCKCHAIN_CONFIG_MALFORMED,
                new NetworkConfigTextValidator().validate(notUtf8, ContextBuilder.context().validation()));
    }

    @Test
    void leavesMalformedSupportedEntitiesToTheirOwnValidator() {
        // Act and Assert
        assertEquals(ResultCodes.NEUTRAL, validate(Fixtures.config(Fixtures.NETWORK_KEY), "{"));
        assertEquals(ResultCodes.NEUTRAL, validate("garbage", "{"));
    }
}
