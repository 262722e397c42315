package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import java.util.Optional;

/**
 * Keeps the owner index (the roots each account owns, and its address) in step with root registrations: a new root
 * joins its owner's set; a takeover moves the root from the previous owner's set to the new one's; a registration by
 * the same owner changes nothing. ROLLBACK does the reverse. The account REST routes read this index.
 */
public final class NamespaceOwnerIndexObserver implements Observer<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public void notify(RootNamespaceNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        RootNamespace root = namespaces.root(notification.namespaceId()).orElseThrow(() -> new IllegalStateException(
                "root " + notification.namespaceId() + " is not there"));
        boolean commit = context.mode() == NotifyMode.COMMIT;
        if (Registrations.created(root)) {
            if (commit) {
                namespaces.addOwned(root.owner(), root.ownerAddress(), root.id());
            } else {
                namespaces.removeOwned(root.owner(), root.ownerAddress(), root.id());
            }
            return;
        }
        Optional<RootTerm> previous = Registrations.replaced(root).filter(term -> !term.owner().equals(root.owner()));
        if (previous.isEmpty()) {
            return;
        }
        if (commit) {
            namespaces.removeOwned(previous.get().owner(), previous.get().ownerAddress(), root.id());
            namespaces.addOwned(root.owner(), root.ownerAddress(), root.id());
        } else {
            namespaces.removeOwned(root.owner(), root.ownerAddress(), root.id());
            namespaces.addOwned(previous.get().owner(), previous.get().ownerAddress(), root.id());
        }
    }
}
