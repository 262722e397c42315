package io.sirius.plugin.lockshared.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a lock cache: locks by key, the keys an index row lists, and the locks that end unused at a height. A family
 * names its view after its cache ({@code HashLockView}, {@code SecretLockView}) by extending this class.
 *
 * @param <K> the cache's key type
 * @param <L> the family's lock record
 */
public class LockCacheView<K, L extends LockInfo<L>> {
    private final CacheView<K, LockRecord> cache;
    private final LockCacheLayout<K, L> layout;

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the family's plugin is not active)
     * @param layout the family's cache layout
     */
    protected LockCacheView(StateView state, LockCacheLayout<K, L> layout) {
        this(state.cache(layout.descriptor()), layout);
    }

    /**
     * @param cache the cache, or a delta of it
     * @param layout the family's cache layout
     */
    protected LockCacheView(CacheView<K, LockRecord> cache, LockCacheLayout<K, L> layout) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** @return the family's cache layout */
    protected final LockCacheLayout<K, L> layout() {
        return layout;
    }

    /**
     * @param key a lock's key
     * @return the lock, if any (pruned locks included: see {@link LockInfo#isPruned})
     */
    public Optional<L> find(Hash256 key) {
        return cache.find(layout.lockKey().apply(key)).map(layout.lockType()::cast);
    }

    /**
     * @param index an index key
     * @return the lock keys it lists; an index keeps a key after the lock under it was replaced by one without the
     *     index's field (another owner's, say) while the replaced lock has it, so readers check each lock
     * @throws IllegalArgumentException for a lock's key
     */
    public LockKeySet keys(K index) {
        Objects.requireNonNull(index, "index");
        if (!layout.isIndex(index)) {
            throw new IllegalArgumentException("a lock key is not an index");
        }
        return cache.find(index).map(LockKeySet.class::cast).orElse(LockKeySet.EMPTY);
    }

    /**
     * The locks that end at a height unused, in key order, found with one index lookup (Sirius's
     * {@code processUnusedExpiredLocks}): the locks whose funds the family's expiry rule pays out at that height.
     *
     * @param height a height
     * @return the locks
     */
    public List<L> unusedEndingAt(Height height) {
        List<L> ending = new ArrayList<>();
        for (Hash256 key : keys(layout.expiryKey().apply(height)).keys()) {
            find(key).filter(lock -> lock.height().equals(height) && lock.status() == LockStatus.UNUSED)
                    .ifPresent(ending::add);
        }
        return ending;
    }
}
