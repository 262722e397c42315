package io.sirius.plugin.lockhash.internal.cache;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.lockhash.state.HashLockCache;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockhash.state.HashLockRecord;
import io.sirius.plugin.lockhash.state.LockKeySet;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Changes the HashLockInfo cache for observers, keeping the two indexes in step with the locks: an index lists an
 * aggregate hash while the lock under it, or a lock it replaced, has the index's height or owner. Adding a lock and
 * removing it again leaves every row as it was.
 */
public final class HashLockDelta {
    private final CacheDelta<HashLockKey, HashLockRecord> cache;

    private HashLockDelta(CacheDelta<HashLockKey, HashLockRecord> cache) {
        this.cache = cache;
    }

    /**
     * @param state the state being changed
     * @return a delta of its HashLockInfo cache
     */
    public static HashLockDelta of(StateDelta state) {
        return new HashLockDelta(state.cache(HashLockCache.DESCRIPTOR));
    }

    /**
     * @param hash an aggregate hash
     * @return its lock, if any
     */
    public Optional<HashLockInfo> find(Hash256 hash) {
        return cache.find(new HashLockKey.Lock(hash)).map(HashLockInfo.class::cast);
    }

    /**
     * Stores a new lock under its hash and lists it in the indexes. A lock already under that hash must be the one the
     * new lock names as replaced.
     *
     * @param lock the new lock
     * @throws IllegalStateException if the lock there is not the replaced one
     */
    public void add(HashLockInfo lock) {
        if (!find(lock.hash()).equals(lock.replaced())) {
            throw new IllegalStateException("the lock under " + lock.hash() + " is not the one " + lock + " replaces");
        }
        cache.put(new HashLockKey.Lock(lock.hash()), lock);
        list(new HashLockKey.Expiry(lock.height()), lock.hash());
        list(new HashLockKey.Owner(lock.account()), lock.hash());
    }

    /**
     * Undoes {@link #add}: removes the lock under a hash, puts back the lock it replaced, and unlists the hash from each
     * index no remaining lock needs.
     *
     * @param hash the aggregate hash
     * @throws IllegalStateException if there is no lock
     */
    public void remove(Hash256 hash) {
        HashLockInfo lock = find(hash).orElseThrow(() -> new IllegalStateException("no hash lock under " + hash + " to remove"));
        Optional<HashLockInfo> restored = lock.replaced();
        if (restored.isPresent()) {
            cache.put(new HashLockKey.Lock(hash), restored.get());
        } else {
            cache.remove(new HashLockKey.Lock(hash));
        }
        unlist(new HashLockKey.Expiry(lock.height()), hash, restored, l -> l.height().equals(lock.height()));
        unlist(new HashLockKey.Owner(lock.account()), hash, restored, l -> l.account().equals(lock.account()));
    }

    /**
     * Replaces a lock's status (a confirmed aggregate, or its rollback).
     *
     * @param lock the lock with its new status
     * @throws IllegalStateException if there is no lock under its hash
     */
    public void update(HashLockInfo lock) {
        if (find(lock.hash()).isEmpty()) {
            throw new IllegalStateException("no hash lock under " + lock.hash() + " to update");
        }
        cache.put(new HashLockKey.Lock(lock.hash()), lock);
    }

    private void list(HashLockKey index, Hash256 hash) {
        cache.put(index, keys(index).with(hash));
    }

    private void unlist(HashLockKey index, Hash256 hash, Optional<HashLockInfo> restored, Predicate<HashLockInfo> stillNeeded) {
        if (restored.isPresent() && restored.get().anyInChain(stillNeeded)) {
            return;
        }
        LockKeySet changed = keys(index).without(hash);
        if (changed.isEmpty()) {
            cache.remove(index);
        } else {
            cache.put(index, changed);
        }
    }

    private LockKeySet keys(HashLockKey index) {
        return cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY);
    }
}
