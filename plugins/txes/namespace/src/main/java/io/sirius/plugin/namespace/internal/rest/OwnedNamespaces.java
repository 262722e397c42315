package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceView;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The namespaces accounts own, as the account routes list them: for each account in the order given, its roots in
 * ascending id order, each followed by its children in ascending id order; then one page of that list, starting after
 * the namespace whose {@code meta.id} the request names (from the start without one; an empty page if that id is not
 * in the list). Found through the owner index: one lookup per account, per root and per child listed.
 */
final class OwnedNamespaces {

    private OwnedNamespaces() {
    }

    /**
     * @param namespaces the namespace cache
     * @param owners the accounts' keys ({@link NamespaceArguments#owner}); an account without one owns nothing
     * @param pageSize the page size
     * @param after the {@code meta.id} to start after, if any
     * @return the page, as {@link NamespaceJson} shows each namespace
     */
    static List<Map<String, Object>> page(NamespaceView namespaces, List<Optional<PublicKey>> owners, int pageSize,
            Optional<NamespaceId> after) {
        List<Map<String, Object>> page = new ArrayList<>();
        boolean started = after.isEmpty();
        for (Optional<PublicKey> owner : owners) {
            NamespaceIdSet roots = owner.map(namespaces::ownedBy).orElse(NamespaceIdSet.EMPTY);
            for (NamespaceId rootId : roots.ids()) {
                RootNamespace root = namespaces.root(rootId).orElseThrow(() -> new IllegalStateException(
                        "the owner index lists root " + rootId + ", which is not there"));
                List<NamespaceId> listed = new ArrayList<>();
                listed.add(rootId);
                listed.addAll(root.children().ids());
                for (NamespaceId id : listed) {
                    if (!started) {
                        started = after.get().equals(id);
                        continue;
                    }
                    if (page.size() == pageSize) {
                        return page;
                    }
                    NamespaceEntry entry = namespaces.find(id).orElseThrow(() -> new IllegalStateException(
                            "root " + rootId + " lists child " + id + ", which is not there"));
                    page.add(NamespaceJson.info(entry));
                }
            }
        }
        return page;
    }
}
