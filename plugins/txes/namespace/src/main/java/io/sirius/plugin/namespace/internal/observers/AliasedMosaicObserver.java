package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * Sets or clears a namespace's mosaic alias (Sirius's {@code AliasedMosaicIdObserver}), as {@link AliasChange} says.
 */
public final class AliasedMosaicObserver implements Observer<AliasedMosaicNotification> {

    @Override
    public Class<AliasedMosaicNotification> notificationType() {
        return AliasedMosaicNotification.class;
    }

    @Override
    public void notify(AliasedMosaicNotification notification, ObserverContext context) {
        NamespaceAlias alias = AliasChange.sets(notification.action(), context.mode())
                ? NamespaceAlias.of(notification.mosaicId())
                : NamespaceAlias.none();
        NamespaceDelta.of(context.state()).setAlias(notification.namespaceId(), alias);
    }
}
