package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.RouteRequest;
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
