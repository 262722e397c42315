package io.sirius.plugin.config.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkConfigSettingsTest {

    private static NetworkConfigSettings parse(Map<String, String> values) {
        return NetworkConfigSettings.parse(new ConfigProperties(NetworkConfigSettings.SECTION.sectionName(), values));
    }

    @Test
    void readsSiriusDefaults() {
        // Act
        NetworkConfigSettings settings = parse(Map.of("maxBlockChainConfigSize", "1MB", "maxSupportedEntityVersionsSize", "64KB"));

        // Assert
        assertEquals(new NetworkConfigSettings(1024 * 1024, 64 * 1024), settings);
        assertEquals("plugin:catapult.plugins.config", NetworkConfigSettings.SECTION.sectionName());
    }

    @Test
    void rejectsMissingOrUnitlessSizes() {
        // Act
        ConfigException missing = assertThrows(ConfigException.class, () -> parse(Map.of("maxBlockChainConfigSize", "1MB")));
        ConfigException unitless = assertThrows(ConfigException.class,
                () -> parse(Map.of("maxBlockChainConfigSize", "1024", "maxSupportedEntityVersionsSize", "1MB")));

        // Assert
        assertTrue(missing.getMessage().contains("maxSupportedEntityVersionsSize"), missing.getMessage());
        assertTrue(unitless.getMessage().contains("maxBlockChainConfigSize"), unitless.getMessage());
    }
}
