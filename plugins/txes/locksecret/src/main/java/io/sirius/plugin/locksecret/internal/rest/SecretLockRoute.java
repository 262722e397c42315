package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.locksecret.state.SecretLockView;

/**
 * {@code GET /lock/compositeHash/{compositeHash}}: one lock by its key; 404 when there is none, 409 for a hash that
 * does not parse.
 */
public final class SecretLockRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/lock/compositeHash/{compositeHash}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new SecretLockRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String given = request.pathParameter("compositeHash");
        Hash256 compositeHash;
        try {
            compositeHash = RouteArguments.hash(given, "compositeHash");
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return SecretLockView.of(state).find(compositeHash)
                .map(lock -> RouteResponse.ok(SecretLockJson.of(lock)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + given + "'"));
    }
}
