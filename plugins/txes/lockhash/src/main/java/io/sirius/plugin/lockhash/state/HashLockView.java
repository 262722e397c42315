package io.sirius.plugin.lockhash.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the HashLockInfo cache: locks by aggregate hash, and the hashes an index row lists. The aggregate plugin reads
 * it to admit a bonded aggregate to the partial cache only when an active lock of its hash exists:
 *
 * <pre>{@code
 * Optional<HashLockInfo> lock = HashLockView.of(context.state()).find(aggregateHash);
 * boolean guarded = lock.isPresent() && lock.get().isActive(context.height());
 * }</pre>
 */
public final class HashLockView {
    private final CacheView<HashLockKey, HashLockRecord> cache;

    private HashLockView(CacheView<HashLockKey, HashLockRecord> cache) {
        this.cache = cache;
    }

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the lockhash plugin is not active)
     * @return a view of its HashLockInfo cache
     */
    public static HashLockView of(StateView state) {
        return new HashLockView(state.cache(HashLockCache.DESCRIPTOR));
    }

    /**
     * @param hash a bonded aggregate's hash
     * @return its lock, if any (pruned locks included: see {@link HashLockInfo#isPruned})
     */
    public Optional<HashLockInfo> find(Hash256 hash) {
        return cache.find(new HashLockKey.Lock(hash)).map(HashLockInfo.class::cast);
    }

    /**
     * @param index an index key ({@link HashLockKey.Expiry} or {@link HashLockKey.Owner})
     * @return the aggregate hashes it lists; an owner's index keeps a hash after another owner's lock replaced the one
     *     under it, so readers check each lock
     */
    public LockKeySet keys(HashLockKey index) {
        Objects.requireNonNull(index, "index");
        if (index instanceof HashLockKey.Lock) {
            throw new IllegalArgumentException("a lock key is not an index");
        }
        return cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY);
    }
}
