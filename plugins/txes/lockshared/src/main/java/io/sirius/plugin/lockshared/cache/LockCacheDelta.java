package io.sirius.plugin.lockshared.cache;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.lockshared.state.LockCacheLayout;
import io.sirius.plugin.lockshared.state.LockCacheView;
import io.sirius.plugin.lockshared.state.LockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockRecord;
import java.util.Optional;

/**
 * Changes a lock cache for observers, keeping its indexes in step with the locks: an index row lists a lock key while
 * the lock under it, or a lock it replaced (at any depth), is listed by that row. Adding a lock and removing it again
 * leaves every row as it was. A family names its delta after its cache ({@code HashLockDelta}) by extending this class.
 *
 * @param <K> the cache's key type
 * @param <L> the family's lock record
 */
public class LockCacheDelta<K, L extends LockInfo<L>> extends LockCacheView<K, L> {
    private final CacheDelta<K, LockRecord> cache;

    /**
     * @param state the state being changed
     * @param layout the family's cache layout
     */
    protected LockCacheDelta(StateDelta state, LockCacheLayout<K, L> layout) {
        this(state.cache(layout.descriptor()), layout);
    }

    private LockCacheDelta(CacheDelta<K, LockRecord> cache, LockCacheLayout<K, L> layout) {
        super(cache, layout);
        this.cache = cache;
    }

    /**
     * Stores a new lock under its key and lists it in the indexes. A lock already under that key must be the one the
     * new lock names as replaced.
     *
     * @param lock the new lock
     * @throws IllegalStateException if the lock there is not the replaced one
     */
    public void add(L lock) {
        Hash256 key = lock.key();
        if (!find(key).equals(lock.replaced())) {
            throw new IllegalStateException("the lock under " + key + " is not the one " + lock + " replaces");
        }
        cache.put(layout().lockKey().apply(key), lock);
        for (K index : layout().indexKeys().apply(lock)) {
            cache.put(index, keys(index).with(key));
        }
    }

    /**
     * Undoes {@link #add}: removes the lock under a key, puts back the lock it replaced, and unlists the key from each
     * index row no remaining lock needs.
     *
     * @param key the lock's key
     * @throws IllegalStateException if there is no lock
     */
    public void remove(Hash256 key) {
        L lock = find(key).orElseThrow(() -> new IllegalStateException(
                "no lock under " + key + " in " + layout().descriptor().name() + " to remove"));
        Optional<L> restored = lock.replaced();
        if (restored.isPresent()) {
            cache.put(layout().lockKey().apply(key), restored.get());
        } else {
            cache.remove(layout().lockKey().apply(key));
        }
        for (K index : layout().indexKeys().apply(lock)) {
            if (restored.isEmpty() || !restored.get().anyInChain(l -> layout().indexKeys().apply(l).contains(index))) {
                unlist(index, key);
            }
        }
    }

    /**
     * Replaces a lock's status (its use, or the use's rollback).
     *
     * @param lock the lock with its new status
     * @throws IllegalStateException if there is no lock under its key
     */
    public void update(L lock) {
        if (find(lock.key()).isEmpty()) {
            throw new IllegalStateException("no lock under " + lock.key() + " in " + layout().descriptor().name()
                    + " to update");
        }
        cache.put(layout().lockKey().apply(lock.key()), lock);
    }

    private void unlist(K index, Hash256 key) {
        LockKeySet changed = keys(index).without(key);
        if (changed.isEmpty()) {
            cache.remove(index);
        } else {
            cache.put(index, changed);
        }
    }
}
