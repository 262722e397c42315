package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

class AliasedMosaicObserverTest extends AliasObserverTestSupport {
    private static final MosaicId TARGET = new MosaicId(0x36CC4F72E42A81D3L);

    @Override
    NamespaceAlias alias() {
        return NamespaceAlias.of(TARGET);
    }

    @Override
    void observe(NamespaceId id, int action, ObserverContext context) {
        new AliasedMosaicObserver().notify(new AliasedMosaicNotification(id, action, TARGET), context);
    }
}
