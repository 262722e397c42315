package io.sirius.plugin.metadata.model;

import io.sirius.api.model.EntityType;

/**
 * The six transaction types of the family: a target (account, mosaic or namespace) in the plain form, or in the
 * extended form that also carries an immutability flag. One body record, codec, handler and JSON writer serve them
 * all, each told its form.
 */
public enum MetadataForm {
    /** Account_Metadata_v2, 0x413F. */
    ACCOUNT("Account_Metadata_v2", MetadataTypes.ACCOUNT_METADATA, MetadataType.ACCOUNT, false),
    /** Mosaic_Metadata_v2, 0x423F. */
    MOSAIC("Mosaic_Metadata_v2", MetadataTypes.MOSAIC_METADATA, MetadataType.MOSAIC, false),
    /** Namespace_Metadata_v2, 0x433F. */
    NAMESPACE("Namespace_Metadata_v2", MetadataTypes.NAMESPACE_METADATA, MetadataType.NAMESPACE, false),
    /** Account_Extended_Metadata_v2, 0x443F. */
    ACCOUNT_EXTENDED("Account_Extended_Metadata_v2", MetadataTypes.ACCOUNT_EXTENDED_METADATA, MetadataType.ACCOUNT, true),
    /** Mosaic_Extended_Metadata_v2, 0x453F. */
    MOSAIC_EXTENDED("Mosaic_Extended_Metadata_v2", MetadataTypes.MOSAIC_EXTENDED_METADATA, MetadataType.MOSAIC, true),
    /** Namespace_Extended_Metadata_v2, 0x463F. */
    NAMESPACE_EXTENDED("Namespace_Extended_Metadata_v2", MetadataTypes.NAMESPACE_EXTENDED_METADATA, MetadataType.NAMESPACE,
            true);

    private final String siriusName;
    private final EntityType type;
    private final MetadataType target;
    private final boolean extended;

    MetadataForm(String siriusName, EntityType type, MetadataType target, boolean extended) {
        this.siriusName = siriusName;
        this.type = type;
        this.target = target;
        this.extended = extended;
    }

    /** @return the name Sirius's supported-entities config gives the type */
    public String siriusName() {
        return siriusName;
    }

    /** @return the entity type */
    public EntityType type() {
        return type;
    }

    /** @return what the metadata is attached to */
    public MetadataType target() {
        return target;
    }

    /** @return whether the body carries the immutability flag */
    public boolean extended() {
        return extended;
    }

    /** @return whether the body carries a target id (mosaic or namespace id) */
    public boolean hasTargetId() {
        return target != MetadataType.ACCOUNT;
    }
}
