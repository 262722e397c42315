package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.multisig.model.MultisigTypes;

/**
 * Every result code of the multisig family (facility 0x55), named and numbered as Sirius's {@code Results.h}. The
 * aggregate cosigner rules answer with the aggregate family's codes
 * ({@link io.sirius.plugin.aggregate.model.AggregateResults}), as in Sirius.
 */
public enum MultisigResults implements FamilyFailure {
    /** An account is both added and removed. */
    MODIFY_ACCOUNT_IN_BOTH_SETS(1, "an account is both added and removed"),
    /** More than one cosignatory is removed. */
    MODIFY_MULTIPLE_DELETES(2, "a modification removes more than one cosignatory"),
    /** The same modification appears twice. */
    MODIFY_REDUNDANT_MODIFICATIONS(3, "a cosignatory is added or removed twice"),
    /** A removal from an account that is not in the multisig graph. */
    MODIFY_UNKNOWN_MULTISIG_ACCOUNT(4, "the account to remove a cosignatory from is not a multisig account"),
    /** A removal of an account that is no cosignatory. */
    MODIFY_NOT_A_COSIGNER(5, "the account to remove is not a cosignatory"),
    /** An addition of an account that already is a cosignatory. */
    MODIFY_ALREADY_A_COSIGNER(6, "the account to add already is a cosignatory"),
    /** The new minimums fall below what is allowed. */
    MODIFY_MIN_SETTING_OUT_OF_RANGE(7, "the new minimums are out of range"),
    /** The new minimums exceed the number of cosignatories. */
    MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES(8, "the new minimums exceed the number of cosignatories"),
    /** A modification type other than add and delete. */
    MODIFY_UNSUPPORTED_MODIFICATION_TYPE(9, "a modification type is neither add (0) nor delete (1)"),
    /** The new cosignatory already cosigns the most accounts allowed. */
    MODIFY_MAX_COSIGNED_ACCOUNTS(10, "the new cosignatory already cosigns maxCosignedAccountsPerAccount accounts"),
    /** The account would have more cosignatories than allowed. */
    MODIFY_MAX_COSIGNERS(11, "the account would have more than maxCosignersPerAccount cosignatories"),
    /** The new cosignatory would close a loop in the multisig graph. */
    MODIFY_LOOP(12, "the new cosignatory would make the multisig graph a loop"),
    /** The multisig graph would be deeper than allowed. */
    MODIFY_MAX_MULTISIG_DEPTH(13, "the multisig graph would have more than maxMultisigDepth levels"),
    /** A multisig account signs a transaction itself. */
    OPERATION_NOT_PERMITTED_BY_ACCOUNT(0x0800, "a multisig account may not sign a transaction; its cosignatories do"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(14, "the multisig plugin's config section is malformed");

    private final Definition definition;

    MultisigResults(int code, String reason) {
        definition = new Definition(MultisigTypes.FACILITY, "Multisig", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
