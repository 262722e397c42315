package io.sirius.kernel.internal.core;

import io.sirius.kernel.config.NetworkConfiguration;

/**
 * The kernel's contexts also carry the whole network config in force at their height, for the core system's own
 * rules (plugins read only their own section).
 */
public interface ConfigContext {

    /** @return the network config in force at the context's height */
    NetworkConfiguration networkConfig();
}
