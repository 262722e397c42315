package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.EntityType;
import io.sirius.api.receipt.ReceiptType;

/**
 * The secret lock family's constants.
 */
public final class LockSecretTypes {
    /** The facility byte of the family (Sirius's LockSecret). */
    public static final int FACILITY = 0x52;
    /** The amount of a new lock taken from its owner (Sirius's {@code LockSecret_Created}, 0x3152). */
    public static final ReceiptType CREATED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_DEBIT, FACILITY, 1);
    /** The amount paid to the recipient on a valid proof ({@code LockSecret_Completed}, 0x2252). */
    public static final ReceiptType COMPLETED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_CREDIT, FACILITY, 2);
    /** A lock ended unused, its composite hash as the artifact ({@code LockSecret_Expired}, 0x2352). */
    public static final ReceiptType EXPIRED_RECEIPT = ReceiptType.of(ReceiptType.BALANCE_CREDIT, FACILITY, 3);
    /** Secret_Lock, 0x4152. */
    public static final EntityType SECRET_LOCK = EntityType.transaction(FACILITY, 1);
    /** Secret_Proof, 0x4252. */
    public static final EntityType SECRET_PROOF = EntityType.transaction(FACILITY, 2);
    /** The current entity version of Secret_Lock. */
    public static final int SECRET_LOCK_VERSION = 1;
    /** The current entity version of Secret_Proof. */
    public static final int SECRET_PROOF_VERSION = 1;

    private LockSecretTypes() {
    }
}
