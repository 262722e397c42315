package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A multisig account's minimums change (Sirius's {@code ModifyMultisigSettingsNotification}). Published after the
 * cosignatory modifications, so that the new minimums are judged against the new cosignatories.
 *
 * @param signer the multisig account
 * @param minRemovalDelta the change of the removal minimum, -128 to 127
 * @param minApprovalDelta the change of the approval minimum, -128 to 127
 * @param modificationsCount how many cosignatory modifications the transaction carries
 */
public record ModifyMultisigSettingsNotification(PublicKey signer, int minRemovalDelta, int minApprovalDelta,
        int modificationsCount) implements Notification {

    /** Checks for null. */
    public ModifyMultisigSettingsNotification {
        Objects.requireNonNull(signer, "signer");
    }
}
