package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.Address;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /account/names} with {@code {"addresses": ["<base32>", ...]}}: for each address, in the order asked,
 * {@code {"address": "<hex>", "names": [...]}} with the full names of the active namespaces that are aliases of it
 * (the SDK's {@code AccountHttp.getAccountsNames} sends addresses).
 *
 * <p>js-xpx-chain-rest also takes {@code publicKeys} and derives their addresses; a route cannot (the plugin API gives
 * routes no address derivation, which needs RIPEMD-160), so public keys are answered with 409 asking for addresses.
 */
public final class AccountNamesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/names";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new AccountNamesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        List<Address> addresses = new ArrayList<>();
        try {
            Map<String, Object> body = RouteArguments.body(request);
            if (body.containsKey("publicKeys")) {
                throw new InvalidArgumentException(body.containsKey("addresses")
                        ? "publicKeys and addresses cannot both be provided"
                        : "this node answers account names by addresses only; give addresses");
            }
            for (String text : RouteArguments.strings(body, "addresses", NamespaceArguments.MAX_IDS)) {
                addresses.add(RouteArguments.address(text, "element in array addresses"));
            }
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        NamespaceView namespaces = NamespaceView.of(state);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Address address : addresses) {
            Map<String, Object> names = new LinkedHashMap<>();
            names.put("address", address.toHex());
            names.put("names", AliasNames.of(namespaces, namespaces.aliasesOf(address)));
            out.add(names);
        }
        return RouteResponse.ok(out);
    }
}
