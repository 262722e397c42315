package io.sirius.plugin.locksecret.state;

import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.locksecret.internal.state.SecretLockKeyCodec;
import io.sirius.plugin.locksecret.internal.state.SecretLockRecordSerializer;

/**
 * The SecretLockInfo cache, owned by the locksecret plugin. Read it with {@link SecretLockView#of}.
 *
 * <p>Key: a kind byte (0 lock, 1 expiry, 2 owner, 3 secret), then the composite hash, the height as 8 big-endian
 * bytes, the owner's key or the secret, so each kind's rows sort by their field. Entry version 1: a record tag byte,
 * then the record little endian (see the serializer).
 */
public final class SecretLockCache {
    /** The cache's name. */
    public static final String NAME = "secret_lock_info";
    /** Its position in Sirius's CacheId order (SecretLockInfo). */
    public static final int CACHE_ID = 9;
    /** The descriptor. */
    public static final CacheDescriptor<SecretLockKey, SecretLockRecord> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new SecretLockKeyCodec(), new SecretLockRecordSerializer());

    private SecretLockCache() {
    }
}
