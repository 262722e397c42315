package io.sirius.plugin.lockhash.state;

import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.lockhash.internal.state.HashLockKeyCodec;
import io.sirius.plugin.lockhash.internal.state.HashLockRecordSerializer;

/**
 * The HashLockInfo cache, owned by the lockhash plugin. Read it with {@link HashLockView#of}.
 *
 * <p>Key: a kind byte (0 lock, 1 expiry, 2 owner), then the aggregate hash, the height as 8 big-endian bytes or the
 * owner's key, so each kind's rows sort by their field. Entry version 1: a record tag byte, then the record little
 * endian (see the serializer).
 */
public final class HashLockCache {
    /** The cache's name. */
    public static final String NAME = "hash_lock_info";
    /** Its position in Sirius's CacheId order (HashLockInfo). */
    public static final int CACHE_ID = 8;
    /** The descriptor. */
    public static final CacheDescriptor<HashLockKey, HashLockRecord> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new HashLockKeyCodec(), new HashLockRecordSerializer());

    private HashLockCache() {
    }
}
