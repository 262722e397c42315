package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.util.Map;
import java.util.Optional;

/** Requests for the route tests. */
final class Requests {

    private Requests() {
    }

    /**
     * @param mosaicId the {@code mosaicId} path parameter
     * @return a GET request
     */
    static RouteRequest mosaicId(String mosaicId) {
        return request(mosaicId, new byte[0]);
    }

    /**
     * @param body the body
     * @return a POST request
     */
    static RouteRequest body(byte[] body) {
        return request(null, body);
    }

    /**
     * @param mosaicId the {@code mosaicId} path parameter (null for none)
     * @param query the query parameters
     * @return a GET request
     */
    static RouteRequest query(String mosaicId, Map<String, String> query) {
        return new RouteRequest() {
            @Override
            public String pathParameter(String name) {
                return name.equals("mosaicId") ? mosaicId : null;
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

    private static RouteRequest request(String mosaicId, byte[] body) {
        return new RouteRequest() {
            @Override
            public String pathParameter(String name) {
                return name.equals("mosaicId") ? mosaicId : null;
            }

            @Override
            public Optional<String> queryParameter(String name) {
                return Optional.empty();
            }

            @Override
            public byte[] body() {
                return body;
            }
        };
    }
}
