package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * The rule both max-mosaics validators share (Sirius's {@code CheckAccount}).
 */
final class MosaicCount {

    private MosaicCount() {
    }

    /**
     * @param state the state to read
     * @param account the account that would receive the mosaic
     * @param mosaic the mosaic
     * @param max {@code maxMosaicsPerAccount}
     * @return true if the account is unknown, already holds the mosaic, or holds fewer than {@code max} mosaics
     */
    static boolean allowsAnother(StateView state, Address account, MosaicId mosaic, int max) {
        Optional<AccountState> found = state.cache(AccountStateCache.DESCRIPTOR).find(account);
        if (found.isEmpty() || found.get().balance(mosaic).value() != 0) {
            return true;
        }
        return found.get().balances().size() < max;
    }
}
