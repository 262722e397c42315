package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import java.util.Optional;

/**
 * When another account takes a root over, the aliases the previous owner set on it and its children go, and with
 * them their entries in the aliased-address and aliased-mosaic indexes: removed on COMMIT, put back on ROLLBACK.
 */
public final class RootTakeoverAliasIndexObserver implements Observer<RootNamespaceNotification> {

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
        boolean commit = context.mode() == NotifyMode.COMMIT;
        apply(namespaces, commit, retired.get().rootAlias(), notification.namespaceId());
        for (ChildNamespace child : retired.get().children()) {
            apply(namespaces, commit, child.alias(), child.id());
        }
    }

    private static void apply(NamespaceDelta namespaces, boolean commit, NamespaceAlias alias, NamespaceId id) {
        if (commit) {
            namespaces.unindexAlias(alias, id);
        } else {
            namespaces.indexAlias(alias, id);
        }
    }
}
