package io.sirius.plugin.transfer.model;

import io.sirius.api.model.EntityType;

/**
 * The transfer family's constants.
 */
public final class TransferTypes {
    /** The facility byte of the family. */
    public static final int FACILITY = 0x54;
    /** Transfer, 0x4154. */
    public static final EntityType TRANSFER = EntityType.transaction(FACILITY, 1);
    /** The current entity version of Transfer. */
    public static final int TRANSFER_VERSION = 3;

    private TransferTypes() {
    }
}
