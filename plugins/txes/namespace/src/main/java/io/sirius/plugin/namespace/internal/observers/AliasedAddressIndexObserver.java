package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * Keeps the aliased-address index (the namespaces that are aliases of an address, for {@code POST /account/names})
 * in step with address links and unlinks, as {@link AliasChange} says.
 */
public final class AliasedAddressIndexObserver implements Observer<AliasedAddressNotification> {

    @Override
    public Class<AliasedAddressNotification> notificationType() {
        return AliasedAddressNotification.class;
    }

    @Override
    public void notify(AliasedAddressNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        NamespaceAlias alias = NamespaceAlias.of(notification.address());
        if (AliasChange.sets(notification.action(), context.mode())) {
            namespaces.indexAlias(alias, notification.namespaceId());
        } else {
            namespaces.unindexAlias(alias, notification.namespaceId());
        }
    }
}
