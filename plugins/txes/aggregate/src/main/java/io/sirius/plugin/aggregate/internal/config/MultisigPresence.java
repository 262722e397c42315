package io.sirius.plugin.aggregate.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.validation.ValidationContext;

/**
 * Whether the network config in force enables the multisig plugin ({@code [plugin:catapult.plugins.multisig]} present
 * and not {@code enabled = false}).
 *
 * <p>Sirius leaves every cosigner rule but the strict one to the multisig plugin: its validators decide, over the
 * multisig graph, which cosigners an aggregate may carry and which it needs, plain accounts included. A network
 * without that plugin has no multisig account, so the same rules reduce to plain accounts; the aggregate plugin
 * applies that reduction itself when, and only when, the multisig plugin is not enabled, so that exactly one plugin
 * judges cosigners and the verdict is the same as Sirius's combination of the two. The kernel runs a plugin only at
 * heights whose config enables it (and halts when an enabled one is missing), so reading the config is reading what
 * runs.
 */
public final class MultisigPresence {
    /** The multisig plugin's section, parsed only for its {@code enabled} flag. */
    public static final ConfigSection<Boolean> SECTION = ConfigSection.of("multisig", MultisigPresence::enabled);

    private MultisigPresence() {
    }

    /**
     * @param context a validation context
     * @return whether the multisig plugin is enabled at the context's height
     */
    public static boolean judgesCosigners(ValidationContext context) {
        try {
            return context.config(SECTION);
        } catch (ConfigException e) {
            return false;
        }
    }

    private static Boolean enabled(ConfigProperties properties) {
        return properties.find("enabled").isEmpty() || properties.getBoolean("enabled");
    }
}
