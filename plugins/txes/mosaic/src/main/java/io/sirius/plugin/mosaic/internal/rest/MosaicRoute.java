package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.mosaic.model.MosaicCache;

/**
 * {@code GET /mosaic/{mosaicId}}: the mosaic as {@link MosaicJson} shows it; 404 {@code ResourceNotFound} for a
 * mosaic the chain does not know (expired ones are still known and shown); 409 {@code InvalidArgument} for an id that
 * is not 16 hex digits.
 */
public final class MosaicRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaic/{mosaicId}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MosaicRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String text = request.pathParameter("mosaicId");
        MosaicId id;
        try {
            id = new MosaicId(RouteArguments.hexId(text, "mosaicId"));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return state.cache(MosaicCache.DESCRIPTOR).find(id)
                .map(entry -> RouteResponse.ok(MosaicJson.of(entry)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + text + "'"));
    }
}
