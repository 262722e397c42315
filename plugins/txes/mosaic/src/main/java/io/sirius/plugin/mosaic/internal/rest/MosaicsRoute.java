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
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /mosaic} with body {@code {"mosaicIds": ["<16 hex>", ...]}}: the known mosaics among them, each as
 * {@link MosaicJson} shows it, in request order, each once; unknown ids are left out, as js-xpx-chain-rest does. 409
 * {@code InvalidArgument} for a body that is not such an object, an id that is not 16 hex digits, or more than
 * {@value #MAX_IDS} ids (the API's {@code RouteArguments} and their messages).
 */
public final class MosaicsRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaic";
    /** The most ids one request may ask for. */
    public static final int MAX_IDS = 1000;

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new MosaicsRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        Set<MosaicId> ids = new LinkedHashSet<>();
        try {
            for (String text : RouteArguments.strings(RouteArguments.body(request), "mosaicIds", MAX_IDS)) {
                ids.add(new MosaicId(RouteArguments.hexId(text, "element in array mosaicIds")));
            }
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (MosaicId id : ids) {
            Optional<MosaicEntry> entry = state.cache(MosaicCache.DESCRIPTOR).find(id);
            entry.ifPresent(e -> found.add(MosaicJson.of(e)));
        }
        return RouteResponse.ok(found);
    }
}
