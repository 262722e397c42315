package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.config.internal.config.NetworkConfigSettings;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkConfigSizeValidatorTest {
    private final ValidationContext context = ContextBuilder.context()
            .config(NetworkConfigSettings.SECTION,
                    Map.of("maxBlockChainConfigSize", "100B", "maxSupportedEntityVersionsSize", "50B"))
            .validation();

    @ParameterizedTest(name = "config {0} B, entities {1} B: {2}")
    @CsvSource({
        "0, 0, SUCCESS",
        "99, 50, SUCCESS",
        "100, 50, SUCCESS",
        "101, 50, BLOCKCHAIN_CONFIG_TOO_LARGE",
        "100, 49, SUCCESS",
        "100, 51, SUPPORTED_ENTITY_VERSIONS_CONFIG_TOO_LARGE",
        "65535, 65535, BLOCKCHAIN_CONFIG_TOO_LARGE"})
    void limitsBothTexts(int configSize, int entitiesSize, String expected) {
        // Arrange
        NetworkConfigNotification notification = new NetworkConfigNotification(new BlockDuration(1), new byte[configSize],
                new byte[entitiesSize]);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : NetworkConfigResults.valueOf(expected);

        // Act
        ResultCode result = new NetworkConfigSizeValidator().validate(notification, context);

        // Assert
        assertEquals(want, result);
    }
}
