package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RootNamespace;

/**
 * Schedules the expiry of the lifetime a registration gave a root: its id goes into the expiry index under the end
 * height (unless the root is eternal or already ended), where NamespaceExpiryObserver finds it; ROLLBACK takes it out.
 *
 * <p>A renewal does not unschedule the old end: NamespaceExpiryObserver skips a root whose end has moved. A root's end
 * only grows from one registration to the next, so a (height, root) pair is scheduled at most once, and removing it on
 * rollback restores the index exactly. Entries for past heights stay (a few bytes per registration): pruning them
 * safely needs the chain's maxRollbackBlocks, which the plugin API does not give.
 */
public final class NamespaceExpiryScheduleObserver implements Observer<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public void notify(RootNamespaceNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        RootNamespace root = namespaces.root(notification.namespaceId()).orElseThrow(() -> new IllegalStateException(
                "root " + notification.namespaceId() + " is not there"));
        NamespaceLifetime lifetime = root.lifetime();
        if (lifetime.isEternal() || lifetime.end().compareTo(context.height()) <= 0) {
            return;
        }
        if (context.mode() == NotifyMode.COMMIT) {
            namespaces.scheduleExpiry(lifetime.end(), root.id());
        } else {
            namespaces.unscheduleExpiry(lifetime.end(), root.id());
        }
    }
}
