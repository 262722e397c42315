package io.sirius.kernel.internal.pipeline;

import io.sirius.api.notification.Notification;

/**
 * The kernel's marker, published before each embedded transaction's own notifications: what observers record from
 * here on belongs to the aggregate's next embedded transaction (its receipt source's secondary id goes up by one, as
 * Sirius's source-change notification does). No plugin sees it: nothing validates or observes it.
 */
final class EmbeddedSourceNotification implements Notification {
    /** The one instance. */
    static final EmbeddedSourceNotification NEXT = new EmbeddedSourceNotification();

    private EmbeddedSourceNotification() {
    }

    @Override
    public String toString() {
        return "EmbeddedSourceNotification";
    }
}
