package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigSupportedEntitiesValidatorTest {

    private static ResultCode validate(NetworkConfigNotification notification) {
        return new NetworkConfigSupportedEntitiesValidator().validate(notification, ContextBuilder.context().validation());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "{\"entities\": [{\"type\": \"16729\", \"supportedVersions\": [1]}]}; SUCCESS",
        "{\"entities\": [{\"type\": \"0x4154\", \"supportedVersions\": [3]}, {\"type\": 16729, \"supportedVersions\": [1, 2]}]}; SUCCESS",
        "{\"entities\": [{\"type\": \"16729\", \"supportedVersions\": []}]}; NETWORK_CONFIG_TRX_CANNOT_BE_UNSUPPORTED",
        "{\"entities\": [{\"type\": \"16728\", \"supportedVersions\": [1]}]}; NETWORK_CONFIG_TRX_CANNOT_BE_UNSUPPORTED",
        "{\"entities\": []}; NETWORK_CONFIG_TRX_CANNOT_BE_UNSUPPORTED",
        "{\"entities\": [{\"type\": \"16729\"}]}; SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED",
        "{\"entities\": 5}; SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED",
        "{\"entities\": [; SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED",
        "''; SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED"})
    void requiresJsonThatKeepsNetworkConfig(String json, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = validate(Fixtures.notification(1, Fixtures.config(Fixtures.NETWORK_KEY), json));

        // Assert
        assertEquals(want, result);
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        // Arrange: valid JSON with one stray 0xFF byte in a name
        byte[] json = Fixtures.ENTITIES.replace("T16729", "T\u00FF").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        // Act
        ResultCode result = validate(new NetworkConfigNotification(new BlockDuration(1), new byte[0], json));

        // Assert
        assertEquals(NetworkConfigResults.SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED, result);
    }
}
