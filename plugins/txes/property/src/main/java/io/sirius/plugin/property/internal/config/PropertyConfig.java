package io.sirius.plugin.property.internal.config;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The property section of the network config, {@code [plugin:catapult.plugins.property]}, with Sirius's key:
 *
 * <pre>
 * maxPropertyValues = 512
 * </pre>
 *
 * Other keys (such as {@code enabled}) are ignored.
 *
 * @param maxPropertyValues the most values a property may hold, and the most modifications a transaction may carry
 *     (u16)
 */
public record PropertyConfig(int maxPropertyValues) {
    /** The section declaration. */
    public static final ConfigSection<PropertyConfig> SECTION = ConfigSection.of("property", PropertyConfig::parse);

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException naming the key that is missing or wrong
     */
    public static PropertyConfig parse(ConfigProperties properties) {
        return new PropertyConfig((int) properties.getLong("maxPropertyValues", 0, 0xFFFF));
    }
}
