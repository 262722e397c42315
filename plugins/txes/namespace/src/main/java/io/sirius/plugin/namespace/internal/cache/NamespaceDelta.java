package io.sirius.plugin.namespace.internal.cache;

import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.IndexDelta;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceCache;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceKey;
import io.sirius.plugin.namespace.state.NamespaceRecord;
import io.sirius.plugin.namespace.state.NamespaceView;
import io.sirius.plugin.namespace.state.OwnerPublicKey;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.Objects;

/**
 * The namespace cache of the block being applied or rolled back, with typed writes. Putting and removing roots also
 * keeps the plugin's {@link GraceEnds} index.
 */
public final class NamespaceDelta extends NamespaceView {
    private final CacheDelta<NamespaceKey, NamespaceRecord> cache;
    private final IndexDelta graceEnds;

    /**
     * @param cache the namespace cache's delta
     * @param graceEnds the {@link GraceEnds} index's delta
     */
    public NamespaceDelta(CacheDelta<NamespaceKey, NamespaceRecord> cache, IndexDelta graceEnds) {
        super(cache);
        this.cache = Objects.requireNonNull(cache, "cache");
        this.graceEnds = Objects.requireNonNull(graceEnds, "graceEnds");
    }

    /**
     * @param state the block's state delta
     * @return its namespace cache
     */
    public static NamespaceDelta of(StateDelta state) {
        return new NamespaceDelta(state.cache(NamespaceCache.DESCRIPTOR), state.index(GraceEnds.DESCRIPTOR));
    }

    /**
     * @param root a root to insert or replace
     */
    public void put(RootNamespace root) {
        root(root.id()).flatMap(GraceEnds::key).ifPresent(graceEnds::remove);
        cache.put(new NamespaceKey.Namespace(root.id()), root);
        GraceEnds.key(root).ifPresent(key -> graceEnds.put(key, new byte[0]));
    }

    /**
     * @param child a child to insert or replace
     */
    public void put(ChildNamespace child) {
        cache.put(new NamespaceKey.Namespace(child.id()), child);
    }

    /**
     * @param id a namespace (root or child) to remove
     */
    public void remove(NamespaceId id) {
        root(id).flatMap(GraceEnds::key).ifPresent(graceEnds::remove);
        cache.remove(new NamespaceKey.Namespace(id));
    }

    /**
     * Sets the alias of a root or a child.
     *
     * @param id the namespace
     * @param alias the new alias
     * @throws IllegalStateException if there is no such namespace (validators rule that out)
     */
    public void setAlias(NamespaceId id, NamespaceAlias alias) {
        RootNamespace root = root(id).orElse(null);
        if (root != null) {
            put(root.withAlias(alias));
            return;
        }
        ChildNamespace child = child(id).orElseThrow(() -> new IllegalStateException("no namespace " + id + " to alias"));
        put(child.withAlias(alias));
    }

    /**
     * @param height a height
     * @param root a root whose lifetime ends there
     */
    public void scheduleExpiry(Height height, NamespaceId root) {
        add(new NamespaceKey.Expiry(height), root);
    }

    /**
     * @param height a height
     * @param root a root no longer scheduled to expire there
     */
    public void unscheduleExpiry(Height height, NamespaceId root) {
        remove(new NamespaceKey.Expiry(height), root);
    }

    /**
     * Records that an account owns a root, and the account's address.
     *
     * @param owner the account's key
     * @param ownerAddress its address
     * @param root the root
     */
    public void addOwned(PublicKey owner, Address ownerAddress, NamespaceId root) {
        NamespaceKey key = new NamespaceKey.Owner(owner);
        NamespaceIdSet owned = idSet(key);
        if (owned.isEmpty()) {
            cache.put(new NamespaceKey.OwnerAddress(ownerAddress), new OwnerPublicKey(owner));
        }
        cache.put(key, owned.with(root));
    }

    /**
     * Records that an account no longer owns a root; its address row goes with its last root.
     *
     * @param owner the account's key
     * @param ownerAddress its address
     * @param root the root
     */
    public void removeOwned(PublicKey owner, Address ownerAddress, NamespaceId root) {
        NamespaceKey key = new NamespaceKey.Owner(owner);
        NamespaceIdSet owned = idSet(key).without(root);
        if (owned.isEmpty()) {
            cache.remove(key);
            cache.remove(new NamespaceKey.OwnerAddress(ownerAddress));
        } else {
            cache.put(key, owned);
        }
    }

    /**
     * Indexes a namespace under what its alias names (nothing for no alias).
     *
     * @param alias the alias
     * @param id the namespace
     */
    public void indexAlias(NamespaceAlias alias, NamespaceId id) {
        aliasKey(alias).ifPresent(key -> add(key, id));
    }

    /**
     * Removes a namespace from the index of what its alias names (nothing for no alias).
     *
     * @param alias the alias
     * @param id the namespace
     */
    public void unindexAlias(NamespaceAlias alias, NamespaceId id) {
        aliasKey(alias).ifPresent(key -> remove(key, id));
    }

    private static java.util.Optional<NamespaceKey> aliasKey(NamespaceAlias alias) {
        java.util.Optional<MosaicId> mosaic = alias.mosaicId();
        if (mosaic.isPresent()) {
            return java.util.Optional.of(new NamespaceKey.AliasedMosaic(mosaic.get()));
        }
        return alias.address().map(NamespaceKey.AliasedAddress::new);
    }

    private void add(NamespaceKey key, NamespaceId id) {
        cache.put(key, idSet(key).with(id));
    }

    private void remove(NamespaceKey key, NamespaceId id) {
        NamespaceIdSet set = idSet(key).without(id);
        if (set.isEmpty()) {
            cache.remove(key);
        } else {
            cache.put(key, set);
        }
    }
}
