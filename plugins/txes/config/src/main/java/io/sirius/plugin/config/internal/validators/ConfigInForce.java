package io.sirius.plugin.config.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigContext;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.kernel.config.NetworkConfiguration;
import java.util.Optional;

/**
 * The network configuration in force at a height: the entry of the kernel's NetworkConfig cache with the greatest
 * height not above it (the nemesis configuration, or the last one a Network_Config scheduled).
 *
 * <p>In the kernel the context already holds it ({@link NetworkConfigContext}), so this is one step. Contexts
 * without it (unit tests with the plugin testkit) fall back to probing the cache's heights downwards from
 * {@code height}, one point lookup per block since the last configuration: exact, but only fit for short chains.
 */
final class ConfigInForce {

    private ConfigInForce() {
    }

    /**
     * @param context a stateful validation context
     * @return the configuration in force at its height, or empty if the cache holds none at or below it
     * @throws io.sirius.api.config.ConfigException if the stored configuration does not parse, which only corrupt
     *     state can cause
     */
    static Optional<NetworkConfiguration> at(StatefulValidationContext context) {
        if (context instanceof NetworkConfigContext kernel) {
            return Optional.of(kernel.networkConfig());
        }
        return at(context.state(), context.height());
    }

    /**
     * @param state the state to read
     * @param height the height
     * @return the configuration in force at {@code height}, found by probing the cache
     */
    static Optional<NetworkConfiguration> at(StateView state, Height height) {
        return entryAt(state.cache(NetworkConfigCache.DESCRIPTOR), height).map(NetworkConfigEntry::parse);
    }

    /**
     * @param cache the NetworkConfig cache
     * @param height the height
     * @return the entry with the greatest height not above {@code height}
     */
    static Optional<NetworkConfigEntry> entryAt(CacheView<Height, NetworkConfigEntry> cache, Height height) {
        if (cache.size() == 0) {
            return Optional.empty();
        }
        for (long probe = height.value(); ; probe--) {
            Optional<NetworkConfigEntry> entry = cache.find(new Height(probe));
            if (entry.isPresent() || probe == 0) {
                return entry;
            }
        }
    }
}
