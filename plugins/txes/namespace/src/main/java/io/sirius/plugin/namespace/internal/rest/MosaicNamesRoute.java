package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /mosaic/names} with {@code {"mosaicIds": ["<16 hex>", ...]}}: for each mosaic, in the order asked,
 * {@code {"mosaicId": [lo, hi], "names": [...]}} with the full names of the active namespaces that are aliases of it.
 * 409 for a body without such an array, an id that is not 16 hex digits or more than
 * {@value NamespaceArguments#MAX_IDS} ids.
 */
public final class MosaicNamesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaic/names";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new MosaicNamesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        List<MosaicId> ids = new ArrayList<>();
        try {
            for (String text : RouteArguments.strings(RouteArguments.body(request), "mosaicIds", NamespaceArguments.MAX_IDS)) {
                ids.add(new MosaicId(RouteArguments.hexId(text, "element in array mosaicIds")));
            }
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        NamespaceView namespaces = NamespaceView.of(state);
        List<Map<String, Object>> out = new ArrayList<>();
        for (MosaicId id : ids) {
            Map<String, Object> names = new LinkedHashMap<>();
            names.put("mosaicId", new Uint64(id.value()));
            names.put("names", AliasNames.of(namespaces, namespaces.aliasesOf(id)));
            out.add(names);
        }
        return RouteResponse.ok(out);
    }
}
