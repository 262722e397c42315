package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.api.state.StateView;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /mosaic/{mosaicId}/levy}: the levy in force as the SDK's {@code getMosaicLevy} reads it,
 * {@code {type, recipient, mosaicId, fee}} with the recipient as 50 hex characters and uint64 values as [lo, hi];
 * 404 {@code ResourceNotFound} when the mosaic has no levy in force (never set, or removed); 409
 * {@code InvalidArgument} for an id that is not 16 hex digits.
 */
public final class MosaicLevyRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaic/{mosaicId}/levy";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MosaicLevyRoute());
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
        return state.cache(LevyCache.DESCRIPTOR).find(id)
                .flatMap(LevyEntry::levy)
                .map(levy -> RouteResponse.ok(body(levy)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + text + "'"));
    }

    private static Map<String, Object> body(MosaicLevy levy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", levy.type().code());
        body.put("recipient", levy.recipient().toHex());
        body.put("mosaicId", new Uint64(levy.mosaicId().value()));
        body.put("fee", new Uint64(levy.fee().value()));
        return body;
    }
}
