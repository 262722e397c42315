package io.sirius.kernel.internal.core;

import io.sirius.kernel.config.NetworkConfigContext;

/**
 * The kernel's contexts carry the whole network config in force at their height, for the core system's own rules
 * (plugins read only their own section; system plugins may read {@link NetworkConfigContext}).
 */
public interface ConfigContext extends NetworkConfigContext {
}
