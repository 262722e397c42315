package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.state.IndexDelta;

/**
 * Keeps {@link AccountStateCache#HOLDERS}, every mosaic's holders richest first, in step with balances: each balance
 * change moves the account's row from its old amount to its new one. The rule is the same in COMMIT and ROLLBACK
 * (it only looks at the balance before and after), so undoing a change restores the rows exactly.
 *
 * <p>Decision: the kernel keeps this index rather than the mosaic plugin, because every balance change passes through
 * the kernel's balance observers (and the nemesis seed), including the harvest fee, which no plugin observes.
 */
public final class Holders {
    private static final byte[] NOTHING = new byte[0];

    private Holders() {
    }

    /**
     * @param index the holders index
     * @param holder the account
     * @param mosaic the mosaic
     * @param before the account's balance of it before the change
     * @param after its balance after the change
     */
    public static void update(IndexDelta index, Address holder, MosaicId mosaic, Amount before, Amount after) {
        if (before.equals(after)) {
            return;
        }
        if (before.value() != 0) {
            index.remove(AccountStateCache.holderKey(mosaic, before, holder));
        }
        if (after.value() != 0) {
            index.put(AccountStateCache.holderKey(mosaic, after, holder), NOTHING);
        }
    }
}
