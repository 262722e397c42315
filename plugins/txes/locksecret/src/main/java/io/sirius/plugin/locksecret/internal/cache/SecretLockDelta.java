package io.sirius.plugin.locksecret.internal.cache;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.locksecret.state.LockKeySet;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.locksecret.state.SecretLockRecord;
import java.util.Optional;

/**
 * Changes the SecretLockInfo cache for observers, keeping the three indexes in step with the locks: an index lists a
 * composite hash while the lock under it, or a lock it replaced, has the index's height, owner or secret. Adding a
 * lock and removing it again leaves every row as it was.
 */
public final class SecretLockDelta {
    private final CacheDelta<SecretLockKey, SecretLockRecord> cache;

    private SecretLockDelta(CacheDelta<SecretLockKey, SecretLockRecord> cache) {
        this.cache = cache;
    }

    /**
     * @param state the state being changed
     * @return a delta of its SecretLockInfo cache
     */
    public static SecretLockDelta of(StateDelta state) {
        return new SecretLockDelta(state.cache(SecretLockCache.DESCRIPTOR));
    }

    /**
     * @param compositeHash a lock's key
     * @return the lock, if any
     */
    public Optional<SecretLockInfo> find(Hash256 compositeHash) {
        return cache.find(new SecretLockKey.Lock(compositeHash)).map(SecretLockInfo.class::cast);
    }

    /**
     * Stores a new lock under its composite hash and lists it in the indexes. A lock already under that hash must be
     * the one the new lock names as replaced.
     *
     * @param lock the new lock
     * @throws IllegalStateException if the lock there is not the replaced one
     */
    public void add(SecretLockInfo lock) {
        Hash256 key = lock.compositeHash();
        if (!find(key).equals(lock.replaced())) {
            throw new IllegalStateException("the lock under " + key + " is not the one " + lock + " replaces");
        }
        cache.put(new SecretLockKey.Lock(key), lock);
        list(new SecretLockKey.Expiry(lock.height()), key);
        list(new SecretLockKey.Owner(lock.account()), key);
        list(new SecretLockKey.Secret(lock.secret()), key);
    }

    /**
     * Undoes {@link #add}: removes the lock under a composite hash, puts back the lock it replaced, and unlists the
     * hash from each index no remaining lock needs.
     *
     * @param compositeHash the lock's key
     * @throws IllegalStateException if there is no lock
     */
    public void remove(Hash256 compositeHash) {
        SecretLockInfo lock = find(compositeHash)
                .orElseThrow(() -> new IllegalStateException("no secret lock under " + compositeHash + " to remove"));
        Optional<SecretLockInfo> restored = lock.replaced();
        if (restored.isPresent()) {
            cache.put(new SecretLockKey.Lock(compositeHash), restored.get());
        } else {
            cache.remove(new SecretLockKey.Lock(compositeHash));
        }
        unlist(new SecretLockKey.Expiry(lock.height()), compositeHash, restored, l -> l.height().equals(lock.height()));
        unlist(new SecretLockKey.Owner(lock.account()), compositeHash, restored, l -> l.account().equals(lock.account()));
        unlist(new SecretLockKey.Secret(lock.secret()), compositeHash, restored, l -> l.secret().equals(lock.secret()));
    }

    /**
     * Replaces a lock's status (a proof, or its rollback).
     *
     * @param lock the lock with its new status
     * @throws IllegalStateException if there is no lock under its composite hash
     */
    public void update(SecretLockInfo lock) {
        Hash256 key = lock.compositeHash();
        if (find(key).isEmpty()) {
            throw new IllegalStateException("no secret lock under " + key + " to update");
        }
        cache.put(new SecretLockKey.Lock(key), lock);
    }

    private void list(SecretLockKey index, Hash256 key) {
        cache.put(index, keys(index).with(key));
    }

    private void unlist(SecretLockKey index, Hash256 key, Optional<SecretLockInfo> restored,
            java.util.function.Predicate<SecretLockInfo> stillNeeded) {
        if (restored.isPresent() && restored.get().anyInChain(stillNeeded)) {
            return;
        }
        LockKeySet changed = keys(index).without(key);
        if (changed.isEmpty()) {
            cache.remove(index);
        } else {
            cache.put(index, changed);
        }
    }

    private LockKeySet keys(SecretLockKey index) {
        return cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY);
    }
}
