package io.sirius.plugin.lockhash.model;

import io.sirius.api.entity.EntityTypes;
import io.sirius.api.model.EntityType;
import io.sirius.api.receipt.ReceiptType;

/**
 * The hash lock family's constants, and the bonded aggregate types a hash lock guards.
 */
public final class LockHashTypes {
    /** The facility byte of the family (Sirius's LockHash). */
    public static final int FACILITY = 0x48;
    /** Hash_Lock, 0x4148. */
    public static final EntityType HASH_LOCK = EntityType.transaction(FACILITY, 1);
    /** The deposit of a new lock taken from its owner (Sirius's {@code LockHash_Created}, 0x3148). */
    public static final ReceiptType CREATED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_DEBIT, FACILITY, 1);
    /** The deposit returned to the owner when the bonded aggregate is confirmed ({@code LockHash_Completed}, 0x2248). */
    public static final ReceiptType COMPLETED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_CREDIT, FACILITY, 2);
    /** A lock ended unused, its hash as the artifact ({@code LockHash_Expired}, 0x2348). */
    public static final ReceiptType EXPIRED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_CREDIT, FACILITY, 3);
    /** The current entity version of Hash_Lock. */
    public static final int HASH_LOCK_VERSION = 1;
    /** Aggregate_Bonded, 0x4241. */
    public static final EntityType AGGREGATE_BONDED = EntityTypes.AGGREGATE_BONDED;
    /** Aggregate_Bonded_V2 (97-byte cosignatures carrying the scheme), 0x4441. */
    public static final EntityType AGGREGATE_BONDED_V2 = EntityTypes.AGGREGATE_BONDED_V2;

    private LockHashTypes() {
    }

    /**
     * @param type a transaction type
     * @return whether it is a bonded aggregate, which needs a hash lock
     */
    public static boolean isBondedAggregate(EntityType type) {
        return EntityTypes.isBondedAggregate(type);
    }
}
