package io.sirius.api.notification;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;

/**
 * A transaction acts on a namespace as its owner (for example, attaches metadata to it): the namespace must exist,
 * be active and belong to {@code owner}. The namespace plugin validates it.
 *
 * @param owner who claims the namespace
 * @param namespaceId the namespace
 */
public record NamespaceRequiredNotification(PublicKey owner, NamespaceId namespaceId) implements Notification {
}
