package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * Sets or clears a namespace's address alias (Sirius's {@code AliasedAddressObserver}), as {@link AliasChange} says.
 */
public final class AliasedAddressObserver implements Observer<AliasedAddressNotification> {

    @Override
    public Class<AliasedAddressNotification> notificationType() {
        return AliasedAddressNotification.class;
    }

    @Override
    public void notify(AliasedAddressNotification notification, ObserverContext context) {
        NamespaceAlias alias = AliasChange.sets(notification.action(), context.mode())
                ? NamespaceAlias.of(notification.address())
                : NamespaceAlias.none();
        NamespaceDelta.of(context.state()).setAlias(notification.namespaceId(), alias);
    }
}
