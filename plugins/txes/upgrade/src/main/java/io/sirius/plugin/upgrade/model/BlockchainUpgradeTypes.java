package io.sirius.plugin.upgrade.model;

import io.sirius.api.model.EntityType;

/**
 * The blockchain upgrade family's constants.
 */
public final class BlockchainUpgradeTypes {
    /** The facility byte of the family, BlockchainUpgrade. */
    public static final int FACILITY = 0x58;
    /** Blockchain_Upgrade, 0x4158. */
    public static final EntityType BLOCKCHAIN_UPGRADE = EntityType.transaction(FACILITY, 1);
    /** The current, and only, entity version of Blockchain_Upgrade. */
    public static final int BLOCKCHAIN_UPGRADE_VERSION = 1;

    private BlockchainUpgradeTypes() {
    }
}
