package io.sirius.plugin.upgrade.internal.config;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The upgrade plugin's section of the network config, {@code [plugin:catapult.plugins.upgrade]}, with Sirius's key:
 *
 * <pre>
 * minUpgradePeriod = 360
 * </pre>
 *
 * @param minUpgradePeriod the fewest blocks between an upgrade's transaction and the height its version becomes
 *     required, so operators have time to upgrade
 */
public record BlockchainUpgradeSettings(long minUpgradePeriod) {
    /** The section declaration. */
    public static final ConfigSection<BlockchainUpgradeSettings> SECTION =
            ConfigSection.of("upgrade", BlockchainUpgradeSettings::parse);

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException if minUpgradePeriod is missing or not a non-negative number
     */
    public static BlockchainUpgradeSettings parse(ConfigProperties properties) {
        return new BlockchainUpgradeSettings(properties.getLong("minUpgradePeriod"));
    }
}
