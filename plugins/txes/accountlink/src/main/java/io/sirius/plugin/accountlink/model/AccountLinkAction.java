package io.sirius.plugin.accountlink.model;

import java.util.Optional;

/**
 * What an Account_Link asks for, with Sirius's wire values. The wire byte may hold any value; only these two are
 * valid, which a validator checks (a transaction with another value decodes, then fails with
 * {@code Failure_AccountLink_Invalid_Action}, as in Sirius).
 */
public enum AccountLinkAction {
    /** Link the remote key to the signer's account. */
    LINK(0),
    /** Undo the signer's current link. */
    UNLINK(1);

    private final int code;

    AccountLinkAction(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }

    /**
     * @param code a wire value, 0 to 255
     * @return the action, or empty if the value names none
     */
    public static Optional<AccountLinkAction> fromCode(int code) {
        for (AccountLinkAction action : values()) {
            if (action.code == code) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
