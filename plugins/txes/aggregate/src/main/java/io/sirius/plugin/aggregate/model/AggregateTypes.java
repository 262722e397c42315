package io.sirius.plugin.aggregate.model;

import io.sirius.api.entity.EntityTypes;
import io.sirius.api.model.EntityType;

/**
 * The aggregate family's constants. The V1 types carry 96-byte cosignatures ({@code Signer 32 | Signature 64}) and
 * entity versions 2 and 3 (Sirius's {@code Min_Version} and {@code Current_Version}); the V2 types of Sirius's
 * account-v2 line carry 97-byte cosignatures ({@code Scheme u8 | Signer 32 | Signature 64}) and entity version 1, as
 * the TypeScript SDK builds them.
 */
public final class AggregateTypes {
    /** The facility byte of the family. */
    public static final int FACILITY = 0x41;
    /** Aggregate_Complete, 0x4141. */
    public static final EntityType AGGREGATE_COMPLETE = EntityTypes.AGGREGATE_COMPLETE;
    /** Aggregate_Bonded, 0x4241. */
    public static final EntityType AGGREGATE_BONDED = EntityTypes.AGGREGATE_BONDED;
    /** Aggregate_Complete_V2, 0x4341. */
    public static final EntityType AGGREGATE_COMPLETE_V2 = EntityTypes.AGGREGATE_COMPLETE_V2;
    /** Aggregate_Bonded_V2, 0x4441. */
    public static final EntityType AGGREGATE_BONDED_V2 = EntityTypes.AGGREGATE_BONDED_V2;
    /** The oldest entity version of the V1 types. */
    public static final int V1_MIN_VERSION = 2;
    /** The current entity version of the V1 types. */
    public static final int V1_VERSION = 3;
    /** The only entity version of the V2 types. */
    public static final int V2_VERSION = 1;

    private AggregateTypes() {
    }

    /**
     * @param type an entity type
     * @return whether it is one of the two bonded types (announced incomplete, cosigned while it waits)
     */
    public static boolean isBonded(EntityType type) {
        return EntityTypes.isBondedAggregate(type);
    }

    /**
     * @param type an aggregate type
     * @return whether its cosignatures carry the signer's derivation scheme (the V2 types)
     */
    public static boolean hasExtendedCosignatures(EntityType type) {
        return EntityTypes.hasExtendedCosignatures(type);
    }
}
