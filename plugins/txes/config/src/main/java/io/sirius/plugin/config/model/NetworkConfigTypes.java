package io.sirius.plugin.config.model;

import io.sirius.api.model.EntityType;

/**
 * The network config family's constants.
 */
public final class NetworkConfigTypes {
    /** The facility byte of the family, NetworkConfig. */
    public static final int FACILITY = 0x59;
    /** Network_Config, 0x4159. */
    public static final EntityType NETWORK_CONFIG = EntityType.transaction(FACILITY, 1);
    /** The current, and only, entity version of Network_Config. */
    public static final int NETWORK_CONFIG_VERSION = 1;

    private NetworkConfigTypes() {
    }
}
