package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request for route tests.
 *
 * @param path the path parameters
 * @param query the query parameters
 */
record TestRequest(Map<String, String> path, Map<String, String> query) implements RouteRequest {

    /**
     * @param name a path parameter's name
     * @param value its value
     * @return a GET request
     */
    static TestRequest path(String name, String value) {
        Map<String, String> path = new HashMap<>();
        path.put(name, value);
        return new TestRequest(path, Map.of());
    }

    /**
     * @param name a query parameter's name
     * @param value its value
     * @return this request with it
     */
    TestRequest query(String name, String value) {
        Map<String, String> more = new HashMap<>(query);
        more.put(name, value);
        return new TestRequest(path, more);
    }

    @Override
    public String pathParameter(String name) {
        return path.get(name);
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public byte[] body() {
        return new byte[0];
    }
}
