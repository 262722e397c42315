package io.sirius.plugin.namespace.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed reads of the namespace cache: every lookup is one point lookup (two for a child's root), never a scan.
 *
 * <p>Extended by the plugin's writable delta; other code uses it as it is.
 */
public class NamespaceView {
    private final CacheView<NamespaceKey, NamespaceRecord> cache;

    /**
     * @param cache the namespace cache's view (or delta)
     */
    public NamespaceView(CacheView<NamespaceKey, NamespaceRecord> cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * @param state a state in which the namespace plugin's cache is registered
     * @return a view of its namespace cache
     */
    public static NamespaceView of(StateView state) {
        return new NamespaceView(state.cache(NamespaceCache.DESCRIPTOR));
    }

    /**
     * @param id a namespace id
     * @return whether a root or child has that id
     */
    public boolean contains(NamespaceId id) {
        return cache.contains(new NamespaceKey.Namespace(id));
    }

    /**
     * @param id a namespace id
     * @return the root with that id
     */
    public Optional<RootNamespace> root(NamespaceId id) {
        return cache.find(new NamespaceKey.Namespace(id))
                .filter(RootNamespace.class::isInstance).map(RootNamespace.class::cast);
    }

    /**
     * @param id a namespace id
     * @return the child with that id
     */
    public Optional<ChildNamespace> child(NamespaceId id) {
        return cache.find(new NamespaceKey.Namespace(id))
                .filter(ChildNamespace.class::isInstance).map(ChildNamespace.class::cast);
    }

    /**
     * @param id a namespace id
     * @return the namespace with its root
     * @throws IllegalStateException if a child's root is missing, which only corrupt state can cause
     */
    public Optional<NamespaceEntry> find(NamespaceId id) {
        Optional<NamespaceRecord> found = cache.find(new NamespaceKey.Namespace(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get() instanceof RootNamespace root) {
            return Optional.of(new NamespaceEntry(root, Optional.empty()));
        }
        ChildNamespace child = (ChildNamespace) found.get();
        RootNamespace root = root(child.rootId()).orElseThrow(() -> new IllegalStateException(
                "child namespace " + id + " has no root " + child.rootId()));
        return Optional.of(new NamespaceEntry(root, Optional.of(child)));
    }

    /**
     * @param entry a namespace
     * @return its dotted name, e.g. {@code prx.xpx}
     */
    public String fullName(NamespaceEntry entry) {
        if (entry.isRoot()) {
            return entry.root().name();
        }
        ChildNamespace child = entry.child().orElseThrow();
        StringBuilder name = new StringBuilder(entry.root().name());
        for (int i = 1; i < child.depth() - 1; i++) {
            NamespaceId middle = child.path().get(i);
            name.append('.').append(child(middle).orElseThrow(() -> new IllegalStateException(
                    "child namespace " + child.id() + " has no parent " + middle)).name());
        }
        return name.append('.').append(child.name()).toString();
    }

    /**
     * @param owner an account
     * @return the roots it owns now
     */
    public NamespaceIdSet ownedBy(PublicKey owner) {
        return idSet(new NamespaceKey.Owner(owner));
    }

    /**
     * @param address an account's address
     * @return its public key, if that account owns roots
     */
    public Optional<PublicKey> ownerKey(Address address) {
        return cache.find(new NamespaceKey.OwnerAddress(address)).map(r -> ((OwnerPublicKey) r).key());
    }

    /**
     * @param address an account's address
     * @return the namespaces that are aliases of it (expired ones included)
     */
    public NamespaceIdSet aliasesOf(Address address) {
        return idSet(new NamespaceKey.AliasedAddress(address));
    }

    /**
     * @param mosaicId a mosaic
     * @return the namespaces that are aliases of it (expired ones included)
     */
    public NamespaceIdSet aliasesOf(MosaicId mosaicId) {
        return idSet(new NamespaceKey.AliasedMosaic(mosaicId));
    }

    /**
     * @param height a height
     * @return the roots scheduled to expire there (some may have been renewed since: compare their lifetime)
     */
    public NamespaceIdSet expiringAt(Height height) {
        return idSet(new NamespaceKey.Expiry(height));
    }

    /**
     * @param key an index key
     * @return the index row, or the empty set
     */
    protected final NamespaceIdSet idSet(NamespaceKey key) {
        return cache.find(key).map(NamespaceIdSet.class::cast).orElse(NamespaceIdSet.EMPTY);
    }
}
