package io.sirius.plugin.accountlink.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/**
 * A main account links, or unlinks, a remote harvesting account.
 *
 * @param mainAccountKey the signer, whose balance the remote key harvests with
 * @param remoteAccountKey the remote key
 * @param linkAction the raw action byte (see {@link AccountLinkAction})
 */
public record RemoteAccountLinkNotification(PublicKey mainAccountKey, PublicKey remoteAccountKey, int linkAction)
        implements Notification {

    /** Checks the arguments. */
    public RemoteAccountLinkNotification {
        Objects.requireNonNull(mainAccountKey, "mainAccountKey");
        Objects.requireNonNull(remoteAccountKey, "remoteAccountKey");
        if (linkAction < 0 || linkAction > 0xFF) {
            throw new IllegalArgumentException("the link action is one byte, not " + linkAction);
        }
    }

    /** @return the action, or empty if the byte names none */
    public Optional<AccountLinkAction> action() {
        return AccountLinkAction.fromCode(linkAction);
    }
}
