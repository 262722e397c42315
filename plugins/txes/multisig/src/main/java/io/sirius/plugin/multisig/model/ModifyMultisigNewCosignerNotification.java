package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A cosignatory is being added to a multisig account (Sirius's {@code ModifyMultisigNewCosignerNotification}),
 * published before the modifications themselves so that loops, depth and the cosignatory's load are judged on the
 * graph as it stands.
 *
 * @param multisigAccount the account gaining the cosignatory
 * @param cosignatory the new cosignatory
 */
public record ModifyMultisigNewCosignerNotification(PublicKey multisigAccount, PublicKey cosignatory)
        implements Notification {

    /** Checks for null. */
    public ModifyMultisigNewCosignerNotification {
        Objects.requireNonNull(multisigAccount, "multisigAccount");
        Objects.requireNonNull(cosignatory, "cosignatory");
    }
}
