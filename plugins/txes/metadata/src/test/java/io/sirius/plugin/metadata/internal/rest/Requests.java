package io.sirius.plugin.metadata.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Route requests for the REST tests. */
final class Requests {

    private Requests() {
    }

    /**
     * @param path the path parameters
     * @param body the body, as text
     * @return the request
     */
    static RouteRequest of(Map<String, String> path, String body) {
        return of(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param path the path parameters
     * @param bytes the body
     * @return the request
     */
    static RouteRequest of(Map<String, String> path, byte[] bytes) {
        return new RouteRequest() {
            @Override
            public String pathParameter(String name) {
                return path.get(name);
            }

            @Override
            public Optional<String> queryParameter(String name) {
                return Optional.empty();
            }

            @Override
            public byte[] body() {
                return bytes.clone();
            }
        };
    }

    /**
     * @param query the query parameters
     * @return a GET request without path parameters or body
     */
    static RouteRequest query(Map<String, String> query) {
        return new RouteRequest() {
            @Override
            public String pathParameter(String name) {
                return null;
            }

            @Override
            public Optional<String> queryParameter(String name) {
                return Optional.ofNullable(query.get(name));
            }

            @Override
            public byte[] body() {
                return new byte[0];
            }
        };
    }
}
