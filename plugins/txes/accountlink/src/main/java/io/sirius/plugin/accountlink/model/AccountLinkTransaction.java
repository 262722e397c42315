package io.sirius.plugin.accountlink.model;

import io.sirius.api.model.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of an Account_Link (0x414C, version 2): {@code RemoteAccountKey 32 | LinkAction u8}.
 *
 * @param remoteAccountKey the remote harvesting key to link to, or unlink from, the signer's account
 * @param linkAction the raw action byte, 0 to 255 (0 link, 1 unlink; others are invalid but decodable)
 */
public record AccountLinkTransaction(PublicKey remoteAccountKey, int linkAction) {

    /** Checks the arguments. */
    public AccountLinkTransaction {
        Objects.requireNonNull(remoteAccountKey, "remoteAccountKey");
        if (linkAction < 0 || linkAction > 0xFF) {
            throw new IllegalArgumentException("the link action is one byte, not " + linkAction);
        }
    }

    /**
     * @param remoteAccountKey the remote key
     * @param action the action
     * @return the body
     */
    public static AccountLinkTransaction of(PublicKey remoteAccountKey, AccountLinkAction action) {
        return new AccountLinkTransaction(remoteAccountKey, action.code());
    }

    /** @return the action, or empty if the byte names none */
    public Optional<AccountLinkAction> action() {
        return AccountLinkAction.fromCode(linkAction);
    }
}
