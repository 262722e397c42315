package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.List;

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
            RouteArguments.AccountId account = RouteArguments.accountId(request.pathParameter("accountId"), "accountId");
            return RouteResponse.ok(OwnedNamespaces.page(NamespaceView.of(state), List.of(account),
                    RouteArguments.pageSize(request), RouteArguments.pageAfter(request)));
        } catch (BadRequest e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
