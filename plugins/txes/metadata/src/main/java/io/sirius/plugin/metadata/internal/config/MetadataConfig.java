package io.sirius.plugin.metadata.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import java.util.Set;

/**
 * The metadata_v2 section of the network config, {@code [plugin:catapult.plugins.metadata_v2]}, with Sirius's keys:
 *
 * <pre>
 * enabled = true
 * maxValueSize = 1024
 * </pre>
 *
 * As Sirius's loader does, the parser refuses keys it does not know. {@code enabled} is the kernel's to act on (a
 * section that says false keeps the family inactive); here it is only checked, and may be left out, which the kernel
 * reads as true.
 *
 * @param enabled whether the family is enabled
 * @param maxValueSize the largest value (ValueSize) a metadata transaction may carry, 0 to 65535
 */
public record MetadataConfig(boolean enabled, int maxValueSize) {
    /** The section declaration. */
    public static final ConfigSection<MetadataConfig> SECTION = ConfigSection.of("metadata_v2", MetadataConfig::parse);
    private static final Set<String> KEYS = Set.of("enabled", "maxValueSize");

    /**
     * @param properties the section
     * @return the settings
     * @throws ConfigException if maxValueSize is missing or outside 0..65535, enabled is not true or false, or an
     *     unknown key is present
     */
    public static MetadataConfig parse(ConfigProperties properties) {
        for (String key : properties.keys()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException("[" + properties.section() + "] has an unknown key '" + key + "'");
            }
        }
        boolean enabled = properties.find("enabled").isEmpty() || properties.getBoolean("enabled");
        return new MetadataConfig(enabled, (int) properties.getLong("maxValueSize", 0, 0xFFFF));
    }
}
