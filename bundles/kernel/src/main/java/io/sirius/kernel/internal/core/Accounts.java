package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * Account state reads and writes shared by the core validators and observers.
 */
final class Accounts {

    private Accounts() {
    }

    static CacheView<Address, AccountState> view(StateView state) {
        return state.cache(AccountStateCache.DESCRIPTOR);
    }

    static Optional<AccountState> find(StateView state, Address address) {
        return view(state).find(address);
    }

    /**
     * @param cache the account cache being changed
     * @param address an address
     * @param height the height it is seen at, if new
     * @return its state, created empty if new (not yet stored)
     */
    static AccountState getOrCreate(CacheDelta<Address, AccountState> cache, Address address, Height height) {
        return cache.find(address).orElseGet(() -> AccountState.create(address, height));
    }
}
