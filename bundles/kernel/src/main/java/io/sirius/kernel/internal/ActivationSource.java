package io.sirius.kernel.internal;

import io.sirius.api.model.Height;
import java.util.Optional;

/**
 * Tells from which height the on-chain network config enables a plugin. The chain provides it; until a
 * chain exists no plugin is active.
 */
@FunctionalInterface
public interface ActivationSource {
    /** No chain yet: nothing is active. */
    ActivationSource NONE = name -> Optional.empty();

    /**
     * @param pluginName a plugin name
     * @return the height its section of the network config took effect, if it is enabled at the chain's height
     */
    Optional<Height> activeSince(String pluginName);
}
