package io.sirius.api.rest;

import java.util.Locale;
import java.util.Objects;

/**
 * A REST route a plugin serves.
 *
 * @param method GET, POST or PUT
 * @param path the path with {@code {name}} parameters, e.g. {@code /mosaic/{mosaicId}}
 * @param handler answers it
 */
public record RouteDescriptor(String method, String path, RouteHandler handler) {

    /** Checks the arguments. */
    public RouteDescriptor {
        Objects.requireNonNull(handler, "handler");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT")) {
            throw new IllegalArgumentException("route method " + method + " is not GET, POST or PUT");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("route path '" + path + "' must start with /");
        }
    }
}
