package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * The {@code accountId} of the multisig routes, as js-xpx-chain-rest parses it: a public key (64 hex digits) or an
 * address (40 base32 characters, dashes allowed). An address names the account whose key the account state knows for
 * it; the multisig cache is keyed by public keys.
 */
final class AccountArgument {

    private AccountArgument() {
    }

    /**
     * @param text the path parameter
     * @param state the state
     * @return the account's public key, empty if the address is of an account whose key is unknown
     * @throws IllegalArgumentException if the text is neither a public key nor an address
     */
    static Optional<PublicKey> publicKey(String text, StateView state) {
        if (text == null) {
            throw new IllegalArgumentException("accountId has an invalid format");
        }
        if (text.length() == 2 * PublicKey.SIZE) {
            if (!isAsciiHex(text)) {
                throw new IllegalArgumentException("accountId has an invalid format");
            }
            return Optional.of(PublicKey.fromHex(text));
        }
        Address address;
        try {
            address = Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("accountId has an invalid format", e);
        }
        return state.cache(AccountStateCache.DESCRIPTOR).find(address).flatMap(AccountState::publicKey);
    }

    private static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
