package io.sirius.plugin.property.internal.rest;

import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.property.state.PropertyView;

/**
 * {@code GET /account/{accountId}/properties}: an account's properties (the path the SDK's
 * {@code AccountHttp.getAccountRestrictions} calls); 404 for an account without any value in any property, 409 for an
 * account id that does not parse.
 */
public final class AccountPropertiesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/properties";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new AccountPropertiesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String accountId = request.pathParameter("accountId");
        try {
            return AccountIds.find(PropertyView.of(state), accountId, "accountId")
                    .map(entry -> RouteResponse.ok(AccountPropertiesJson.of(entry)))
                    .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + accountId + "'"));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
