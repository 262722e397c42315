package io.sirius.plugin.upgrade.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockchainUpgradeSettingsTest {

    private static BlockchainUpgradeSettings parse(Map<String, String> values) {
        return BlockchainUpgradeSettings.parse(new ConfigProperties(BlockchainUpgradeSettings.SECTION.sectionName(), values));
    }

    @Test
    void readsTheMinimumPeriod() {
        // Act and Assert
        assertEquals(new BlockchainUpgradeSettings(360), parse(Map.of("minUpgradePeriod", "360")));
        assertEquals(new BlockchainUpgradeSettings(1_000_000), parse(Map.of("minUpgradePeriod", "1'000'000")));
        assertEquals("plugin:catapult.plugins.upgrade", BlockchainUpgradeSettings.SECTION.sectionName());
    }

    @Test
    void rejectsAMissingOrNegativePeriod() {
        // Act
        ConfigException missing = assertThrows(ConfigException.class, () -> parse(Map.of()));
        ConfigException negative = assertThrows(ConfigException.class, () -> parse(Map.of("minUpgradePeriod", "-1")));

        // Assert
        assertTrue(missing.getMessage().contains("minUpgradePeriod"), missing.getMessage());
        assertTrue(negative.getMessage().contains("minUpgradePeriod"), negative.getMessage());
    }
}
