package io.sirius.plugin.namespace.model;

import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/**
 * A namespace's address alias is linked or unlinked (Sirius's {@code Aliased_Address}).
 *
 * @param namespaceId the namespace
 * @param aliasAction the raw action byte: 0 link, 1 unlink
 * @param address the aliased account; on unlink it must be the one linked now
 */
public record AliasedAddressNotification(NamespaceId namespaceId, int aliasAction, Address address) implements Notification {

    /** Checks for nulls. */
    public AliasedAddressNotification {
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(address, "address");
    }

    /** @return the action, if the byte names one */
    public Optional<AliasAction> action() {
        return AliasAction.fromCode(aliasAction);
    }
}
