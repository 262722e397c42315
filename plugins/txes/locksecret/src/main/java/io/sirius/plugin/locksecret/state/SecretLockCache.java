package io.sirius.plugin.locksecret.state;

import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.locksecret.internal.state.SecretLockKeyCodec;
import io.sirius.plugin.locksecret.internal.state.SecretLockRecordSerializer;
import io.sirius.plugin.lockshared.state.LockCacheLayout;
import io.sirius.plugin.lockshared.state.LockRecord;
import java.util.List;

/**
 * The SecretLockInfo cache, owned by the locksecret plugin. Read it with {@link SecretLockView#of}.
 *
 * <p>Key: a kind byte (0 lock, 1 expiry, 2 owner, 3 secret), then the composite hash, the height as 8 big-endian
 * bytes, the owner's key or the secret, so each kind's rows sort by their field. Entry version 1: a record tag byte,
 * then the record little endian (see the serializer). Rows are {@link io.sirius.plugin.lockshared.state.LockRecord}s:
 * {@link SecretLockInfo}s under lock keys, {@link io.sirius.plugin.lockshared.state.LockKeySet}s of composite hashes
 * under index keys.
 */
public final class SecretLockCache {
    /** The cache's name. */
    public static final String NAME = "secret_lock_info";
    /** Its position in Sirius's CacheId order (SecretLockInfo). */
    public static final int CACHE_ID = 9;
    /** The descriptor. */
    public static final CacheDescriptor<SecretLockKey, LockRecord> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new SecretLockKeyCodec(), new SecretLockRecordSerializer());
    /** How the rows are keyed: each lock under its composite hash, listed by end height, by owner and by secret. */
    public static final LockCacheLayout<SecretLockKey, SecretLockInfo> LAYOUT = new LockCacheLayout<>(DESCRIPTOR,
            SecretLockInfo.class, SecretLockKey.Lock.class, SecretLockKey.Lock::new, SecretLockKey.Expiry::new,
            lock -> List.of(new SecretLockKey.Expiry(lock.height()), new SecretLockKey.Owner(lock.account()),
                    new SecretLockKey.Secret(lock.secret())));

    private SecretLockCache() {
    }
}
