package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /account/{accountId}/namespaces?pageSize=&id=}: the namespaces the account (a public key or an address)
 * owns, roots and children, one page at a time ({@link OwnedNamespaces}); an empty array for an account that owns none.
 * 409 for an account id, page size or paging id that does not parse.
 */
public final class AccountNamespacesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/namespaces";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new AccountNamespacesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        try {
            NamespaceView namespaces = NamespaceView.of(state);
            Optional<PublicKey> owner = NamespaceArguments.owner(namespaces, request.pathParameter("accountId"), "accountId");
            return RouteResponse.ok(OwnedNamespaces.page(namespaces, List.of(owner), RouteArguments.pageSize(request),
                    NamespaceArguments.pageAfter(request)));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
