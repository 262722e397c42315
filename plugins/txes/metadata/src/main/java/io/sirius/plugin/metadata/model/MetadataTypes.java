package io.sirius.plugin.metadata.model;

import io.sirius.api.model.EntityType;

/**
 * The metadata_v2 family's constants: the facility and its six transaction types, all at entity version 1.
 */
public final class MetadataTypes {
    /** The facility byte of the family, Metadata_v2 (the legacy metadata plugin is 0x3D). */
    public static final int FACILITY = 0x3F;
    /** Account_Metadata_v2, 0x413F. */
    public static final EntityType ACCOUNT_METADATA = EntityType.transaction(FACILITY, 1);
    /** Mosaic_Metadata_v2, 0x423F. */
    public static final EntityType MOSAIC_METADATA = EntityType.transaction(FACILITY, 2);
    /** Namespace_Metadata_v2, 0x433F. */
    public static final EntityType NAMESPACE_METADATA = EntityType.transaction(FACILITY, 3);
    /** Account_Extended_Metadata_v2, 0x443F. */
    public static final EntityType ACCOUNT_EXTENDED_METADATA = EntityType.transaction(FACILITY, 4);
    /** Mosaic_Extended_Metadata_v2, 0x453F. */
    public static final EntityType MOSAIC_EXTENDED_METADATA = EntityType.transaction(FACILITY, 5);
    /** Namespace_Extended_Metadata_v2, 0x463F. */
    public static final EntityType NAMESPACE_EXTENDED_METADATA = EntityType.transaction(FACILITY, 6);
    /** The current, and only, entity version of every type of the family. */
    public static final int VERSION = 1;

    private MetadataTypes() {
    }
}
