package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceView;

/**
 * {@code GET /namespace/{namespaceId}}: the namespace as {@link NamespaceJson} shows it; 404 when there is none
 * with that id, 409 when the id is not 16 hex digits. The SDK's {@code getLinkedMosaicId} and
 * {@code getLinkedAddress} read its {@code alias}.
 */
public final class NamespaceRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/namespace/{namespaceId}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new NamespaceRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String text = request.pathParameter("namespaceId");
        NamespaceId id;
        try {
            id = new NamespaceId(RouteArguments.hexId(text, "namespaceId"));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return NamespaceView.of(state).find(id)
                .map(entry -> RouteResponse.ok(NamespaceJson.info(entry)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + text + "'"));
    }
}
