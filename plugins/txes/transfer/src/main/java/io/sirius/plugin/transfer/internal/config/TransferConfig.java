package io.sirius.plugin.transfer.internal.config;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The transfer section of the network config, {@code [plugin:catapult.plugins.transfer]}.
 *
 * @param maxMessageSize the largest message a transfer may carry, in bytes (at most 65535, the wire limit)
 */
public record TransferConfig(long maxMessageSize) {
    /** The section declaration. */
    public static final ConfigSection<TransferConfig> SECTION = ConfigSection.of("transfer", TransferConfig::parse);

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException if maxMessageSize is missing or out of range
     */
    public static TransferConfig parse(ConfigProperties properties) {
        return new TransferConfig(properties.getLong("maxMessageSize", 0, 0xFFFF));
    }
}
