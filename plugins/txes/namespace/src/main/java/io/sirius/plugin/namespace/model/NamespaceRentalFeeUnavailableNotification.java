package io.sirius.plugin.namespace.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * The handler could not learn the rental fee terms (the namespace section and the currency) at the transaction's
 * height, so it could not publish the fee's balance transfer. NamespaceRentalFeeAvailableValidator refuses the
 * transaction: a registration is never accepted without its fee.
 *
 * @param signer the registering account
 */
public record NamespaceRentalFeeUnavailableNotification(PublicKey signer) implements Notification {

    /** Checks for null. */
    public NamespaceRentalFeeUnavailableNotification {
        Objects.requireNonNull(signer, "signer");
    }
}
