package io.sirius.plugin.lockshared.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.state.CacheDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a lock family's cache keys its rows: each lock under its key, and index rows that list the keys of the locks
 * sharing a field (the end height always, so expiry is one lookup; the owner; the secret). The family states it once;
 * {@link LockCacheView} reads and {@code LockCacheDelta} writes the cache by it.
 *
 * <pre>{@code
 * new LockCacheLayout<>(DESCRIPTOR, HashLockInfo.class, HashLockKey.Lock.class, HashLockKey.Lock::new,
 *         HashLockKey.Expiry::new,
 *         lock -> List.of(new HashLockKey.Expiry(lock.height()), new HashLockKey.Owner(lock.account())));
 * }</pre>
 *
 * @param descriptor the cache
 * @param lockType the family's lock record
 * @param lockKeyType the class of the keys locks are stored under (every other key is an index's)
 * @param lockKey the key a lock is stored under, from the lock's {@link LockInfo#key()}
 * @param expiryKey the key of the index of the locks that end at a height
 * @param indexKeys the keys of every index row that lists a lock (its expiry row among them)
 * @param <K> the cache's key type
 * @param <L> the family's lock record
 */
public record LockCacheLayout<K, L extends LockInfo<L>>(CacheDescriptor<K, LockRecord> descriptor, Class<L> lockType,
        Class<? extends K> lockKeyType, Function<Hash256, K> lockKey, Function<Height, K> expiryKey,
        Function<L, List<K>> indexKeys) {

    /** Checks the arguments. */
    public LockCacheLayout {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(lockType, "lockType");
        Objects.requireNonNull(lockKeyType, "lockKeyType");
        Objects.requireNonNull(lockKey, "lockKey");
        Objects.requireNonNull(expiryKey, "expiryKey");
        Objects.requireNonNull(indexKeys, "indexKeys");
    }

    /**
     * @param key a key of the cache
     * @return whether it is an index row's key rather than a lock's
     */
    public boolean isIndex(K key) {
        return !lockKeyType.isInstance(key);
    }
}
