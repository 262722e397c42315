package io.sirius.plugin.lockhash.state;

import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.lockhash.internal.state.HashLockKeyCodec;
import io.sirius.plugin.lockhash.internal.state.HashLockRecordSerializer;
import io.sirius.plugin.lockshared.state.LockCacheLayout;
import io.sirius.plugin.lockshared.state.LockRecord;
import java.util.List;

/**
 * The HashLockInfo cache, owned by the lockhash plugin. Read it with {@link HashLockView#of}.
 *
 * <p>Key: a kind byte (0 lock, 1 expiry, 2 owner), then the aggregate hash, the height as 8 big-endian bytes or the
 * owner's key, so each kind's rows sort by their field. Entry version 1: a record tag byte, then the record little
 * endian (see the serializer). Rows are {@link io.sirius.plugin.lockshared.state.LockRecord}s: {@link HashLockInfo}s
 * under lock keys, {@link io.sirius.plugin.lockshared.state.LockKeySet}s of aggregate hashes under index keys.
 */
public final class HashLockCache {
    /** The cache's name. */
    public static final String NAME = "hash_lock_info";
    /** Its position in Sirius's CacheId order (HashLockInfo). */
    public static final int CACHE_ID = 8;
    /** The descriptor. */
    public static final CacheDescriptor<HashLockKey, LockRecord> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new HashLockKeyCodec(), new HashLockRecordSerializer());
    /** How the rows are keyed: each lock under its hash, listed by the height it ends at and by its owner. */
    public static final LockCacheLayout<HashLockKey, HashLockInfo> LAYOUT = new LockCacheLayout<>(DESCRIPTOR,
            HashLockInfo.class, HashLockKey.Lock.class, HashLockKey.Lock::new, HashLockKey.Expiry::new,
            lock -> List.of(new HashLockKey.Expiry(lock.height()), new HashLockKey.Owner(lock.account())));

    private HashLockCache() {
    }
}
