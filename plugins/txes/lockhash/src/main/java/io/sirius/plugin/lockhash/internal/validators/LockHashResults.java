package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.lockhash.model.LockHashTypes;

/**
 * Every result code of the hash lock family (facility LockHash, 0x48), numbered and named as Sirius's
 * {@code Results.h} numbers them.
 */
public enum LockHashResults implements FamilyFailure {
    /** The deposit is not the currency mosaic. */
    INVALID_MOSAIC_ID(1, "the lock's mosaic is not the currency"),
    /** The deposit is not lockedFundsPerAggregate. */
    INVALID_MOSAIC_AMOUNT(2, "the lock's amount is not lockedFundsPerAggregate"),
    /** A lock of the hash exists. */
    HASH_EXISTS(3, "a lock of this hash exists"),
    /** No lock of the bonded aggregate's hash exists. */
    HASH_DOES_NOT_EXIST(4, "no lock of this aggregate's hash exists"),
    /** The lock was used or has ended. */
    INACTIVE_HASH(5, "the lock of this aggregate was used or has ended"),
    /** The duration is zero or longer than maxHashLockDuration. */
    INVALID_DURATION(6, "the lock duration is invalid"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(7, "the lockhash plugin's config section is malformed");

    private final Definition definition;

    LockHashResults(int code, String reason) {
        definition = new Definition(LockHashTypes.FACILITY, "LockHash", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
