package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;

/**
 * {@code GET /account/{accountId}/multisig}: the account's MultisigAccountInfoDTO; 404 for an account outside the
 * multisig graph (or an address whose key is unknown), 409 for an account id that does not parse.
 */
public final class MultisigRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/multisig";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MultisigRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        return AccountArgument.answer(request, state, MultisigJson::of);
    }
}
