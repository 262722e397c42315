package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import java.util.Optional;

/**
 * When another account takes a root over, the previous owner's children go: their rows are removed on COMMIT and put
 * back on ROLLBACK, from the retired holdings RootNamespaceObserver kept (Sirius drops them from its flat map too).
 * A root has at most {@code maxChildNamespaces} children, so this is bounded work.
 */
public final class RootTakeoverChildrenObserver implements Observer<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public void notify(RootNamespaceNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        Optional<RetiredHoldings> retired = namespaces.root(notification.namespaceId()).flatMap(Registrations::retired);
        if (retired.isEmpty()) {
            return;
        }
        for (ChildNamespace child : retired.get().children()) {
            if (context.mode() == NotifyMode.COMMIT) {
                namespaces.remove(child.id());
            } else {
                namespaces.put(child);
            }
        }
    }
}
