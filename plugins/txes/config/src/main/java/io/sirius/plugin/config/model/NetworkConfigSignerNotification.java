package io.sirius.plugin.config.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A Network_Config was signed by {@code signer}, who must be the network's key.
 *
 * @param signer the transaction's signer
 */
public record NetworkConfigSignerNotification(PublicKey signer) implements Notification {

    /** Checks for null. */
    public NetworkConfigSignerNotification {
        Objects.requireNonNull(signer, "signer");
    }
}
