package io.sirius.plugin.property.internal.rest;

import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Optional;

/**
 * Account ids as the routes take them, a 64-hex public key or a base32 address, and the account properties they name.
 * A route is not told the network, so a public key is tried as an address of each network; the cache holds the
 * addresses of one network only, so at most one can be found.
 */
final class AccountIds {

    private AccountIds() {
    }

    /**
     * @param properties the cache
     * @param text a public key (64 hex) or an address (base32, with or without dashes)
     * @param name the argument's name, for the message
     * @return the properties of the account, if it has any
     * @throws BadRequest if the text is neither
     */
    static Optional<AccountProperties> find(PropertyView properties, String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            if (!text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                throw new BadRequest(name + " has an invalid format");
            }
            return byKey(properties, PublicKey.fromHex(text));
        }
        try {
            return properties.find(Address.parse(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequest(name + " has an invalid format");
        }
    }

    /**
     * @param properties the cache
     * @param text a 64-hex public key
     * @return the properties of the account, if it has any
     * @throws BadRequest if the text is not a public key
     */
    static Optional<AccountProperties> findByKey(PropertyView properties, String text) {
        if (text == null || text.length() != 2 * PublicKey.SIZE) {
            throw new BadRequest("element in array publicKeys has an invalid format");
        }
        return find(properties, text, "element in array publicKeys");
    }

    /**
     * @param properties the cache
     * @param text a base32 address
     * @return the properties of the account, if it has any
     * @throws BadRequest if the text is not an address
     */
    static Optional<AccountProperties> findByAddress(PropertyView properties, String text) {
        try {
            return properties.find(Address.parse(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequest("element in array addresses has an invalid format");
        }
    }

    private static Optional<AccountProperties> byKey(PropertyView properties, PublicKey key) {
        for (NetworkType network : NetworkType.values()) {
            Optional<AccountProperties> found = properties.find(Addresses.of(key, network));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
