package io.sirius.plugin.lockhash.internal.cache;

import io.sirius.api.state.StateDelta;
import io.sirius.plugin.lockhash.state.HashLockCache;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockshared.cache.LockCacheDelta;

/**
 * Changes the HashLockInfo cache for observers, keeping the two indexes in step with the locks (the shared
 * {@link LockCacheDelta} over {@link HashLockCache#LAYOUT}): an index lists an aggregate hash while the lock under it,
 * or a lock it replaced, has the index's height or owner. Adding a lock and removing it again leaves every row as it
 * was.
 */
public final class HashLockDelta extends LockCacheDelta<HashLockKey, HashLockInfo> {

    private HashLockDelta(StateDelta state) {
        super(state, HashLockCache.LAYOUT);
    }

    /**
     * @param state the state being changed
     * @return a delta of its HashLockInfo cache
     */
    public static HashLockDelta of(StateDelta state) {
        return new HashLockDelta(state);
    }
}
