package io.sirius.api.rest;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A request matched to a contributed route.
 */
@ProviderType
public interface RouteRequest {

    /**
     * @param name a parameter named in the route's path as {@code {name}}
     * @return its value, URL-decoded
     */
    String pathParameter(String name);

    /**
     * @param name a query parameter
     * @return its first value, if given
     */
    Optional<String> queryParameter(String name);

    /** @return the request body (empty for GET), already bounded in size by the REST bundle */
    byte[] body();

    /**
     * @return the body read as one JSON value (see {@link JsonReader}); {@link RouteArguments#body} takes an object
     * @throws InvalidArgumentException if it is not JSON (the REST bundle answers 409)
     * @since 1.1
     */
    default Object json() {
        return JsonReader.read(body());
    }
}
