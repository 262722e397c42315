package io.sirius.rest.internal;

import io.sirius.api.rest.RouteRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request matched to a route: its path parameters, query and body.
 */
final class Request implements RouteRequest {
    private final Map<String, String> path;
    private final Map<String, List<String>> query;
    private final byte[] body;

    Request(Map<String, String> path, Map<String, List<String>> query, byte[] body) {
        this.path = Map.copyOf(path);
        this.query = Map.copyOf(query);
        this.body = body;
    }

    @Override
    public String pathParameter(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no parameter {" + name + "}");
        }
        return value;
    }

    @Override
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public byte[] body() {
        return body;
    }
}
