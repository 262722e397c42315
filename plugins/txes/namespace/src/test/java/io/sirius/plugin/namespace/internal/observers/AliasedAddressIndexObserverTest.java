package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.Address;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

class AliasedAddressIndexObserverTest extends AliasIndexObserverTestSupport {
    private static final Address TARGET = Fixtures.address(Fixtures.OTHER);

    @Override
    NamespaceAlias alias() {
        return NamespaceAlias.of(TARGET);
    }

    @Override
    void observe(int action, ObserverContext context) {
        new AliasedAddressIndexObserver().notify(new AliasedAddressNotification(Fixtures.BETA, action, TARGET),
                context);
    }
}
