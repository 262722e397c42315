package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.rest.LockRoutes;

/**
 * {@code GET /lock/hash/{hash}}: the lock of a bonded aggregate's hash; 404 when there is none, 409 for a hash that
 * does not parse.
 */
public final class HashLockRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/lock/hash/{hash}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new HashLockRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        return LockRoutes.one(request.pathParameter("hash"), "hash", HashLockView.of(state), HashLockJson::of);
    }
}
