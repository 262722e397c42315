package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
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
 * {@code POST /namespace/names} with {@code {"namespaceIds": ["<16 hex>", ...]}}: for each known namespace, in the
 * order asked, {@code {"namespaceId": [lo, hi], "name": "<its own part>"}} plus {@code "parentId"} for a child. The
 * name is the namespace's own level ({@code xpx} for {@code prx.xpx}): the SDK's {@code NamespaceService} asks for
 * every level of a namespace and joins their names with dots. Unknown ids are left out. 409 for a body without such an
 * array, an id that is not 16 hex digits or more than {@value NamespaceArguments#MAX_IDS} ids.
 */
public final class NamespaceNamesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/namespace/names";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new NamespaceNamesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        List<NamespaceId> ids = new ArrayList<>();
        try {
            for (String text : RouteArguments.strings(RouteArguments.body(request), "namespaceIds",
                    NamespaceArguments.MAX_IDS)) {
                ids.add(new NamespaceId(RouteArguments.hexId(text, "element in array namespaceIds")));
            }
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        NamespaceView namespaces = NamespaceView.of(state);
        List<Map<String, Object>> names = new ArrayList<>();
        for (NamespaceId id : ids) {
            namespaces.find(id).ifPresent(entry -> {
                Map<String, Object> name = new LinkedHashMap<>();
                name.put("namespaceId", new Uint64(id.value()));
                name.put("name", entry.name());
                if (!entry.isRoot()) {
                    name.put("parentId", new Uint64(entry.parentId().value()));
                }
                names.add(name);
            });
        }
        return RouteResponse.ok(names);
    }
}
