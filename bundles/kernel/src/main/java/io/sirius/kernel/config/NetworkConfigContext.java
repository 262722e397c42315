package io.sirius.kernel.config;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Implemented by the kernel's validation and observer contexts: the whole network config in force at the context's
 * height. The kernel's system plugins (config, upgrade) read it here in one step instead of searching the
 * NetworkConfig cache; other plugins read only their own section through {@code config(section)}.
 */
@ProviderType
public interface NetworkConfigContext {

    /** @return the network config in force at the context's height */
    NetworkConfiguration networkConfig();
}
