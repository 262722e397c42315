package io.sirius.plugin.config.internal.config;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The config plugin's section of the network config, {@code [plugin:catapult.plugins.config]}, with Sirius's keys:
 *
 * <pre>
 * maxBlockChainConfigSize = 1MB
 * maxSupportedEntityVersionsSize = 1MB
 * </pre>
 *
 * <p>The transaction's size fields are uint16, so no text can exceed 65535 bytes whatever the limits say.
 *
 * @param maxBlockChainConfigSize the largest config text a Network_Config may carry, in bytes
 * @param maxSupportedEntityVersionsSize the largest supported-entities JSON it may carry, in bytes
 */
public record NetworkConfigSettings(long maxBlockChainConfigSize, long maxSupportedEntityVersionsSize) {
    /** The section declaration. */
    public static final ConfigSection<NetworkConfigSettings> SECTION = ConfigSection.of("config", NetworkConfigSettings::parse);

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException if a key is missing or is not a data size
     */
    public static NetworkConfigSettings parse(ConfigProperties properties) {
        return new NetworkConfigSettings(properties.getDataSize("maxBlockChainConfigSize"),
                properties.getDataSize("maxSupportedEntityVersionsSize"));
    }
}
