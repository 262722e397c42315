package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;

/**
 * Every result code of the account link family (facility 0x4C), numbered and named as Sirius's {@code Results.h}
 * numbers and names them (171, 174 and 175 are unused there too).
 */
public enum AccountLinkResults implements FamilyFailure {
    /** The link action byte is neither link nor unlink. */
    INVALID_ACTION(170, "the link action is neither link (0) nor unlink (1)"),
    /** The signer's account is already linked, or is itself a remote. */
    LINK_ALREADY_EXISTS(172, "the main account is already linked to another account"),
    /** An unlink by an account that is not a linked main account. */
    LINK_DOES_NOT_EXIST(173, "the main account is not linked to another account"),
    /** An unlink naming another remote key than the current link's. */
    UNLINK_DATA_INCONSISTENCY(176, "the unlink names another remote key than the current link"),
    /** The remote account already exists and was never a remote account. */
    REMOTE_ACCOUNT_INELIGIBLE(177, "the remote account is in use: it must be new or a former remote account"),
    /** A remote account signed a transaction. */
    REMOTE_ACCOUNT_SIGNER_NOT_ALLOWED(178, "a remote account may not sign transactions"),
    /** A remote account takes part in a transaction other than an account link. */
    REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED(179, "a remote account may not take part in transactions");

    private final Definition definition;

    AccountLinkResults(int code, String reason) {
        definition = new Definition(AccountLinkTypes.FACILITY, "AccountLink", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
