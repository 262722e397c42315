package io.sirius.plugin.namespace.model;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone links or unlinks a namespace's alias (Sirius's {@code Alias_Owner}): the action must be known, and the
 * namespace must exist, be active and belong to {@code owner}.
 *
 * @param owner the transaction's signer
 * @param namespaceId the namespace
 * @param aliasAction the raw action byte: 0 link, 1 unlink
 */
public record AliasOwnerNotification(PublicKey owner, NamespaceId namespaceId, int aliasAction) implements Notification {

    /** Checks for nulls. */
    public AliasOwnerNotification {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(namespaceId, "namespaceId");
    }

    /** @return the action, if the byte names one */
    public Optional<AliasAction> action() {
        return AliasAction.fromCode(aliasAction);
    }
}
