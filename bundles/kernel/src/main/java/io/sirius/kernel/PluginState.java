package io.sirius.kernel;

/**
 * Where a plugin stands.
 */
public enum PluginState {
    /** Installed and registered, its transaction types not (yet) enabled by the network config. */
    AVAILABLE,
    /** Enabled by the on-chain network config from a height on: its types are processed. */
    ACTIVE,
    /** Refused by the kernel (a collision or an inconsistent declaration); {@link PluginInfo#problem()} says why. */
    REJECTED
}
