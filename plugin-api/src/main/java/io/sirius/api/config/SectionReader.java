package io.sirius.api.config;

/**
 * Reads plugin config sections of the network config in force: what validation and observer contexts offer, and
 * what per-type rules such as {@link io.sirius.api.plugin.LifetimeLimit} are given.
 *
 * @since 1.1
 */
@FunctionalInterface
public interface SectionReader {

    /**
     * @param section a section declaration
     * @param <C> the parsed section type
     * @return the section as its parser reads it
     * @throws ConfigException if the network config has no such section or it does not parse
     */
    <C> C config(ConfigSection<C> section);
}
