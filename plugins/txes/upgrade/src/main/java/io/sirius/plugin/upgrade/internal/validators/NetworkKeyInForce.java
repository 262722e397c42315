package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.StateView;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.upgrade.internal.state.HeightFloor;
import java.util.Optional;

/**
 * The network's key at a height: the {@code [network] publicKey} of the configuration in force there, the entry of
 * the kernel's NetworkConfig cache with the greatest height not above it. The kernel's contexts carry that
 * configuration, so this is one step there; other contexts (unit tests) fall back to probing the cache.
 */
final class NetworkKeyInForce {

    private NetworkKeyInForce() {
    }

    /**
     * @param state the state to read
     * @param height the height
     * @return the key, or empty if no configuration is in force
     * @throws io.sirius.api.config.ConfigException if the stored configuration does not parse, which only corrupt
     *     state can cause
     */
    static Optional<PublicKey> at(io.sirius.api.validation.StatefulValidationContext context) {
        if (context instanceof io.sirius.kernel.config.NetworkConfigContext kernel) {
            return Optional.of(kernel.networkConfig().networkPublicKey());
        }
        return at(context.state(), context.height());
    }

    /**
     * @param state the state to read
     * @param height the height
     * @return the key found by probing the cache (for contexts that do not carry the config)
     */
    static Optional<PublicKey> at(StateView state, Height height) {
        return HeightFloor.atOrBelow(state.cache(NetworkConfigCache.DESCRIPTOR), height)
                .map(NetworkConfigEntry::parse)
                .map(configuration -> configuration.networkPublicKey());
    }
}
