package io.sirius.api.entity;

import io.sirius.api.model.EntityType;

/**
 * Entity type codes the kernel and the wire format need to know (spec section 1.2). Each transaction
 * plugin declares its own types; only those with a meaning to the wire format or the kernel are here.
 */
public final class EntityTypes {
    /** Nemesis block, 0x8043 (version 3 only). */
    public static final EntityType NEMESIS_BLOCK = EntityType.NEMESIS_BLOCK;
    /** Every other block, 0x8143 (versions 3 to 7). */
    public static final EntityType BLOCK = EntityType.BLOCK;

    /** Aggregate complete, 0x4141: cosignatures of 96 bytes. */
    public static final EntityType AGGREGATE_COMPLETE = new EntityType(0x4141);
    /** Aggregate bonded, 0x4241: cosignatures of 96 bytes. */
    public static final EntityType AGGREGATE_BONDED = new EntityType(0x4241);
    /** Aggregate complete V2, 0x4341: cosignatures of 97 bytes (scheme byte first). */
    public static final EntityType AGGREGATE_COMPLETE_V2 = new EntityType(0x4341);
    /** Aggregate bonded V2, 0x4441: cosignatures of 97 bytes (scheme byte first). */
    public static final EntityType AGGREGATE_BONDED_V2 = new EntityType(0x4441);

    /** Transfer, 0x4154. */
    public static final EntityType TRANSFER = new EntityType(0x4154);
    /** Register namespace, 0x414E. */
    public static final EntityType REGISTER_NAMESPACE = new EntityType(0x414E);
    /** Address alias, 0x424E. */
    public static final EntityType ADDRESS_ALIAS = new EntityType(0x424E);
    /** Mosaic alias, 0x434E. */
    public static final EntityType MOSAIC_ALIAS = new EntityType(0x434E);
    /** Mosaic definition, 0x414D. */
    public static final EntityType MOSAIC_DEFINITION = new EntityType(0x414D);
    /** Mosaic supply change, 0x424D. */
    public static final EntityType MOSAIC_SUPPLY_CHANGE = new EntityType(0x424D);
    /** Modify multisig account, 0x4155. */
    public static final EntityType MODIFY_MULTISIG_ACCOUNT = new EntityType(0x4155);
    /** Hash lock, 0x4148. */
    public static final EntityType HASH_LOCK = new EntityType(0x4148);
    /** Secret lock, 0x4152. */
    public static final EntityType SECRET_LOCK = new EntityType(0x4152);
    /** Secret proof, 0x4252. */
    public static final EntityType SECRET_PROOF = new EntityType(0x4252);
    /** Account link, 0x414C. */
    public static final EntityType ACCOUNT_LINK = new EntityType(0x414C);
    /** Network config, 0x4159. */
    public static final EntityType NETWORK_CONFIG = new EntityType(0x4159);
    /** Blockchain upgrade, 0x4158. */
    public static final EntityType BLOCKCHAIN_UPGRADE = new EntityType(0x4158);
    /** Account V2 upgrade, 0x4258 (v2.0.0-rc branch). */
    public static final EntityType ACCOUNT_V2_UPGRADE = new EntityType(0x4258);

    private EntityTypes() {
    }

    /**
     * @param type an entity type
     * @return whether it is one of the four aggregate types
     */
    public static boolean isAggregate(EntityType type) {
        return type.facility() == 0x41 && type.isTransaction() && type.code() >= 1 && type.code() <= 4;
    }

    /**
     * @param type an entity type
     * @return whether it is a bonded aggregate (0x4241 or 0x4441): announced incomplete, cosigned while it waits
     */
    public static boolean isBondedAggregate(EntityType type) {
        return type.equals(AGGREGATE_BONDED) || type.equals(AGGREGATE_BONDED_V2);
    }

    /**
     * @param type an aggregate type
     * @return whether its cosignatures carry a scheme byte (97 bytes) rather than 96
     */
    public static boolean hasExtendedCosignatures(EntityType type) {
        return type.equals(AGGREGATE_COMPLETE_V2) || type.equals(AGGREGATE_BONDED_V2);
    }

    /**
     * @param type a block type
     * @return whether it is a block type of this chain (0x8043 or 0x8143)
     */
    public static boolean isBlock(EntityType type) {
        return type.equals(BLOCK) || type.equals(NEMESIS_BLOCK);
    }
}
