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

    /**
     * @param name a query parameter, also accepted in the {@code name[]} form the SDK uses for lists
     * @return all its values, comma-separated ones split
     */
    List<String> queryParameters(String name) {
        List<String> out = new java.util.ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            for (String value : query.getOrDefault(key, List.of())) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    @Override
    public byte[] body() {
        return body;
    }
}
