package io.sirius.kernel.internal.chain;

import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.pipeline.ActivePlugins;

/**
 * Picks the plugins a network config enables from those this node has.
 */
@FunctionalInterface
public interface PluginSelector {

    /**
     * @param config a network config
     * @param height the height it applies to (for messages)
     * @return the core system and the enabled plugins
     * @throws MissingPluginsException if an enabled plugin is not available on this node
     */
    ActivePlugins select(NetworkConfiguration config, long height) throws MissingPluginsException;
}
