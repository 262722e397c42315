package io.sirius.plugin.upgrade.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A Blockchain_Upgrade was signed by {@code signer}, who must be the network's key.
 *
 * @param signer the transaction's signer
 */
public record BlockchainUpgradeSignerNotification(PublicKey signer) implements Notification {

    /** Checks for null. */
    public BlockchainUpgradeSignerNotification {
        Objects.requireNonNull(signer, "signer");
    }
}
