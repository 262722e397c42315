package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.nio.charset.StandardCharsets;
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
        return request(mosaicId, "");
    }

    /**
     * @param body the body text
     * @return a POST request
     */
    static RouteRequest body(String body) {
        return request(null, body);
    }

    private static RouteRequest request(String mosaicId, String body) {
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
                return body.getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
