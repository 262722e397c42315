package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.EntityType;

/**
 * The mosaic family's constants: facilities, entity types and their current versions (Sirius master 1.9.5).
 */
public final class MosaicTypes {
    /** The facility byte of the family; its result codes carry it. */
    public static final int FACILITY = 0x4D;
    /** The facility byte Sirius gives the levy cache (its state-path packets); the levy results use {@link #FACILITY}. */
    public static final int LEVY_FACILITY = 0x4F;
    /** The receipt of a mosaic's expiry, its id as the artifact (Sirius's {@code Mosaic_Expired}, 0x414D). */
    public static final io.sirius.api.receipt.ReceiptType EXPIRED_RECEIPT = io.sirius.api.receipt.ReceiptType.of(
            io.sirius.api.receipt.ReceiptType.ARTIFACT_EXPIRY, FACILITY, 1);
    /** The receipt of a definition's rental fee paid to the sink (Sirius's {@code Mosaic_Rental_Fee}, 0x124D). */
    public static final io.sirius.api.receipt.ReceiptType RENTAL_FEE_RECEIPT = io.sirius.api.receipt.ReceiptType.of(
            io.sirius.api.receipt.ReceiptType.BALANCE_TRANSFER, FACILITY, 2);

    /** Mosaic_Definition, 0x414D. */
    public static final EntityType MOSAIC_DEFINITION = EntityType.transaction(FACILITY, 1);
    /** Mosaic_Supply_Change, 0x424D. */
    public static final EntityType MOSAIC_SUPPLY_CHANGE = EntityType.transaction(FACILITY, 2);
    /** Mosaic_Modify_Levy, 0x434D. */
    public static final EntityType MOSAIC_MODIFY_LEVY = EntityType.transaction(FACILITY, 3);
    /** Mosaic_Remove_Levy, 0x444D. */
    public static final EntityType MOSAIC_REMOVE_LEVY = EntityType.transaction(FACILITY, 4);

    /** The entity version of Mosaic_Definition. */
    public static final int MOSAIC_DEFINITION_VERSION = 3;
    /** The entity version of Mosaic_Supply_Change. */
    public static final int MOSAIC_SUPPLY_CHANGE_VERSION = 2;
    /** The entity version of Mosaic_Modify_Levy. */
    public static final int MOSAIC_MODIFY_LEVY_VERSION = 1;
    /** The entity version of Mosaic_Remove_Levy. */
    public static final int MOSAIC_REMOVE_LEVY_VERSION = 1;

    private MosaicTypes() {
    }
}
