package io.sirius.plugin.property.state;

import io.sirius.api.model.Address;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * Reads the Property cache: an account's properties by address.
 */
public final class PropertyView {
    private final CacheView<Address, AccountProperties> cache;

    private PropertyView(CacheView<Address, AccountProperties> cache) {
        this.cache = cache;
    }

    /**
     * @param state a state (throws {@link IllegalArgumentException} while the property plugin is not active)
     * @return a view of its Property cache
     */
    public static PropertyView of(StateView state) {
        return new PropertyView(state.cache(PropertyCache.DESCRIPTOR));
    }

    /**
     * @param address an account
     * @return its properties, if it has any value in any property
     */
    public Optional<AccountProperties> find(Address address) {
        return cache.find(address);
    }
}
