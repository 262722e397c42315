package io.sirius.plugin.locksecret.state;

import io.sirius.api.state.StateView;
import io.sirius.plugin.lockshared.state.LockCacheView;

/**
 * Reads the SecretLockInfo cache: locks by composite hash ({@code find}), the composite hashes an index row lists
 * ({@code keys}, for {@link SecretLockKey.Expiry}, {@link SecretLockKey.Owner} or {@link SecretLockKey.Secret}) and
 * the locks that end unused at a height.
 */
public final class SecretLockView extends LockCacheView<SecretLockKey, SecretLockInfo> {

    private SecretLockView(StateView state) {
        super(state, SecretLockCache.LAYOUT);
    }

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the locksecret plugin is not active)
     * @return a view of its SecretLockInfo cache
     */
    public static SecretLockView of(StateView state) {
        return new SecretLockView(state);
    }
}
