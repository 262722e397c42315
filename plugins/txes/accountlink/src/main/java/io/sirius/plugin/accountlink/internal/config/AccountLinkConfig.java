package io.sirius.plugin.accountlink.internal.config;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The account link section of the network config, {@code [plugin:catapult.plugins.accountlink]}. The family has no
 * settings: Sirius's section holds only a placeholder key whose presence makes the node load the plugin,
 *
 * <pre>
 * [plugin:catapult.plugins.accountlink]
 *
 * dummy = to trigger plugin load
 * </pre>
 *
 * so the parser accepts any keys and reads none (the kernel itself reads {@code enabled}).
 */
public record AccountLinkConfig() {
    /** The section declaration. */
    public static final ConfigSection<AccountLinkConfig> SECTION = ConfigSection.of("accountlink", AccountLinkConfig::parse);

    /**
     * @param properties the section, whatever it holds
     * @return the (empty) settings
     */
    public static AccountLinkConfig parse(ConfigProperties properties) {
        return new AccountLinkConfig();
    }
}
