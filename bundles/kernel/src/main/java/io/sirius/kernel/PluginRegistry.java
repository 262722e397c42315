package io.sirius.kernel;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugins the kernel has seen: every {@link io.sirius.api.plugin.TransactionPlugin} service registered
 * in the framework, accepted or rejected. Changes as plugin bundles come and go.
 */
@ProviderType
public interface PluginRegistry {

    /** @return every plugin, sorted by name, rejected ones included */
    List<PluginInfo> plugins();

    /**
     * @param name a plugin name
     * @return the accepted plugin of that name, or a rejected one if none was accepted
     */
    Optional<PluginInfo> plugin(String name);
}
