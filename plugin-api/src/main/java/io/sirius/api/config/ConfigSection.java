package io.sirius.api.config;

import java.util.Objects;

/**
 * Declares a plugin's section of the network config and how to parse it. Validators and observers get
 * the parsed settings in force at the height they run at from their context.
 *
 * @param pluginName the plugin's name; the section is {@code [plugin:catapult.plugins.<pluginName>]}
 * @param parser parses the section
 * @param <C> the settings record
 */
public record ConfigSection<C>(String pluginName, ConfigParser<C> parser) {

    /** Checks the arguments. */
    public ConfigSection {
        Objects.requireNonNull(pluginName, "pluginName");
        Objects.requireNonNull(parser, "parser");
    }

    /**
     * @param pluginName the plugin's name
     * @param parser parses the section
     * @param <C> the settings record
     * @return the declaration
     */
    public static <C> ConfigSection<C> of(String pluginName, ConfigParser<C> parser) {
        return new ConfigSection<>(pluginName, parser);
    }

    /** @return the section header without brackets, e.g. {@code plugin:catapult.plugins.transfer} */
    public String sectionName() {
        return "plugin:catapult.plugins." + pluginName;
    }
}
