package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.locksecret.model.LockSecretTypes;

/**
 * Every result code of the secret lock family (facility LockSecret, 0x52), numbered and named as Sirius's
 * {@code Results.h} numbers them.
 */
public enum LockSecretResults implements FamilyFailure {
    /** The hash algorithm is not one Sirius defines (0 to 3). */
    INVALID_HASH_ALGORITHM(1, "the hash algorithm is invalid"),
    /** A lock already exists under the secret and recipient. */
    HASH_EXISTS(2, "a lock with this secret and recipient exists"),
    /** The proof names an algorithm that is not implemented. */
    HASH_NOT_IMPLEMENTED(3, "the hash algorithm is not implemented"),
    /** The proof is shorter than minProofSize or longer than maxProofSize. */
    PROOF_SIZE_OUT_OF_BOUNDS(4, "the proof is too small or too large"),
    /** The proof does not hash to the secret. */
    SECRET_MISMATCH(5, "the proof does not hash to the secret"),
    /** No lock exists under the secret and recipient. */
    UNKNOWN_COMPOSITE_KEY(6, "no lock exists with this secret and recipient"),
    /** The lock was used or has ended. */
    INACTIVE_SECRET(7, "the lock was used or has ended"),
    /** The proof's algorithm is not the lock's. */
    HASH_ALGORITHM_MISMATCH(8, "the hash algorithm differs from the lock's"),
    /** The duration is zero or longer than maxSecretLockDuration. */
    INVALID_DURATION(9, "the lock duration is invalid"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(10, "the locksecret plugin's config section is malformed");

    private final Definition definition;

    LockSecretResults(int code, String reason) {
        definition = new Definition(LockSecretTypes.FACILITY, "LockSecret", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
