package io.sirius.plugin.property.model;

import io.sirius.api.model.EntityType;

/**
 * The property family's constants.
 */
public final class PropertyTypes {
    /** The facility byte of the family (Sirius's Property). */
    public static final int FACILITY = 0x50;
    /** Address_Property, 0x4150. */
    public static final EntityType ADDRESS_PROPERTY = EntityType.transaction(FACILITY, 1);
    /** Mosaic_Property, 0x4250. */
    public static final EntityType MOSAIC_PROPERTY = EntityType.transaction(FACILITY, 2);
    /** Transaction_Type_Property, 0x4350. */
    public static final EntityType TRANSACTION_TYPE_PROPERTY = EntityType.transaction(FACILITY, 3);
    /** The current entity version of the three types. */
    public static final int VERSION = 1;

    private PropertyTypes() {
    }
}
