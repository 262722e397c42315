package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockhash.state.HashLockView;

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
        String given = request.pathParameter("hash");
        Hash256 hash;
        try {
            hash = RouteArguments.hash(given, "hash");
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return HashLockView.of(state).find(hash)
                .map(lock -> RouteResponse.ok(HashLockJson.of(lock)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + given + "'"));
    }
}
