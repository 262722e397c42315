package io.sirius.api.config;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a plugin's config section into its typed settings.
 *
 * @param <C> the settings record
 */
@ConsumerType
@FunctionalInterface
public interface ConfigParser<C> {

    /**
     * @param properties the section's keys and values
     * @return the settings, validated
     * @throws ConfigException naming the key that is missing or wrong
     */
    C parse(ConfigProperties properties);
}
