package io.sirius.plugin.namespace.model;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A child namespace is registered under an existing one (Sirius's {@code Child_Registration}), with its name part
 * for the cache (see {@link RootNamespaceNotification}).
 *
 * @param signer the registering account, who must own the root
 * @param namespaceId the child's id
 * @param parentId the parent's id (a root or a child of depth 2)
 * @param name the child's last name part
 */
public record ChildNamespaceNotification(PublicKey signer, NamespaceId namespaceId, NamespaceId parentId, String name)
        implements Notification {

    /** Checks for nulls. */
    public ChildNamespaceNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(name, "name");
    }
}
