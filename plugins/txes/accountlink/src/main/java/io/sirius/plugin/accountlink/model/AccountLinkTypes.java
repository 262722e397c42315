package io.sirius.plugin.accountlink.model;

import io.sirius.api.model.EntityType;

/**
 * The account link family's constants.
 */
public final class AccountLinkTypes {
    /** The facility byte of the family, AccountLink. */
    public static final int FACILITY = 0x4C;
    /** Account_Link, 0x414C. */
    public static final EntityType ACCOUNT_LINK = EntityType.transaction(FACILITY, 1);
    /** The current, and only, entity version of Account_Link. */
    public static final int ACCOUNT_LINK_VERSION = 2;

    private AccountLinkTypes() {
    }
}
