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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /account/namespaces?pageSize=&id=} with {@code {"publicKeys": [...]}} or {@code {"addresses": [...]}}
 * (not both): the namespaces those accounts own, one page at a time ({@link OwnedNamespaces}). 409 for both keys, a
 * missing array, more than {@value NamespaceArguments#MAX_IDS} elements or an element that does not parse.
 */
public final class AccountsNamespacesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/namespaces";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new AccountsNamespacesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        try {
            Map<String, Object> body = RouteArguments.body(request);
            if (body.containsKey("publicKeys") && body.containsKey("addresses")) {
                throw new InvalidArgumentException("publicKeys and addresses cannot both be provided");
            }
            NamespaceView namespaces = NamespaceView.of(state);
            List<Optional<PublicKey>> owners = new ArrayList<>();
            if (body.containsKey("publicKeys")) {
                for (String text : RouteArguments.strings(body, "publicKeys", NamespaceArguments.MAX_IDS)) {
                    owners.add(Optional.of(RouteArguments.publicKey(text, "element in array publicKeys")));
                }
            } else {
                for (String text : RouteArguments.strings(body, "addresses", NamespaceArguments.MAX_IDS)) {
                    owners.add(namespaces.ownerKey(RouteArguments.address(text, "element in array addresses")));
                }
            }
            return RouteResponse.ok(OwnedNamespaces.page(namespaces, owners, RouteArguments.pageSize(request),
                    NamespaceArguments.pageAfter(request)));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
