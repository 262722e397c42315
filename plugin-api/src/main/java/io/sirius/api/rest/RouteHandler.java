package io.sirius.api.rest;

import io.sirius.api.state.StateView;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers requests to one route from the confirmed state.
 */
@ConsumerType
@FunctionalInterface
public interface RouteHandler {

    /**
     * @param request the request
     * @param state the confirmed state at the chain's height
     * @return the response; bad input is a 4xx response, not an exception
     */
    RouteResponse handle(RouteRequest request, StateView state);
}
