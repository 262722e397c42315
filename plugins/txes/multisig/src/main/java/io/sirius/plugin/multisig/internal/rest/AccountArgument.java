package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code accountId} of the multisig routes: a public key (64 hex digits) or an address (base32 with or without
 * dashes, or 50 hex digits), parsed with the API's {@link RouteArguments}. An address names the account whose key the
 * account state knows for it, since the Multisig cache is keyed by public keys.
 */
final class AccountArgument {
    /** The path parameter. */
    static final String NAME = "accountId";

    private AccountArgument() {
    }

    /**
     * Answers a multisig route for the account the request names: 409 if its id does not parse, 404 if it is outside
     * the graph (or an address whose key is unknown), otherwise 200 with the body made from its entry.
     *
     * @param request the request
     * @param state the state
     * @param body makes the response body from the account's entry
     * @return the response
     */
    static RouteResponse answer(RouteRequest request, StateView state, Function<MultisigEntry, Object> body) {
        String given = request.pathParameter(NAME);
        Optional<PublicKey> key;
        try {
            key = publicKey(given, state);
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return key.flatMap(k -> state.cache(MultisigCache.DESCRIPTOR).find(k))
                .map(entry -> RouteResponse.ok(body.apply(entry)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + given + "'"));
    }

    private static Optional<PublicKey> publicKey(String text, StateView state) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return Optional.of(RouteArguments.publicKey(text, NAME));
        }
        return state.cache(AccountStateCache.DESCRIPTOR).find(RouteArguments.address(text, NAME))
                .flatMap(AccountState::publicKey);
    }
}
