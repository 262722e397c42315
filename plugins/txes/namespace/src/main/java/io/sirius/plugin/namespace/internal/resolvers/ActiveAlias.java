package io.sirius.plugin.namespace.internal.resolvers;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * The alias of a namespace whose root is not marked expired, as both resolvers need it.
 */
final class ActiveAlias {

    private ActiveAlias() {
    }

    /**
     * @param id the namespace
     * @param state the state to read
     * @return its alias, if the namespace exists and its root is active
     */
    static Optional<NamespaceAlias> of(NamespaceId id, StateView state) {
        return NamespaceView.of(state).find(id)
                .filter(entry -> !entry.root().expired())
                .map(entry -> entry.alias());
    }
}
