package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * A multisig account's cosignatories change (Sirius's {@code ModifyMultisigCosignersNotification}). Published only
 * when the transaction carries modifications.
 *
 * @param signer the multisig account
 * @param modifications the modifications, in wire order
 */
public record ModifyMultisigCosignersNotification(PublicKey signer, List<CosignatoryModification> modifications)
        implements Notification {

    /** Checks for null and copies the list. */
    public ModifyMultisigCosignersNotification {
        Objects.requireNonNull(signer, "signer");
        modifications = List.copyOf(modifications);
    }
}
