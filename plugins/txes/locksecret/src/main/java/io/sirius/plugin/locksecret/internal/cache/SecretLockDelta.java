package io.sirius.plugin.locksecret.internal.cache;

import io.sirius.api.state.StateDelta;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.lockshared.cache.LockCacheDelta;

/**
 * Changes the SecretLockInfo cache for observers, keeping the three indexes in step with the locks (the shared
 * {@link LockCacheDelta} over {@link SecretLockCache#LAYOUT}): an index lists a composite hash while the lock under
 * it, or a lock it replaced, has the index's height, owner or secret. Adding a lock and removing it again leaves every
 * row as it was.
 */
public final class SecretLockDelta extends LockCacheDelta<SecretLockKey, SecretLockInfo> {

    private SecretLockDelta(StateDelta state) {
        super(state, SecretLockCache.LAYOUT);
    }

    /**
     * @param state the state being changed
     * @return a delta of its SecretLockInfo cache
     */
    public static SecretLockDelta of(StateDelta state) {
        return new SecretLockDelta(state);
    }
}
