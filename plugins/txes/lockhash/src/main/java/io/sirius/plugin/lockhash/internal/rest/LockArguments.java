package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.state.StateView;
import java.util.Locale;
import java.util.Optional;

/**
 * The arguments of the lock routes beyond the API's {@link RouteArguments}: an owner named by public key or address,
 * and the paging id. Bad input throws the API's {@code InvalidArgumentException}.
 */
final class LockArguments {

    private LockArguments() {
    }

    /**
     * An address is looked up by the public key the account state knows for it: an owner has signed its lock, so its
     * key is known.
     *
     * @param state the state
     * @param text a 64-hex public key, or an address (base32, with or without dashes, or 50 hex)
     * @param name the argument's name, for the message
     * @return the owner's key, or empty for an address whose key is not known
     */
    static Optional<PublicKey> owner(StateView state, String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return Optional.of(RouteArguments.publicKey(text, name));
        }
        return state.cache(AccountStateCache.DESCRIPTOR).find(RouteArguments.address(text, name))
                .flatMap(AccountState::publicKey);
    }

    /**
     * @param request the request
     * @return its {@code id}, the {@code meta.id} (a 64-hex hash) of the last lock of the previous page, if given
     */
    static Optional<Hash256> pageAfter(RouteRequest request) {
        return request.queryParameter("id").map(id -> RouteArguments.hash(id.toUpperCase(Locale.ROOT), "id"));
    }
}
