package io.sirius.plugin.metadata.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.metadata.state.MetadataCache;

/**
 * {@code GET /metadata_v2/{compositeHash}}, as js-xpx-chain-rest answers it: the entry as {@link MetadataView} shows it;
 * 404 {@code ResourceNotFound} when no entry has that hash; 409 {@code InvalidArgument} when the hash is not 64 ASCII
 * hex digits (either case).
 */
public final class MetadataRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/metadata_v2/{compositeHash}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MetadataRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String text = request.pathParameter("compositeHash");
        Hash256 hash;
        try {
            hash = RouteArguments.hash(text, "compositeHash");
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return state.cache(MetadataCache.DESCRIPTOR).find(hash)
                .map(entry -> RouteResponse.ok(MetadataView.of(entry)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + text + "'"));
    }
}
