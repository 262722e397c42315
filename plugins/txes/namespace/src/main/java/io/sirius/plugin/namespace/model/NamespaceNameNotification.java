package io.sirius.plugin.namespace.model;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A namespace name is claimed (Sirius's {@code Namespace_Name}): the name must be valid, the id must be derived from
 * the parent and the name, and reserved roots are the network's.
 *
 * @param signer the registering account
 * @param namespaceId the claimed id
 * @param parentId the parent's id, {@link NamespaceIds#ROOT_PARENT} for a root
 * @param name the last name part (ISO-8859-1 characters, one per byte)
 */
public record NamespaceNameNotification(PublicKey signer, NamespaceId namespaceId, NamespaceId parentId, String name)
        implements Notification {

    /** Checks for nulls. */
    public NamespaceNameNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(name, "name");
    }

    /** @return whether the name is a root's */
    public boolean isRoot() {
        return parentId.equals(NamespaceIds.ROOT_PARENT);
    }
}
