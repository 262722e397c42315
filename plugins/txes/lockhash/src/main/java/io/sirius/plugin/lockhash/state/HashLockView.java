package io.sirius.plugin.lockhash.state;

import io.sirius.api.state.StateView;
import io.sirius.plugin.lockshared.state.LockCacheView;

/**
 * Reads the HashLockInfo cache: locks by aggregate hash ({@code find}), the hashes an index row lists ({@code keys},
 * for {@link HashLockKey.Expiry} or {@link HashLockKey.Owner}) and the locks that end unused at a height. The aggregate
 * plugin reads it to admit a bonded aggregate to the partial cache only when an active lock of its hash exists:
 *
 * <pre>{@code
 * Optional<HashLockInfo> lock = HashLockView.of(context.state()).find(aggregateHash);
 * boolean guarded = lock.isPresent() && lock.get().isActive(context.height());
 * }</pre>
 */
public final class HashLockView extends LockCacheView<HashLockKey, HashLockInfo> {

    private HashLockView(StateView state) {
        super(state, HashLockCache.LAYOUT);
    }

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the lockhash plugin is not active)
     * @return a view of its HashLockInfo cache
     */
    public static HashLockView of(StateView state) {
        return new HashLockView(state);
    }
}
