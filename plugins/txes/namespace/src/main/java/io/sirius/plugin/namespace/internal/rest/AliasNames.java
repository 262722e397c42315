package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The full names of the active namespaces among those an alias index lists, in ascending id order: what the
 * account-names and mosaic-names routes answer (js-xpx-chain-rest lists the namespaces whose end height is above the
 * chain height; this node reads the roots' expiry flag, the same fact).
 */
final class AliasNames {

    private AliasNames() {
    }

    /**
     * @param namespaces the namespace cache
     * @param aliases the namespaces that are aliases of an address or a mosaic
     * @return the full names of the active ones
     */
    static List<String> of(NamespaceView namespaces, NamespaceIdSet aliases) {
        List<String> names = new ArrayList<>();
        for (NamespaceId id : aliases.ids()) {
            Optional<NamespaceEntry> entry = namespaces.find(id).filter(e -> !e.root().expired());
            entry.ifPresent(e -> names.add(namespaces.fullName(e)));
        }
        return names;
    }
}
