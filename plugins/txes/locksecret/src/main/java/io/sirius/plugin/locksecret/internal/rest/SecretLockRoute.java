package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.rest.LockRoutes;

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
        return LockRoutes.one(request.pathParameter("compositeHash"), "compositeHash", SecretLockView.of(state),
                SecretLockJson::of);
    }
}
