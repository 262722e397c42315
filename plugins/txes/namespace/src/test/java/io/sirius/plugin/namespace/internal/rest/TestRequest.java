package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A request for route tests.
 *
 * @param path the path parameters
 * @param query the query parameters
 * @param body the body
 */
record TestRequest(Map<String, String> path, Map<String, String> query, byte[] body) implements RouteRequest {

    /**
     * @param name a path parameter's name
     * @param value its value
     * @return a GET-like request
     */
    static TestRequest path(String name, String value) {
        return new TestRequest(Map.of(name, value), Map.of(), new byte[0]);
    }

    /**
     * @param json the body
     * @return a POST-like request
     */
    static TestRequest json(String json) {
        return new TestRequest(Map.of(), Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param name a query parameter's name
     * @param value its value
     * @return this request with it
     */
    TestRequest query(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(query);
        more.put(name, value);
        return new TestRequest(path, more, body);
    }

    @Override
    public String pathParameter(String name) {
        return path.get(name);
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
