package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * Keeps the aliased-mosaic index (the namespaces that are aliases of a mosaic, for {@code POST /mosaic/names}) in
 * step with mosaic links and unlinks, as {@link AliasChange} says.
 */
public final class AliasedMosaicIndexObserver implements Observer<AliasedMosaicNotification> {

    @Override
    public Class<AliasedMosaicNotification> notificationType() {
        return AliasedMosaicNotification.class;
    }

    @Override
    public void notify(AliasedMosaicNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        NamespaceAlias alias = NamespaceAlias.of(notification.mosaicId());
        if (AliasChange.sets(notification.action(), context.mode())) {
            namespaces.indexAlias(alias, notification.namespaceId());
        } else {
            namespaces.unindexAlias(alias, notification.namespaceId());
        }
    }
}
