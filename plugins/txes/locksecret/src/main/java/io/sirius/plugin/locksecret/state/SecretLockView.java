package io.sirius.plugin.locksecret.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the SecretLockInfo cache: locks by composite hash, and the composite hashes an index row lists.
 */
public final class SecretLockView {
    private final CacheView<SecretLockKey, SecretLockRecord> cache;

    private SecretLockView(CacheView<SecretLockKey, SecretLockRecord> cache) {
        this.cache = cache;
    }

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the locksecret plugin is not active)
     * @return a view of its SecretLockInfo cache
     */
    public static SecretLockView of(StateView state) {
        return new SecretLockView(state.cache(SecretLockCache.DESCRIPTOR));
    }

    /**
     * @param compositeHash a lock's key
     * @return the lock, if any (pruned locks included: see {@link SecretLockInfo#isPruned})
     */
    public Optional<SecretLockInfo> find(Hash256 compositeHash) {
        return cache.find(new SecretLockKey.Lock(compositeHash)).map(SecretLockInfo.class::cast);
    }

    /**
     * @param index an index key ({@link SecretLockKey.Expiry}, {@link SecretLockKey.Owner} or {@link SecretLockKey.Secret})
     * @return the composite hashes it lists; an index keeps a key after the lock under it was replaced by another
     *     owner's, so readers check each lock
     */
    public LockKeySet keys(SecretLockKey index) {
        Objects.requireNonNull(index, "index");
        if (index instanceof SecretLockKey.Lock) {
            throw new IllegalArgumentException("a lock key is not an index");
        }
        return cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY);
    }
}
