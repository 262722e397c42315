package io.sirius.kernel.internal.pipeline;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Height;
import io.sirius.api.model.Timestamp;
import io.sirius.kernel.config.NetworkConfiguration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What processing at one height sees: the network identity, the height and block time, the network config in
 * force there and the plugins it enables. Immutable apart from a memo of parsed plugin sections.
 *
 * @param identity the network's immutable settings
 * @param height the height being processed
 * @param blockTime the block's timestamp (for unconfirmed transactions, the node's time)
 * @param config the network config in force at the height
 * @param plugins the plugins active at the height, core first
 * @param addresses public key to address
 * @param parsedSections parsed plugin sections of {@code config}, shared between environments of the same config
 */
public record Environment(NetworkIdentity identity, Height height, Timestamp blockTime, NetworkConfiguration config,
        ActivePlugins plugins, AddressBook addresses, Map<ConfigSection<?>, Object> parsedSections) {

    /**
     * @param identity the network's immutable settings
     * @param height the height
     * @param blockTime the time
     * @param config the config at the height
     * @param plugins the active plugins
     * @param addresses the address book
     * @return an environment with a fresh memo
     */
    public static Environment of(NetworkIdentity identity, Height height, Timestamp blockTime, NetworkConfiguration config,
            ActivePlugins plugins, AddressBook addresses) {
        return new Environment(identity, height, blockTime, config, plugins, addresses, new ConcurrentHashMap<>());
    }

    /**
     * @param newHeight another height with the same config and plugins
     * @param newTime its time
     * @return the environment there, sharing the memo
     */
    public Environment at(Height newHeight, Timestamp newTime) {
        return new Environment(identity, newHeight, newTime, config, plugins, addresses, parsedSections);
    }

    /**
     * @param section a plugin's section
     * @param <C> its settings type
     * @return the parsed settings
     * @throws ConfigException if the config lacks the section or it is malformed
     */
    @SuppressWarnings("unchecked")
    public <C> C section(ConfigSection<C> section) {
        return (C) parsedSections.computeIfAbsent(section, s -> config.plugin(s));
    }
}
