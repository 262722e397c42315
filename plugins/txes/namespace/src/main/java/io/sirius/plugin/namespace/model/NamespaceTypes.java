package io.sirius.plugin.namespace.model;

import io.sirius.api.model.EntityType;

/**
 * The namespace family's constants (Sirius master 1.9.5): its facility, entity types and their current versions, and
 * the deepest a namespace path may go.
 */
public final class NamespaceTypes {
    /** The facility byte of the family, Namespace; its result codes carry it. */
    public static final int FACILITY = 0x4E;
    /** The receipt of a registration's rental fee paid to the sink (Sirius's {@code Namespace_Rental_Fee}, 0x124E). */
    public static final io.sirius.api.receipt.ReceiptType RENTAL_FEE_RECEIPT = io.sirius.api.receipt.ReceiptType.of(
            io.sirius.api.receipt.ReceiptType.BALANCE_TRANSFER, FACILITY, 2);
    /** The receipt of a root namespace's expiry (Sirius's {@code Namespace_Expired}, 0x414E). */
    public static final io.sirius.api.receipt.ReceiptType EXPIRED_RECEIPT = io.sirius.api.receipt.ReceiptType.of(
            io.sirius.api.receipt.ReceiptType.ARTIFACT_EXPIRY, FACILITY, 1);

    /** Register_Namespace, 0x414E. */
    public static final EntityType REGISTER_NAMESPACE = EntityType.transaction(FACILITY, 1);
    /** Alias_Address, 0x424E. */
    public static final EntityType ADDRESS_ALIAS = EntityType.transaction(FACILITY, 2);
    /** Alias_Mosaic, 0x434E. */
    public static final EntityType MOSAIC_ALIAS = EntityType.transaction(FACILITY, 3);

    /** The entity version of Register_Namespace. */
    public static final int REGISTER_NAMESPACE_VERSION = 2;
    /** The entity version of Alias_Address. */
    public static final int ADDRESS_ALIAS_VERSION = 1;
    /** The entity version of Alias_Mosaic. */
    public static final int MOSAIC_ALIAS_VERSION = 1;

    /** The most parts a namespace name has ({@code a.b.c}): a root and two levels of children. */
    public static final int MAX_DEPTH = 3;

    private NamespaceTypes() {
    }
}
