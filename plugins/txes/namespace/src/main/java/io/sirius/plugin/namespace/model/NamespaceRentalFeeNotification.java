package io.sirius.plugin.namespace.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A registration owes its rental fee (where Sirius's handler publishes the fee's balance transfer). A handler sees
 * no config, so the plugin's NamespaceRentalFeeDerivation turns this into the core notifications that move the fee,
 * with the fee, sink and currency in force at the height.
 *
 * @param signer the registering account, who pays
 * @param namespaceType the raw type byte (0 root; Sirius charges any other byte as a child)
 * @param duration a root's rental duration (0 = eternal, which is free); 0 for a child
 */
public record NamespaceRentalFeeNotification(PublicKey signer, int namespaceType, BlockDuration duration)
        implements Notification {

    /** Checks for nulls. */
    public NamespaceRentalFeeNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return whether the fee is a root's */
    public boolean isRoot() {
        return namespaceType == NamespaceType.ROOT.code();
    }
}
