package io.sirius.plugin.accountlink.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * An account is about to become a remote harvesting account. Published before the remote key's
 * {@link io.sirius.api.notification.AccountPublicKeyNotification}, which creates the account if it is new, so the
 * validator sees the account as it was before the transaction.
 *
 * @param remoteAccountKey the remote key
 */
public record NewRemoteAccountNotification(PublicKey remoteAccountKey) implements Notification {

    /** Checks for null. */
    public NewRemoteAccountNotification {
        Objects.requireNonNull(remoteAccountKey, "remoteAccountKey");
    }
}
