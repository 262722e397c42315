package io.sirius.plugin.property.internal.rest;

import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /account/properties} with {@code {"publicKeys": [...]}} or {@code {"addresses": [...]}}: the properties of
 * the accounts that have any, in request order, each once. 409 when both lists or neither are given, an element does
 * not parse or more than {@value #MAX_ACCOUNTS} are named, as js-xpx-chain-rest answers bad arguments.
 */
public final class AccountsPropertiesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/properties";
    /** The most accounts one request may name. */
    public static final int MAX_ACCOUNTS = 1000;

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new AccountsPropertiesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        try {
            Map<String, Object> body = RouteArguments.body(request);
            if (body.containsKey("publicKeys") && body.containsKey("addresses")) {
                throw new InvalidArgumentException("publicKeys and addresses cannot both be provided");
            }
            boolean byKey = body.get("publicKeys") instanceof List<?>;
            String key = byKey ? "publicKeys" : "addresses";
            PropertyView properties = PropertyView.of(state);
            Set<AccountProperties> found = new LinkedHashSet<>();
            for (String id : RouteArguments.strings(body, key, MAX_ACCOUNTS)) {
                String name = "element in array " + key;
                Optional<AccountProperties> entry = byKey
                        ? AccountIds.byKey(properties, RouteArguments.publicKey(id, name))
                        : properties.find(RouteArguments.address(id, name));
                entry.ifPresent(found::add);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            found.forEach(entry -> out.add(AccountPropertiesJson.of(entry)));
            return RouteResponse.ok(out);
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
