package io.sirius.plugin.property.internal.rest;

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
 * the accounts that have any, in request order, each once. 409 when both lists or neither are given, or an element does
 * not parse, as js-xpx-chain-rest answers.
 */
public final class AccountsPropertiesRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/properties";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new AccountsPropertiesRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        try {
            Map<String, Object> body = body(request);
            if (body.containsKey("publicKeys") && body.containsKey("addresses")) {
                throw new BadRequest("publicKeys and addresses cannot both be provided");
            }
            boolean byKey = body.get("publicKeys") instanceof List<?>;
            List<String> ids = strings(body, byKey ? "publicKeys" : "addresses");
            PropertyView properties = PropertyView.of(state);
            Set<AccountProperties> found = new LinkedHashSet<>();
            for (String id : ids) {
                Optional<AccountProperties> entry = byKey
                        ? AccountIds.findByKey(properties, id)
                        : AccountIds.findByAddress(properties, id);
                entry.ifPresent(found::add);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            found.forEach(entry -> out.add(AccountPropertiesJson.of(entry)));
            return RouteResponse.ok(out);
        } catch (BadRequest e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }

    private static Map<String, Object> body(RouteRequest request) {
        Object json;
        try {
            json = JsonReader.read(request.body());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw new BadRequest("the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private static List<String> strings(Map<String, Object> body, String key) {
        if (!(body.get(key) instanceof List<?> values)) {
            throw new BadRequest(key + " must be an array");
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String text)) {
                throw new BadRequest("element in array " + key + " has an invalid format");
            }
            out.add(text);
        }
        return out;
    }
}
