package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A namespace as js-xpx-chain-rest shows it (the SDK's {@code NamespaceInfoDTO}):
 *
 * <pre>
 * {"meta": {"active", "index", "id"},
 *  "namespace": {"type", "depth", "level0", ["level1", ["level2"]], "alias": {"type", ["mosaicId" | "address"]},
 *                "parentId", "owner", "ownerAddress", "startHeight", "endHeight"}}
 * </pre>
 *
 * <p>{@code meta.active} is whether the root is active at the state's height (its expiry flag): js-xpx-chain-rest shows
 * only the newest version of a namespace, always active there, expired or not; this node shows the same namespace and
 * says whether it can be used. {@code meta.index} is the number of earlier terms of the root (the newest version's
 * index in Sirius's history), {@code meta.id} the namespace id in hex, which is also the paging key of the account
 * routes. Child namespaces show their root's owner and lifetime, as in Sirius.
 */
final class NamespaceJson {

    private NamespaceJson() {
    }

    /**
     * @param entry a namespace
     * @return its JSON
     */
    static Map<String, Object> info(NamespaceEntry entry) {
        RootNamespace root = entry.root();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("active", !root.expired());
        meta.put("index", root.history().size());
        meta.put("id", entry.id().toHex());
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("type", entry.isRoot() ? 0 : 1);
        namespace.put("depth", entry.depth());
        List<NamespaceId> path = entry.path();
        for (int level = 0; level < path.size(); level++) {
            namespace.put("level" + level, new Uint64(path.get(level).value()));
        }
        namespace.put("alias", alias(entry.alias()));
        namespace.put("parentId", new Uint64(entry.parentId().value()));
        namespace.put("owner", root.owner().toHex());
        namespace.put("ownerAddress", root.ownerAddress().toHex());
        namespace.put("startHeight", new Uint64(root.lifetime().start().value()));
        namespace.put("endHeight", new Uint64(root.lifetime().end().value()));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("meta", meta);
        info.put("namespace", namespace);
        return info;
    }

    private static Map<String, Object> alias(NamespaceAlias alias) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", alias.type().code());
        alias.mosaicId().ifPresent(id -> json.put("mosaicId", new Uint64(id.value())));
        alias.address().ifPresent(address -> json.put("address", address.toHex()));
        return json;
    }
}
