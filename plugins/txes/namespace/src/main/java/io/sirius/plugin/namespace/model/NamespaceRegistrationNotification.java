package io.sirius.plugin.namespace.model;

import io.sirius.api.notification.Notification;

/**
 * A namespace of a given type is being registered (Sirius's {@code Namespace_Registration}); the type byte as the
 * transaction carries it, judged by NamespaceTypeValidator.
 *
 * @param namespaceType the raw type byte: 0 root, 1 child
 */
public record NamespaceRegistrationNotification(int namespaceType) implements Notification {
}
