package io.sirius.plugin.property.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request for route tests.
 *
 * @param path the path parameters
 * @param body the body
 */
record TestRequest(Map<String, String> path, byte[] body) implements RouteRequest {

    /**
     * @param name a path parameter's name
     * @param value its value
     * @return a GET request
     */
    static TestRequest path(String name, String value) {
        Map<String, String> path = new HashMap<>();
        path.put(name, value);
        return new TestRequest(path, new byte[0]);
    }

    /**
     * @param json the body
     * @return a POST request
     */
    static TestRequest json(String json) {
        return new TestRequest(Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String pathParameter(String name) {
        return path.get(name);
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.empty();
    }
}
