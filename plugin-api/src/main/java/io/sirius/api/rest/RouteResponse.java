package io.sirius.api.rest;

import java.util.Map;

/**
 * What a route handler answers.
 *
 * @param status the HTTP status
 * @param body a JSON-able value (see the package documentation)
 */
public record RouteResponse(int status, Object body) {

    /**
     * @param body the JSON-able result
     * @return a 200 response
     */
    public static RouteResponse ok(Object body) {
        return new RouteResponse(200, body);
    }

    /**
     * @param message what was not found, as js-xpx-chain-rest words it
     * @return a 404 response with {@code {code: "ResourceNotFound", message}}
     */
    public static RouteResponse notFound(String message) {
        return new RouteResponse(404, Map.of("code", "ResourceNotFound", "message", message));
    }

    /**
     * @param message what is wrong with the request
     * @return a 409 response with {@code {code: "InvalidArgument", message}}, as js-xpx-chain-rest answers bad
     *     arguments
     */
    public static RouteResponse invalidArgument(String message) {
        return new RouteResponse(409, Map.of("code", "InvalidArgument", "message", message));
    }
}
