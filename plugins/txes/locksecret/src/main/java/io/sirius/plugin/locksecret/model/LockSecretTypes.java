package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.EntityType;

/**
 * The secret lock family's constants.
 */
public final class LockSecretTypes {
    /** The facility byte of the family (Sirius's LockSecret). */
    public static final int FACILITY = 0x52;
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
