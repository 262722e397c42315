package io.sirius.kernel.config;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a whole network configuration the way a NetworkConfig transaction must be checked before it is
 * accepted: the kernel's own sections, and every registered plugin's section with that plugin's own parser.
 * Provided by the kernel as an OSGi service for the config plugin.
 */
@ProviderType
public interface PluginConfigCheck {

    /**
     * @param configuration a parsed configuration
     * @param current the configuration in force now
     * @return what is wrong with it, one sentence per problem; empty if it may be scheduled
     */
    List<String> problems(NetworkConfiguration configuration, NetworkConfiguration current);
}
