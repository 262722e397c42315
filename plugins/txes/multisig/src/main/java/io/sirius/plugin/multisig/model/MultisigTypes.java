package io.sirius.plugin.multisig.model;

import io.sirius.api.model.EntityType;

/**
 * The multisig family's constants.
 */
public final class MultisigTypes {
    /** The facility byte of the family. */
    public static final int FACILITY = 0x55;
    /** Modify_Multisig_Account, 0x4155. */
    public static final EntityType MODIFY_MULTISIG_ACCOUNT = EntityType.transaction(FACILITY, 1);
    /** The current (and only) entity version of Modify_Multisig_Account. */
    public static final int MODIFY_MULTISIG_ACCOUNT_VERSION = 3;

    private MultisigTypes() {
    }
}
