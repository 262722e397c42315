package io.sirius.plugin.locksecret.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.BlockDuration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretLockConfigTest {
    /** Sirius's resources/config-network.properties section. */
    private static final Map<String, String> SIRIUS = Map.of("maxSecretLockDuration", "30d", "minProofSize", "1",
            "maxProofSize", "1000");

    private static SecretLockConfig parse(Map<String, String> values) {
        return SecretLockConfig.SECTION.parser().parse(new ConfigProperties(SecretLockConfig.SECTION.sectionName(), values));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new HashMap<>(SIRIUS);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    @Test
    void readsSiriussSectionAndTurnsTheDurationIntoBlocks() {
        // Act
        SecretLockConfig config = parse(SIRIUS);

        // Assert: 30 days at Sirius's 15 s blocks
        assertEquals("plugin:catapult.plugins.locksecret", SecretLockConfig.SECTION.sectionName());
        assertEquals(new SecretLockConfig(new BlockSpan(720), 1, 1000), config);
        assertEquals(new BlockDuration(172_800), config.maxSecretLockDuration().blocks(Duration.ofSeconds(15)));
    }

    @Test
    void ignoresKeysItDoesNotUse() {
        // Act + Assert
        assertEquals(parse(SIRIUS), parse(with("enabled", "true")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"maxSecretLockDuration, 30", "maxSecretLockDuration, 30m", "maxSecretLockDuration, ", "minProofSize, -1",
        "minProofSize, 65536", "maxProofSize, x", "maxProofSize, 65536"})
    void refusesMissingOrMalformedKeys(String key, String value) {
        // Act + Assert
        assertThrows(ConfigException.class, () -> parse(with(key, value)));
    }
}
