package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

class AliasedMosaicIndexObserverTest extends AliasIndexObserverTestSupport {
    private static final MosaicId TARGET = new MosaicId(0x36CC4F72E42A81D3L);

    @Override
    NamespaceAlias alias() {
        return NamespaceAlias.of(TARGET);
    }

    @Override
    void observe(int action, ObserverContext context) {
        new AliasedMosaicIndexObserver().notify(new AliasedMosaicNotification(Fixtures.BETA, action, TARGET), context);
    }
}
