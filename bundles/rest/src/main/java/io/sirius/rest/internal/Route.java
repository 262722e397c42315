package io.sirius.rest.internal;

import io.sirius.api.rest.RouteResponse;

/**
 * A route: method, path and what answers it.
 *
 * @param method GET, POST or PUT
 * @param pattern the path
 * @param handler answers it
 * @param owner "core" or the plugin that contributed it, for logs
 */
record Route(String method, PathPattern pattern, Handler handler, String owner) {

    /** Answers a request; throws {@link ApiException} for 4xx answers. */
    @FunctionalInterface
    interface Handler {
        RouteResponse handle(Request request);
    }

    static Route of(String method, String path, Handler handler) {
        return new Route(method, new PathPattern(path), handler, "core");
    }
}
