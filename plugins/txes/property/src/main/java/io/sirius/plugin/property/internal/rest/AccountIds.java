package io.sirius.plugin.property.internal.rest;

import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteArguments;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Optional;

/**
 * Account ids as the routes take them, a 64-hex public key or an address, and the account properties they name. A
 * route is not told the network, so a public key is tried as an address of each network; the cache holds the
 * addresses of one network only, so at most one can be found. Bad input throws the API's
 * {@code InvalidArgumentException}.
 */
final class AccountIds {

    private AccountIds() {
    }

    /**
     * @param properties the cache
     * @param text a 64-hex public key, or an address (base32, with or without dashes, or 50 hex)
     * @param name the argument's name, for the message
     * @return the properties of the account, if it has any
     */
    static Optional<AccountProperties> find(PropertyView properties, String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return byKey(properties, RouteArguments.publicKey(text, name));
        }
        return properties.find(RouteArguments.address(text, name));
    }

    /**
     * @param properties the cache
     * @param key a public key
     * @return the properties of its account, if it has any
     */
    static Optional<AccountProperties> byKey(PropertyView properties, PublicKey key) {
        for (NetworkType network : NetworkType.values()) {
            Optional<AccountProperties> found = properties.find(Addresses.of(key, network));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
