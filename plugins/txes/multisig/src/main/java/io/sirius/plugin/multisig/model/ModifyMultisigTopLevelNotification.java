package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A Modify_Multisig_Account announced on its own rather than inside an aggregate. Sirius registers the type as
 * embeddable only (its plugin does not support top level), so that the cosignatories it adds approve it by cosigning
 * the aggregate; the plugin API cannot yet say "embedded only", so the handler publishes this and a validator refuses
 * it as Sirius refuses the bytes: {@code Failure_Consumer_Malformed}.
 *
 * @param signer the transaction's signer
 */
public record ModifyMultisigTopLevelNotification(PublicKey signer) implements Notification {

    /** Checks for null. */
    public ModifyMultisigTopLevelNotification {
        Objects.requireNonNull(signer, "signer");
    }
}
