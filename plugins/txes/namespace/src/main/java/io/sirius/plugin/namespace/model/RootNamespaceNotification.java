package io.sirius.plugin.namespace.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A root namespace is registered or renewed (Sirius's {@code Root_Registration}). Unlike Sirius's it carries the name
 * too, because this node keeps names in the namespace cache (the REST routes answer names from it) where Sirius reads
 * them from its MongoDB copy of the transactions.
 *
 * @param signer the registering account
 * @param namespaceId the root's id
 * @param name the root's name (its ISO-8859-1 characters)
 * @param duration the rental duration in blocks; 0 means eternal
 */
public record RootNamespaceNotification(PublicKey signer, NamespaceId namespaceId, String name, BlockDuration duration)
        implements Notification {

    /** Checks for nulls. */
    public RootNamespaceNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return whether the registration asks for an eternal namespace (duration 0) */
    public boolean isEternal() {
        return duration.value() == 0;
    }
}
